/* role: whose screen it is. The role chooses which panels get the room
 * on the screen; every key works in every role. */
#ifndef PODIUM_ROLE_H
#define PODIUM_ROLE_H

#include <stdbool.h>

enum role { ROLE_MODERATOR, ROLE_PRODUCER, ROLE_TECHNICIAN };

/* "moderator", "producer", "technician"; false for anything else. */
bool role_parse(const char *name, enum role *role);

#endif
