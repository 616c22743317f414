/* stage_view: what the screen on stage (--role stage) shows the person
 * speaking, at one moment: the turn under way and its time left, else
 * the item's; during a break the time of day and until when; before the
 * day the wait for the first item; after it, that it is over. Computed
 * from the agenda and its view (agenda_view.h) and "now"; no curses, no
 * clock. */
#ifndef PODIUM_STAGE_VIEW_H
#define PODIUM_STAGE_VIEW_H

#include <stdint.h>

#include "agenda_view.h"

enum stage_mode {
    STAGE_BEFORE, /* before the first item: left is until it starts */
    STAGE_TURN,   /* a speaker's (or an interview's) turn: who, and the
                     time left of it, or of the item when that is less */
    STAGE_ITEM,   /* an item with no turn under way: left of the item */
    STAGE_BREAK,  /* a break: the time of day, until its projected end */
    STAGE_OVER,   /* the programme is over */
};

struct stage_view {
    enum stage_mode mode;
    int64_t left;          /* seconds; < 0 over time (counted up) */
    enum time_state state; /* of left: the thresholds' colours */
    const char *who;       /* the one speaking (STAGE_TURN), else NULL */
    int item;              /* the current item, -1 before and after the day */
    int next;              /* the item after it (before the day: the first), -1 */
    int64_t until;         /* STAGE_BREAK: its projected end; STAGE_BEFORE: the first start */
};

/* The stage at now, from the agenda and its view (updated for now). */
void stage_view_update(struct stage_view *s, const struct agenda *a, const struct agenda_view *v,
                       int64_t now);

/* A turn's time state: OK, WARN within the item's warning minutes of its
 * allotment's end (at most a quarter of it), OVER past it; IDLE when the
 * speaker is not speaking or has no allotment. Shared with the operators'
 * queues, so that both colour a turn alike. */
enum time_state stage_turn_state(const struct agenda *a, int item, const struct queue *q, int id,
                                 int64_t now);

#endif
