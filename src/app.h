/* app: the running dashboard's model and what keys do to it.
 * It owns the programme, the agenda, the clock and the modal state (help,
 * quit confirmation); the ui only reads it. Every change to the day goes
 * through app_submit(), the one place a later journal will hook into. */
#ifndef PODIUM_APP_H
#define PODIUM_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "agenda.h"
#include "clock.h"
#include "keys.h"
#include "role.h"

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
    /* thresholds crossed so far; the ui flashes when this moves */
    unsigned alerts;
    int alert_item;
    enum time_state alert_state;
    bool alert_film_reminder, alert_film_ready;
};

/* Takes ownership of prog. */
void app_init(struct app *app, struct programme *prog, struct clock clock);
void app_free(struct app *app);

/* The role gives the screen its panels and the focus its first queue. */
void app_set_role(struct app *app, enum role role);

/* Reads the clock and brings the view up to date. */
void app_tick(struct app *app);

/* One key press; the caller redraws after it. */
enum key_result app_key(struct app *app, int ch);

/* The item whose queue of kind the keys act on: the current item's
 * speakers, the press slot ahead; -1 when none. */
int app_queue_item(const struct app *app, enum people_kind kind);
/* That queue, or NULL; *item (when not NULL) gets app_queue_item(). */
const struct queue *app_queue(const struct app *app, enum people_kind kind, int *item);
/* The one the queue keys act on in that queue: the selected one while
 * they wait, else the next; -1 when nobody waits. */
int app_selected(const struct app *app, enum people_kind kind);

/* A cue that starts its item with it (rolling the film, the first
 * interview): false, saying why in the message, when the item is not the
 * next (agenda_may_start); else, with start, starts it unless it runs.
 * what names it in the message ("The press slot (10)"). */
bool app_cue_item(struct app *app, int item, bool start, const char *what);

/* Applies one event to the day; false when it changed nothing. */
bool app_submit(struct app *app, const struct agenda_event *ev);

#endif
