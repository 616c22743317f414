/* app: the running dashboard's model and what keys do to it.
 * It owns the programme, the agenda, the clock and the modal state (help,
 * quit confirmation); the ui only reads it. Every change to the day goes
 * through app_submit(), the one place a later journal will hook into. */
#ifndef PODIUM_APP_H
#define PODIUM_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "agenda_view.h"
#include "clock.h"
#include "journal.h"
#include "keys.h"
#include "role.h"
#include "watcher.h"

enum key_result { KEY_IGNORED, KEY_HANDLED, KEY_QUIT };


struct app {
    struct programme *prog;
    struct agenda agenda;
    struct agenda_view view;
    struct clock clock;
    int64_t now;
    bool help_shown;
    bool confirm_quit;
    enum role role;
    enum people_kind focus; /* the queue the queue keys act on (Tab) */
    int selected[PEOPLE_KINDS]; /* the id selected in each queue, -1: the next */
    /* typing a name to add to a queue, while entry_item >= 0 */
    int entry_item;
    enum people_kind entry_queue;
    bool entry_next;    /* to go next, else at the end */
    char entry[QUEUE_NAME_MAX];
    char message[160];
    /* the day's journal (owned), NULL when none is kept; read_only
     * follows it (--follow) and refuses keys that change the day */
    struct journal *journal;
    bool read_only;
    char save_error[300]; /* the last write that failed, until one works */
    enum stream_state stream_recorded; /* the last state journaled */
    bool outage_recorded;              /* and whether it was an outage */
    bool replaying;       /* reading the journal at start */
    /* the livestream, when the configuration names one (owned) */
    struct watcher *watcher;
    int64_t stream_now; /* the watcher's monotonic ms at the last tick */
    /* thresholds crossed so far; the ui flashes when this moves */
    unsigned alerts;
    unsigned alert_stream; /* the stream's alarms seen so far */
    int alert_item;
    enum time_state alert_state;
    bool alert_film_reminder, alert_film_ready;
};

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

/* Takes ownership of w: its alarms flash the screen, a acknowledges. */
void app_set_watcher(struct app *app, struct watcher *w);
/* The stream's health, NULL when no stream is configured. */
const struct stream_health *app_stream(const struct app *app);

/* Reads the clock and brings the view up to date. */
void app_tick(struct app *app);

/* One key press; the caller redraws after it. */
enum key_result app_key(struct app *app, int ch);

/* A cue that starts its item with it (rolling the film, the first
 * interview): false, saying why in the message, when cue's item is not
 * the next (agenda_may_start); else, with start, starts it unless it runs
 * and marks cue as taken with that start (with_prev). what names it in
 * the message ("The press slot (10)"). */
bool app_cue_item(struct app *app, struct agenda_event *cue, bool start, const char *what);

/* Applies one event to the day, journaled first; false when it changed
 * nothing. */
bool app_submit(struct app *app, const struct agenda_event *ev);

#endif
