/* app_select: where the keys act: the queues (the current item's
 * speakers, the press slot ahead), who is selected in each, and the
 * agenda's selected item, which stays on its item as items go in or out.
 * Part of the app (app.h), under the keys and the entry line; the screens
 * read it too. */
#ifndef PODIUM_APP_SELECT_H
#define PODIUM_APP_SELECT_H

#include "app.h"

/* The item whose queue of kind the keys act on: the current item's
 * speakers, the press slot ahead; -1 when none. */
int app_queue_item(const struct app *app, enum people_kind kind);

/* That queue, or NULL; *item (when not NULL) gets app_queue_item(). */
const struct queue *app_queue(const struct app *app, enum people_kind kind, int *item);

/* The one the queue keys act on in that queue: the selected one while
 * they wait, else the next; -1 when nobody waits. */
int app_selected(const struct app *app, enum people_kind kind);

/* Whether the queue keys act on that queue now (Tab: not the agenda). */
bool app_queue_focused(const struct app *app, enum people_kind kind);

/* The agenda's selected item while Tab has the keys on it: the one
 * chosen with Up/Down among those after the one on screen (still that
 * one once the day has reached it), else the next; -1 when none is
 * left. */
int app_agenda_selected(const struct app *app);

/* Selects item (-1: the next one), by title too, so that the selection
 * follows it when items go in or out before it. */
void app_agenda_select(struct app *app, int item);

/* After a change of the day (app_settle): the selected item found again
 * when items went in or out. */
void app_agenda_follow(struct app *app);

#endif
