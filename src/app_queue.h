/* app_queue: the keys that act on the speaker and press queues (the
 * entry line that adds a name is app_entry's). Part of the app (app.h). */
#ifndef PODIUM_APP_QUEUE_H
#define PODIUM_APP_QUEUE_H

#include "app.h"
#include "keys.h"

/* s, p, Tab and the keys on the focused queue (or the agenda). */
void app_queue_action(struct app *app, enum action act);

#endif
