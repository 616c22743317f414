/* agenda_insert: items inserted on the day and removed again (their
 * undo). Inside the agenda module only (agenda.c applies the events,
 * agenda.h has the contract): the programme's items, their states and
 * queues, and every index the agenda holds move together. */
#ifndef PODIUM_AGENDA_INSERT_H
#define PODIUM_AGENDA_INSERT_H

#include <stdbool.h>

#include "agenda.h"

/* A new item after ev->item; false when it may not go there. */
bool agenda_apply_insert(struct agenda *a, const struct agenda_event *ev);
/* The inserted item ev->item taken out; false when it is no inserted
 * one or it has started. */
bool agenda_apply_remove(struct agenda *a, const struct agenda_event *ev);

#endif
