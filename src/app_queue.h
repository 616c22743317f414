/* app_queue: the keys that act on the speaker and press queues, and the
 * entry line that adds a name to one. Part of the app (app.h). */
#ifndef PODIUM_APP_QUEUE_H
#define PODIUM_APP_QUEUE_H

#include "app.h"

/* s, p, Tab and the keys on the focused queue. */
void app_queue_action(struct app *app, enum action act);
/* A key while the entry line is open: text, Backspace, Enter or Esc. */
void app_entry_key(struct app *app, int ch);

#endif
