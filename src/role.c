#include "role.h"

#include <string.h>

#include "i18n.h"

/* as --role takes them, the journal writes them and (translated) the
 * report says them */
static const char *const names[] = {
    [ROLE_MODERATOR] = N_("moderator"), [ROLE_PRODUCER] = N_("producer"),
    [ROLE_TECHNICIAN] = N_("technician"), [ROLE_STAGE] = N_("stage"),
};

const char *role_name(enum role role)
{
    return (unsigned)role < sizeof names / sizeof names[0] ? names[role] : names[0];
}

bool role_parse(const char *name, enum role *role)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(name, names[i]) == 0) {
            *role = (enum role)i;
            return true;
        }
    }
    return false;
}
