/* guard: whose work a key or a step is, against whose screen this is.
 *
 * The producer's screen changes the film and the press slot, the
 * technician's acknowledges alarms, the moderator's changes the items,
 * the speakers and the polls; help, redraw, quit, focus and selection are
 * everyone's. A key outside the screen's role asks first ("This is the
 * moderator's: do it anyway?"); so does u when the step it would take
 * back is another role's. The key table's domain column is what this
 * reads. No curses, no clock. */
#ifndef PODIUM_GUARD_H
#define PODIUM_GUARD_H

#include <stdbool.h>
#include <stddef.h>

#include "agenda.h"
#include "keys.h"
#include "role.h"

/* The domain of a key, the focused queue (or the agenda, on_agenda: the
 * moderator's) deciding for the queue keys. */
enum key_domain guard_key_domain(enum action act, enum people_kind focus, bool on_agenda);

/* The domain of a step of the day (an event as u would take it back). */
enum key_domain guard_step_domain(const struct agenda_event *ev);

/* Whether the role's screen does work of that domain without asking. */
bool guard_owns(enum role role, enum key_domain domain);

/* "moderator's", "producer's", "technician's"; "" for everyone's:
 * untranslated (N_), for _() where shown. */
const char *guard_owner(enum key_domain domain);

/* "This is the moderator's: do it anyway?", into buf. */
void guard_question(enum key_domain domain, char *buf, size_t size);

#endif
