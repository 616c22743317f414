/* app_queue: the keys that act on the speaker and press queues (the
 * entry line that adds a name is app_entry's). Part of the app (app.h). */
#ifndef PODIUM_APP_QUEUE_H
#define PODIUM_APP_QUEUE_H

#include "app.h"
#include "keys.h"

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

/* s, p, Tab and the keys on the focused queue (or the agenda). */
void app_queue_action(struct app *app, enum action act);

#endif
