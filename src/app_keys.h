/* app_keys: what each key does to the running dashboard, and the words
 * the footer says about it: the day's keys (n, u, m, f), the stream's a,
 * help and quit; the queue keys go to app_queue.h. --follow refuses the
 * keys that change the day (keys.h says which). */
#ifndef PODIUM_APP_KEYS_H
#define PODIUM_APP_KEYS_H

#include "app_state.h"
#include "keys.h"

enum key_result { KEY_IGNORED, KEY_HANDLED, KEY_QUIT };

/* One key press; the caller redraws after it. */
enum key_result app_key(struct app *app, int ch);

/* Brings this screen's own state in line with the day after it changed
 * (another terminal's steps, the clock): the entry line and the agenda's
 * selection stay on their items, or the entry is left with the reason.
 * Before each key and each drawing. */
void app_settle(struct app *app);

#endif
