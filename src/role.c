#include "role.h"

#include <string.h>

static const char *const names[] = {
    [ROLE_MODERATOR] = "moderator", [ROLE_PRODUCER] = "producer",
    [ROLE_TECHNICIAN] = "technician", [ROLE_STAGE] = "stage",
};

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
