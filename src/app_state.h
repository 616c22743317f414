/* app_state: the running dashboard's state: the programme, the day
 * (agenda and view), the clock, what the screen shows (help, the quit
 * question, the focus, the entry line, the footer's message), the journal
 * and the stream. The model's modules change it (app.h, app_keys.h,
 * app_queue.h, app_stream.h); the screens only read it. */
#ifndef PODIUM_APP_STATE_H
#define PODIUM_APP_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include "agenda_view.h"
#include "clock.h"
#include "journal.h"
#include "keys.h"
#include "role.h"
#include "watcher.h"

/* What the entry line is for (app_entry.h). */
enum entry_kind {
    ENTRY_NONE,
    ENTRY_NAME,      /* a name to add to item's queue (o, O) */
    ENTRY_ALLOTMENT, /* minutes for speaker in item's queue (e) */
    ENTRY_LENGTH,    /* minutes for item's length (e in the agenda) */
    ENTRY_TITLE,     /* a new item after item: its title (i), */
    ENTRY_MINUTES,   /* ... then its minutes, */
    ENTRY_KIND,      /* ... then its kind, one key */
    ENTRY_MESSAGE,   /* a message to the stage screens (M): no item */
};

struct entry {
    enum entry_kind kind;
    int item;
    enum people_kind queue;
    bool next;          /* a name to go next, else at the end */
    int speaker;        /* whose allotment */
    unsigned reshaped;  /* the agenda's when item was last found */
    char item_title[QUEUE_NAME_MAX];   /* item's, to find it again when items move */
    char speaker_name[QUEUE_NAME_MAX]; /* speaker's, to see them gone */
    char note[96];      /* why the last Enter was not taken, until a key */
    bool sent;          /* a set message sent with its digit: the line
                           stays until Enter or Esc, so that what was
                           typed after the digit never becomes keys */
    char gone[96];      /* why it can no longer be done (the day moved on
                           under it): it only waits for Enter or Esc */
    char text[QUEUE_NAME_MAX];  /* as typed */
    char title[QUEUE_NAME_MAX]; /* a new item's, once given */
    int minutes;                /* ... and its minutes */
};

struct app {
    struct programme *config; /* as configured (owned) */
    struct programme *prog;   /* the day's, the agenda's: what screens show */
    struct agenda agenda;
    struct agenda_view view;
    struct clock clock;
    int64_t now;
    /* the programme's date is not today's (day.h): the header says so */
    bool other_day;
    char today[11];
    bool help_shown;
    int help_page; /* the help's page shown, from 0 (keys.h) */
    int lines;     /* the terminal's rows, as the loop last saw them */
    bool confirm_quit;
    /* a key of another role's work, asked about: y does it */
    enum action asked; /* ACT_NONE when nothing is asked */
    unsigned asked_version; /* the day's version when it was asked */
    char question[200];
    enum role role;
    enum people_kind focus; /* the queue the queue keys act on (Tab) */
    /* Tab's third stop: the keys act on the agenda's items instead */
    bool agenda_focus;
    int agenda_sel; /* the item selected there, -1: the next one */
    char agenda_sel_title[QUEUE_NAME_MAX]; /* its title, to follow it when */
    unsigned agenda_sel_reshaped;          /* ... items go in or out */
    int selected[PEOPLE_KINDS]; /* the id selected in each queue, -1: the next */
    struct entry entry; /* the entry line (app_entry.h), while open */
    char message[160];
    /* the day's journal (owned), NULL when none is kept; read_only
     * follows it (--follow) and refuses keys that change the day */
    struct journal *journal;
    bool read_only;
    char save_error[300]; /* the last write that failed, until one works */
    /* steps shown before they are saved: another process held the
     * journal's lock (journal_append); once saved, the day is read again */
    bool tentative;
    int64_t followed_at; /* the second the journal was last looked at */
    enum stream_state stream_recorded; /* the last state journaled */
    bool outage_recorded;              /* and whether it was an outage */
    bool replaying;       /* reading the journal at start */
    bool remote;          /* podium do: its steps are marked so */
    /* the livestream, when the configuration names one (owned) */
    struct watcher *watcher;
    int64_t stream_now; /* the watcher's monotonic ms at the last tick */
    /* thresholds crossed so far; the ui flashes when this moves */
    unsigned alerts;
    unsigned alert_stream; /* the stream's alarms seen so far */
    int alert_item;
    enum time_state alert_state;
    bool alert_film_reminder, alert_film_ready;
    int64_t alert_message; /* the stage's message last flashed for (its time) */
};

/* ms since the epoch by the app's clock source (0 without one): when a
 * journal line happened. */
static inline int64_t app_wall_ms(const struct app *app)
{
    const struct clock_source *s = &app->clock.src;

    return s->epoch_ms ? s->epoch_ms(s->ctx) : 0;
}

/* A journal's callback: another process's event, or one replayed. */
static inline void app_apply_read(void *ctx, const struct agenda_event *ev)
{
    agenda_apply(&((struct app *)ctx)->agenda, ev);
}

#endif
