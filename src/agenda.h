/* agenda: the live state of the day, over an injected clock.
 *
 * The state changes only through agenda_apply(), one event at a time.
 * Events name their target ("item 6 started at 10:53:12"), never
 * "advance", so applying the same event twice changes nothing: a journal
 * can be replayed and events can arrive from other terminals. Items are
 * numbered from 0; starting item n_items closes the programme.
 *
 * Nothing here reads the system clock: every question takes "now". */
#ifndef PODIUM_AGENDA_H
#define PODIUM_AGENDA_H

#include <stdbool.h>
#include <stdint.h>

#include "programme.h"
#include "queue.h"

enum agenda_event_type {
    AGENDA_ITEM_START,   /* item started at `at`; the current one ended */
    AGENDA_ITEM_UNSTART, /* the start of item was undone */
    AGENDA_POLL_ASKED,   /* item's poll question was put to the audience */
    AGENDA_POLL_UNASKED, /* ... was marked asked by mistake */
    /* one of item's queues (queue.h), its speakers or its press
     * bookings as `queue` says; speaker is an id, -1 = nobody */
    AGENDA_SPEAKER_START,   /* speaker starts; the one speaking stops */
    AGENDA_SPEAKER_UNSTART,
    AGENDA_SPEAKER_MOVE,    /* speaker goes to place in the order */
    AGENDA_SPEAKER_SKIP,
    AGENDA_SPEAKER_UNSKIP,
    AGENDA_SPEAKER_ADD,     /* speaker (the next id) named name, at place */
    AGENDA_SPEAKER_REMOVE,
    /* item's film steps forward to state `place` (enum film_state) from
     * the one before it; FILM_BACK steps back to `place` from the one
     * after it. Either applies only from that state, so a repeat is a
     * no-op. */
    AGENDA_FILM,
    AGENDA_FILM_BACK,
    /* item's length changes by `place` seconds (+ and -: a minute more or
     * less; its undo, the same change the other way). A change, not a
     * new length: two pressed at once in two terminals are two steps. */
    AGENDA_ITEM_LENGTH,
    /* item is cut from the day (it takes no time, n passes it), and its
     * undo; only an item nobody has started, after the current one */
    AGENDA_ITEM_CUT,
    AGENDA_ITEM_UNCUT,
    /* speaker's allotment in item's queue is now `place` seconds (e on a
     * queue); its undo sets the one before */
    AGENDA_SPEAKER_ALLOT,
    /* a new item named `name`, of `kind`, `place` seconds long, goes in
     * after item (i in the agenda); never before the started one. Its
     * undo removes the new one again, unless it has started. Items after
     * it move one down: the journal names them by title too. */
    AGENDA_ITEM_INSERT,
    AGENDA_ITEM_REMOVE,
    /* the stage screens' (no item): a message up, `name` ("" takes it
     * down), sent by the role `speaker` (enum role); its undo puts the
     * one before back. The stage screens black (`place` 1) or back (0);
     * its undo the other way. */
    AGENDA_MESSAGE,
    AGENDA_BLACKOUT,
};

enum film_state { FILM_WAITING, FILM_STANDBY, FILM_ROLLING, FILM_DONE };
#define FILM_STANDBY_BEFORE 120 /* the reminder, before the projected start */
#define FILM_READY_BEFORE 30    /* the moderator gets ready on stage */

struct agenda_event {
    enum agenda_event_type type;
    int item;
    enum people_kind queue; /* speaker events: which of item's queues */
    int64_t at;
    int speaker;
    int place;
    /* taken in one key press with the step before it (rolling the film
     * started its item): undo takes both back */
    bool with_prev;
    /* taken as the undo of a step (u): it takes that step off the
     * history wherever it stands, and is never undone itself */
    bool undo;
    char name[QUEUE_NAME_MAX];
    enum item_kind kind; /* an inserted item's */
    /* sent from outside the terminal (podium do): the journal and the
     * report say so; the day takes it like any other */
    bool remote;
};

struct item_state {
    bool started;
    int64_t actual_start;
    int prev; /* the item that was current when this one started, or -1 */
    bool poll_asked;
    int64_t poll_at;
    enum film_state film;
    int64_t rolled_at;
    /* the item whose turns this start ended (speaker, interview) by
     * queue kind, -1 for none: its undo reopens them */
    int closed_turns[PEOPLE_KINDS];
    int64_t extra; /* seconds added to (< 0: taken from) its planned length */
    bool cut;      /* cut from the day */
    int64_t inserted_as; /* an inserted item's length when it went in */
};

struct agenda {
    /* the day's programme: the configured one's items (shared, not
     * owned) and those inserted on the day (owned) */
    struct programme *prog;
    struct item_state *st; /* n_items + 1: the last entry is "closed" */
    int current;           /* the started item, or -1 while following the plan */
    unsigned version;      /* bumps on every change, for redraws */
    unsigned reshaped;     /* bumps when items are inserted or removed:
                              an index held across it is stale */
    struct queue *queues[PEOPLE_KINDS]; /* each item's speakers, bookings */
    size_t n_queues;       /* = n_items; freeing needs no programme */
    /* What u takes back: the inverse of every step taken, latest on top.
     * Applying the top inverse pops it, so a replayed journal rebuilds it. */
    struct agenda_event *undo;
    size_t n_undo, cap_undo;
    /* what the stage screens show besides the time (AGENDA_MESSAGE,
     * AGENDA_BLACKOUT): the message up ("" none), since when and from
     * which role, and whether they are black */
    char message[QUEUE_NAME_MAX];
    int64_t message_at;
    int message_by;
    bool blackout;
};

/* The day of prog, which must outlive the agenda; prog itself never
 * changes (items inserted on the day go in the agenda's own). */
void agenda_init(struct agenda *a, const struct programme *prog);
void agenda_free(struct agenda *a);

/* Applies ev; false when it changes nothing (a duplicate, or stale). */
bool agenda_apply(struct agenda *a, const struct agenda_event *ev);

/* The event n takes: while the day follows the plan, "the item the plan
 * runs now starts now" (before the day, the first item); once an item
 * was started, "it ends, the next one starts now" (after the last, the
 * programme closes). False when there is nothing left to start. */
bool agenda_event_next(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The event that takes back the latest step, whatever its kind (u);
 * false when there is none. */
bool agenda_event_undo(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The event for "the current item's poll question is asked" (m); false
 * when no item runs, it has no poll, or it is marked asked already. */
bool agenda_event_poll(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The event for "next speaker" (s) in the current item: the first one
 * waiting starts, or, with nobody waiting, the one speaking stops. */
bool agenda_event_speaker(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The film cue's next step (f): arm standby, roll, end; false when
 * there is no film to cue. */
bool agenda_event_film(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The press slot's next interview (p): the first booking waiting
 * starts, or, with nobody waiting, the one under way ends; false when
 * there is no press slot with bookings ahead. */
bool agenda_event_press(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* Whether a cue may start item along with itself (rolling the film,
 * the first interview): it runs already, or it is the one after the one
 * started, or, while nothing is started, the plan's current one or the
 * one after it. Never a jump over items in between. */
bool agenda_may_start(const struct agenda *a, int item, int64_t now);

/* The event for "cut item from the day" (x in the agenda), or for "bring
 * it back" when it is cut (the cut's undo, wherever it stands in the
 * history); false with the reason in why for an item that runs, ran, or
 * is the one on screen. */
bool agenda_event_cut(const struct agenda *a, int64_t now, int item, struct agenda_event *ev,
                      char *why, size_t whysize);

/* The event for "a new item after item" (i in the agenda): title,
 * length in seconds, kind talk, panel or break. False with the reason
 * for an item that has run (or one before the one on screen), a
 * programme that is over, an empty title, or a length outside a minute
 * to half a day. */
bool agenda_event_insert(const struct agenda *a, int64_t now, int item, const char *title,
                         int64_t length, enum item_kind kind, struct agenda_event *ev, char *why,
                         size_t whysize);

/* The event for "text goes up on the stage screens" (M), by role; ""
 * takes the message down. False with the reason when it is up already,
 * there is none to take down, or text is no line of text (not UTF-8,
 * control characters or bidi overrides, 128 bytes or more). */
bool agenda_event_message(const struct agenda *a, int64_t now, const char *text, int by,
                          struct agenda_event *ev, char *why, size_t whysize);
/* The event for "the stage screens go black", or back when they are (B). */
void agenda_event_blackout(const struct agenda *a, int64_t now, struct agenda_event *ev);

/* The first item from `from` on that is not cut; n_items if none. */
int agenda_uncut_from(const struct agenda *a, int from);

/* The event for "item is `length` seconds long" (e on the agenda): the
 * change to it, so that it is undone and counted like + and -. False
 * with the reason for an item that ran or is cut, for the length it has,
 * or below what - allows. */
bool agenda_event_set_length(const struct agenda *a, int64_t now, int item, int64_t length,
                             struct agenda_event *ev, char *why, size_t whysize);

/* The item on screen as NOW: the started one, else the plan's (a cut one
 * passed over to the one after); -1 before the day, n_items after it. */
int agenda_on_screen(const struct agenda *a, int64_t now);

/* When item started, or is planned to while nobody has started it. */
int64_t agenda_item_start(const struct agenda *a, int item);

/* The item whose speakers the keys act on: the current one, or -1. */
int agenda_current_item(const struct agenda *a, int64_t now);
/* The press slot the press keys act on (see press_item), or -1. */
int agenda_press_item(const struct agenda *a, int64_t now);

/* The first item from `from` on whose film is still to cue or roll, and
 * the first with press bookings; -1 for none. */
int agenda_film_from(const struct agenda *a, int from);
int agenda_press_from(const struct agenda *a, int from);

/* The plan's item at now: -1 before the first start, n_items after the end. */
int agenda_plan_index(const struct programme *prog, int64_t now);


/* An item's length now: planned, with the day's + and - on it. */
int64_t agenda_item_length(const struct agenda *a, int item);

/* The end item aims for when it starts at start: its length, except
 * that a break shrinks to absorb delay (down to min_minutes) and never
 * ends before its planned end (moved by + and - as its length is), and
 * that an item whose film rolls lasts at least until the film ends. */
int64_t agenda_target_end(const struct agenda *a, int item, int64_t start);

/* The event for "one minute more" (+, minutes 1) or "one less" (-,
 * minutes -1) for the current item; false with the reason in why when
 * there is no item running, or when it would take an item below what has
 * run of it or below a minute, or a break below its min_minutes. */
bool agenda_event_length(const struct agenda *a, int64_t now, int minutes,
                         struct agenda_event *ev, char *why, size_t whysize);

#endif
