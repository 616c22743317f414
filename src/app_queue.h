/* app_queue: the keys that act on the speaker and press queues, and the
 * entry line that adds a name to one. Part of the app (app.h). */
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

/* The agenda's selected item while Tab has the keys on it: the one
 * chosen with Up/Down among those after the one on screen, else the next;
 * -1 when none is left. */
int app_agenda_selected(const struct app *app);

/* s, p, Tab and the keys on the focused queue (or the agenda). */
void app_queue_action(struct app *app, enum action act);
/* A key while the entry line is open: text, Backspace, Enter or Esc. */
void app_entry_key(struct app *app, int ch);

#endif
