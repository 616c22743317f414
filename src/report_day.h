/* report_day: a day as it ran, read back from its journal for `podium
 * report`: the journal replayed against the configuration it names, the
 * day seen at its last line, and what the report lists beside it (the
 * changes made to the programme, the stage's messages, the steps sent
 * with podium do, the stream's lines); then the figures the formats
 * share: the stream's incidents and LIVE share, the day's end, the
 * largest delay and what caused it. No output but errors; no clock. */
#ifndef PODIUM_REPORT_DAY_H
#define PODIUM_REPORT_DAY_H

#include <stdbool.h>
#include <stdint.h>

#include "agenda.h"
#include "agenda_view.h"
#include "journal.h"
#include "journal_codec.h"

/* A step kept for the tables, with its item's number and title then
 * (items inserted later move the numbers on). */
struct report_edit {
    struct agenda_event ev;
    char title[QUEUE_NAME_MAX];
    char who[QUEUE_NAME_MAX]; /* whose time was set (e on a queue) */
    int64_t was;              /* ... and what it was */
    int item;                 /* its item at the end of the day, -1 when none
                                 (taken out again, or no item) */
};

struct report_incident;

struct report_day {
    struct programme *prog; /* as configured; the day's is the agenda's */
    struct agenda agenda;
    struct agenda_view view;
    int64_t latest; /* the day as far as the journal goes, podium time */
    struct journal_stream *stream; /* the recorder's stream lines */
    size_t n_stream, cap_stream;
    struct report_incident *incidents; /* made of them (below), in order */
    size_t n_incidents;
    /* the share of the time judged (LIVE or away) that was LIVE, in
     * percent; watched: the stream was judged at all */
    bool watched;
    double live_percent;
    int64_t last_wall; /* the journal's last line, ms since the epoch */
    bool rehearsal;    /* its header has a rehearsal's clock: */
    struct journal_clock clock;
    bool wall_known;       /* the steps tell the day's clock (journal.h): */
    int64_t wall_minus_at; /* the wall clock at podium time 0 */
    /* the day's changes to the programme, as they were made */
    struct report_edit *edits;
    size_t n_edits, cap_edits;
    /* the messages to the stage and its blackouts, as they were made */
    struct report_edit *stage;
    size_t n_stage, cap_stage;
    /* the steps sent with podium do */
    struct report_edit *remote;
    size_t n_remote, cap_remote;
};

/* What a kept change did, as the Changes table says it: "cut (x)",
 * "+1 min (+)", "time of Anna 11:15 → 5:00 (e)"; in English for machines
 * (english), else in the report's language. */
void report_edit_words(const struct report_edit *e, bool english, char *buf, size_t size);

/* Reads journal against config (NULL: the one its first line names) in
 * the programme's language; false with the reason on stderr. */
bool report_day_load(struct report_day *d, const char *journal, const char *config);
void report_day_free(struct report_day *d);

/* Podium time (seconds) of a wall moment (a stream line's): by the
 * rehearsal's clock, else as the day's own steps tell it (their wall
 * time against their moment: the laptop's time zone, wherever the report
 * is made, and past midnight on), else the time of day here. */
int64_t report_day_at(const struct report_day *d, int64_t wall_ms);

/* An incident: the stream away from LIVE (SLOW, STALLED, DOWN, an end
 * while the programme ran) until LIVE again or the journal's end, told by
 * its worst state as the panel tells it: d->incidents. */
struct report_incident {
    int64_t from, to; /* podium time */
    bool open;              /* still away at the journal's end */
    enum stream_state worst;
    const char *cause;      /* the worst state's reason, in the day */
};


/* The day in three figures. */
struct report_summary {
    bool started;        /* anything was started with n (or a cue) */
    int64_t planned_end; /* the last item's planned end */
    int64_t end;         /* when the programme closed, else its end so far */
    bool closed;
    /* the largest delay at an item's start (or at the close), and where:
     * item -1 is the close; none when the day never ran late */
    int64_t delay;
    int delay_item;
    /* what caused most of it: the item that ran longest past its planned
     * length (by cause_by), or the late start of one that followed the
     * plan until then; -1 none */
    int cause_item;
    bool cause_late_start;
    int64_t cause_by;
};
void report_summarize(const struct report_day *d, struct report_summary *s);

/* Where item ran: its actual start and end (the view's), or false when
 * it did not run (cut, skipped, still to come). */
bool report_item_ran(const struct report_day *d, int item, int64_t *start, int64_t *end);

#endif
