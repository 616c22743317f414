/* journal: the day's events on disk, one JSON object per line (JSON
 * Lines, podium(5)), so that nothing shown on screen is lost to a crash,
 * a kill or a flat battery, and so that several podium processes share
 * one day.
 *
 * Each line is written with one write(2) and fsync(2)ed before the
 * caller shows the change, under an advisory lock (flock) that is never
 * waited for (see journal_append); every process applies the events in
 * the file's order. A torn last line (power lost mid-write) is
 * skipped with a warning; lines of unknown types (a newer podium) are
 * skipped and counted. No curses. */
#ifndef PODIUM_JOURNAL_H
#define PODIUM_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "agenda.h"
#include "programme.h"

/* 2: item_length, item_cut, item_uncut, speaker_allot, item_insert,
 * item_remove lines; 3: message and blackout lines (the stage screens) */
#define JOURNAL_VERSION 3

struct journal;

/* Where the day's journal lives by default: $XDG_STATE_HOME/podium/ (or
 * ~/.local/state/podium/), one file per event date and configuration;
 * a rehearsal's (rehearsal_day, the "YYYY-MM-DD" it is rehearsed on, not
 * NULL) apart from the real day's and one per day it is rehearsed on:
 * started again that day it resumes, a later day begins afresh. A new
 * string. */
char *journal_default_path(const struct programme *prog, const char *rehearsal_day);

/* A rehearsal's clock: podium time `at` (seconds) at wall time `epoch_ms`,
 * running `speed` times faster. Kept in a rehearsal journal's header, so
 * that every terminal on it, and a restart, tell the same time. */
struct journal_clock {
    int64_t epoch_ms;
    int64_t at;
    double speed;
};

/* Makes the default journal's directory (0700) and refuses one another
 * user owns, or that group or others may write in (as ssh refuses a
 * loose ~/.ssh): false with the reason in err. A file named with
 * --journal is checked by itself instead (journal_open). */
bool journal_own_dir(const char *path, char *err, size_t errsize);

enum journal_mode {
    JOURNAL_WRITE,  /* the dashboard: creates it, appends to it */
    JOURNAL_FOLLOW, /* --follow of the default journal: may create it
                       (empty) to wait for the day, never writes */
    JOURNAL_READ,   /* report, --dump, --follow --journal: never creates */
};

/* Opens the journal at path for prog; a writer (or a follower) creates
 * it, mode 0600, its directories 0700. Never through a symbolic link at
 * path, never a FIFO or device, never a file anyone may write (a group
 * may). A new journal's header gets clock (NULL for the real day). NULL
 * with the reason in err. */
struct journal *journal_open(const char *path, const struct programme *prog,
                             enum journal_mode mode, int64_t wall_ms,
                             const struct journal_clock *clock, char *err, size_t errsize);
/* The rehearsal clock in the journal's header; false for none. */
bool journal_clock(const struct journal *j, struct journal_clock *out);
void journal_close(struct journal *j);

/* What replaying and following found that could not be applied. */
struct journal_stats {
    unsigned events;     /* applied (or already in effect) */
    unsigned unmatched;  /* naming items or people the programme lacks */
    unsigned unknown;    /* of types this version does not know */
    unsigned torn;       /* lines that are no JSON (power lost mid-write) */
    char first_unmatched[160]; /* the first of them, in words */
    bool torn_tail;      /* the last line read has no end (yet) */
    int64_t last_wall_ms; /* when the last line read was written, 0 for none */
    /* ms since the epoch at podium time 0, as the events read tell it
     * (their wall time less their moment, the least of them); valid
     * when wall_known (an event with a time was read). The report places
     * the stream's lines with it. */
    int64_t wall_minus_at;
    bool wall_known;
};

/* Called for each event read, in the file's order. */
typedef void journal_apply_fn(void *ctx, const struct agenda_event *ev);

/* Reads the lines not read yet and hands each event to apply; the agenda
 * is used to match events to the programme (by title and name, when the
 * programme changed since). Cheap when nothing is new. */
void journal_catch_up(struct journal *j, const struct agenda *a, journal_apply_fn *apply,
                      void *ctx);
const struct journal_stats *journal_stats(const struct journal *j);

/* Stream lines read go to fn (the others' acknowledgements, the report's
 * account of the stream); without it they are passed over. */
struct journal_stream;
typedef void journal_stream_fn(void *ctx, const struct journal_stream *s);
void journal_on_stream(struct journal *j, journal_stream_fn *fn, void *ctx);
/* What became of a line to append. */
enum journal_saved {
    JOURNAL_SAVED,  /* on the disk (and the lines queued before it) */
    JOURNAL_QUEUED, /* another process holds the lock: kept, in order,
                       for journal_flush */
    JOURNAL_FAILED, /* the disk or the lock refused it: err says why */
};

/* Appends a stream line, as journal_append does an event. */
enum journal_saved journal_append_stream(struct journal *j, const struct agenda *a,
                                         const struct journal_stream *s,
                                         journal_apply_fn *apply, void *ctx, char *err,
                                         size_t errsize);
/* Whether this process records the stream: one per journal, however many
 * run (the first to take the poller's lock; another when it ends). */
bool journal_stream_recorder(struct journal *j);

/* Appends ev for the agenda's programme: one write and an fsync, under
 * the lock, which is never waited for. Saved, ev is read back after the
 * others' lines (apply gets theirs, then it). Queued when another
 * process holds the lock (one stopped with Ctrl-Z may, for long), or
 * when lines queued before it still wait: then apply gets nothing, the
 * caller shows ev by itself and, once the queue is saved, reads the day
 * again (journal_reread): the queued lines came after the others'
 * written meanwhile, and events name their targets, so a queued step
 * another terminal took already changes nothing. */
enum journal_saved journal_append(struct journal *j, const struct agenda *a,
                                  const struct agenda_event *ev, int64_t wall_ms,
                                  journal_apply_fn *apply, void *ctx, char *err,
                                  size_t errsize);

/* Writes the queued lines, in order, if the lock is free now; saved
 * when none wait. A refusal of the disk drops them (err says why). */
enum journal_saved journal_flush(struct journal *j, char *err, size_t errsize);
/* ... trying for up to ms (at exit, where no screen waits). */
enum journal_saved journal_flush_within(struct journal *j, int ms, char *err, size_t errsize);
/* How many lines wait for the lock. */
size_t journal_queued(const struct journal *j);
const char *journal_path(const struct journal *j);
/* The lines still queued, into a new file beside the journal
 * (JOURNAL.unsaved-PID, whole lines: `cat` it onto the journal once the
 * lock is free); its name, NULL with the reason in err. */
char *journal_keep_queued(struct journal *j, char *err, size_t errsize);

/* Reads the whole journal again into a (new) agenda: after queued lines
 * were saved, the day as every reader has it. Stream lines are not told
 * again. */
void journal_reread(struct journal *j, const struct agenda *a, journal_apply_fn *apply,
                    void *ctx);

/* Whether the journal was set aside since it was opened (--fresh in
 * another terminal): this process follows and writes the old day. */
bool journal_set_aside_elsewhere(const struct journal *j);

/* --fresh: the journal at path, if any, moves aside to a new name
 * (path.N); NULL when there was none, else the new name. */
char *journal_set_aside(const char *path, char *err, size_t errsize);

#endif
