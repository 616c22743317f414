/* role: whose screen it is. The role chooses which panels get the room
 * on the screen and whose work its keys do without asking (guard.h). */
#ifndef PODIUM_ROLE_H
#define PODIUM_ROLE_H

#include <stdbool.h>

/* ROLE_STAGE: the screen for the person on stage: read-only, like
 * --follow, the time left and little else. */
enum role { ROLE_MODERATOR, ROLE_PRODUCER, ROLE_TECHNICIAN, ROLE_STAGE };

/* "moderator", "producer", "technician", "stage"; false for anything else. */
bool role_parse(const char *name, enum role *role);
/* The name role_parse takes (untranslated, N_); a role out of range is
 * the moderator. */
const char *role_name(enum role role);

#endif
