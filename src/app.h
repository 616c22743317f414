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

enum key_result { KEY_IGNORED, KEY_HANDLED, KEY_QUIT };

struct app {
    struct programme *prog;
    struct agenda agenda;
    struct agenda_view view;
    struct clock clock;
    int64_t now;
    bool help_shown;
    bool confirm_quit;
    int selected;       /* the speaker id selected in the queue, -1: the next */
    /* typing a new speaker's name, while entry_item >= 0 */
    int entry_item;
    bool entry_next;    /* to speak next, else at the end */
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

/* Reads the clock and brings the view up to date. */
void app_tick(struct app *app);

/* One key press; the caller redraws after it. */
enum key_result app_key(struct app *app, int ch);

/* The speaker the queue keys act on in the current item: the selected one
 * while they wait, else the next; -1 when nobody waits. */
int app_selected_speaker(const struct app *app);

/* Applies one event to the day; false when it changed nothing. */
bool app_submit(struct app *app, const struct agenda_event *ev);

#endif
