#include "guard.h"

#include "i18n.h"

#include <stdio.h>

enum key_domain guard_key_domain(enum action act, enum people_kind focus, bool on_agenda)
{
    const struct key_binding *k = keys_binding(act);

    if (k == NULL)
        return DOMAIN_ALL;
    if (k->domain == DOMAIN_QUEUE)
        return focus == PEOPLE_PRESS && !on_agenda ? DOMAIN_PRODUCER : DOMAIN_MODERATOR;
    return k->domain;
}

enum key_domain guard_step_domain(const struct agenda_event *ev)
{
    switch (ev->type) {
    case AGENDA_FILM: case AGENDA_FILM_BACK: return DOMAIN_PRODUCER;
    case AGENDA_SPEAKER_START: case AGENDA_SPEAKER_UNSTART: case AGENDA_SPEAKER_MOVE:
    case AGENDA_SPEAKER_SKIP: case AGENDA_SPEAKER_UNSKIP: case AGENDA_SPEAKER_ADD:
    case AGENDA_SPEAKER_REMOVE: case AGENDA_SPEAKER_ALLOT:
        return ev->queue == PEOPLE_PRESS ? DOMAIN_PRODUCER : DOMAIN_MODERATOR;
    case AGENDA_MESSAGE: case AGENDA_BLACKOUT: return DOMAIN_OPERATORS;
    default: return DOMAIN_MODERATOR; /* items, lengths, polls */
    }
}

bool guard_owns(enum role role, enum key_domain domain)
{
    switch (domain) {
    case DOMAIN_MODERATOR: return role == ROLE_MODERATOR;
    case DOMAIN_PRODUCER: return role == ROLE_PRODUCER;
    case DOMAIN_TECHNICIAN: return role == ROLE_TECHNICIAN;
    case DOMAIN_OPERATORS: return role == ROLE_MODERATOR || role == ROLE_PRODUCER;
    default: return true;
    }
}

void guard_question(enum key_domain domain, char *buf, size_t size)
{
    snprintf(buf, size, _("This is the %s: do it anyway?"), _(guard_owner(domain)));
}

const char *guard_owner(enum key_domain domain)
{
    switch (domain) {
    case DOMAIN_MODERATOR: return N_("moderator's");
    case DOMAIN_PRODUCER: return N_("producer's");
    case DOMAIN_TECHNICIAN: return N_("technician's");
    case DOMAIN_OPERATORS: return N_("moderator's and the producer's");
    default: return "";
    }
}
