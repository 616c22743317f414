/* app_agenda: the keys on the agenda's items (Tab's third stop): Up/Down
 * select among the items still to come, e sets one's length, x cuts it;
 * i inserts a new item after it (and, from anywhere else, after the item
 * on screen). Part of the app (app.h). */
#ifndef PODIUM_APP_AGENDA_H
#define PODIUM_APP_AGENDA_H

#include "app.h"
#include "keys.h"

/* A key while the agenda has the focus. */
void app_agenda_action(struct app *app, enum action act);

/* i: opens the entry for a new item after the selected one in the
 * agenda, else after the item on screen (before the day: the first). */
void app_agenda_insert(struct app *app);

#endif
