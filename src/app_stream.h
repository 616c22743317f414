/* app_stream: the livestream in the running dashboard: the watcher it
 * owns, the alarms that flash the screen, the stream's changes written to
 * the day's journal (by one process only, the recorder), acknowledgements
 * shared with every terminal, and today's incidents brought back from the
 * journal on a restart. Part of the model (app_state.h); it calls on no
 * other part of it. */
#ifndef PODIUM_APP_STREAM_H
#define PODIUM_APP_STREAM_H

#include "app_state.h"

/* Takes ownership of w: its alarms flash the screen, a acknowledges. */
void app_set_watcher(struct app *app, struct watcher *w);
/* The stream's health, NULL when no stream is configured. */
const struct stream_health *app_stream(const struct app *app);

/* Each tick: the day's running told to the watcher, the alarms counted,
 * a change journaled. */
void app_stream_tick(struct app *app);
/* a while the alarm is up: acknowledges it here and, through the
 * journal, everywhere; false when there was none. */
bool app_stream_ack(struct app *app);
/* The journal's stream lines reach the watcher: acks, and the past on a
 * restart. */
void app_stream_on_journal(struct app *app, struct journal *j);
/* The recorder closes the stream's account; the watcher is freed. */
void app_stream_close(struct app *app);

#endif
