/* app: the running dashboard's day: it owns the programme, the agenda and
 * the clock (app_state.h), keeps the view up to date, and is the one way
 * a step reaches the day: app_submit() journals it, then applies it as
 * read back. The keys (app_keys.h), the queues (app_queue.h) and the
 * stream (app_stream.h) build on it; it calls on the stream only. */
#ifndef PODIUM_APP_H
#define PODIUM_APP_H

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include "app_state.h"

/* Takes ownership of prog. */
void app_init(struct app *app, struct programme *prog, struct clock clock);
void app_free(struct app *app);

/* The role gives the screen its panels and the focus its first queue. */
void app_set_role(struct app *app, enum role role);

/* Takes ownership of j and replays it (after app_set_watcher, so that
 * the stream's incidents earlier today come back too): the day resumes where it stood,
 * and the message says from how many events and what did not apply. */
void app_set_journal(struct app *app, struct journal *j, bool read_only);
/* Applies what other processes appended to the journal since. */
void app_follow(struct app *app);

/* Reads the clock and brings the view up to date. */
void app_tick(struct app *app);

/* A cue that starts its item with it (rolling the film, the first
 * interview): false, saying why in the message, when cue's item is not
 * the next (agenda_may_start); else, with start, starts it unless it runs
 * and marks cue as taken with that start (with_prev). what names it in
 * the message ("The press slot (10)"). */
bool app_cue_item(struct app *app, struct agenda_event *cue, bool start, const char *what);

/* Applies one event to the day, journaled first; false when it changed
 * nothing. */
bool app_submit(struct app *app, const struct agenda_event *ev);

/* At exit: the steps still waiting for the journal's lock are saved,
 * trying for up to 10 s, else kept in a file beside it; out says which.
 * False when any is not in the journal. */
bool app_save_queued(struct app *app, FILE *out);


#endif
