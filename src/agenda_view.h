/* agenda_view: the day at one moment, as the screens and the dump show
 * it: each item done, current or projected, the delay, what the film cue
 * and the press slot ahead stand at. Computed from the agenda (agenda.h)
 * and "now"; no curses, no clock. */
#ifndef PODIUM_AGENDA_VIEW_H
#define PODIUM_AGENDA_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "agenda.h"

enum time_state { TIME_IDLE, TIME_OK, TIME_WARN, TIME_OVER };

enum item_status { ITEM_UPCOMING, ITEM_CURRENT, ITEM_DONE, ITEM_SKIPPED, ITEM_CUT };

/* An item's poll question: none, still to come, due now (the item runs
 * and it is not asked), asked, or missed (the item ended unasked). */
enum poll_state { POLL_NONE, POLL_OPEN, POLL_DUE, POLL_ASKED, POLL_MISSED };

struct item_view {
    enum item_status status;
    int64_t start, end; /* actual where known, else projected */
    int64_t delay;      /* start − planned start */
    enum poll_state poll;
};

/* The day at one moment, computed by agenda_view_update(). */
struct agenda_view {
    int current;         /* -1 before the day, n_items once it is over */
    bool following_plan; /* nobody has started anything yet */
    int64_t remaining;   /* current: until its end, < 0 is overtime;
                            before the day: until the first start */
    enum time_state state;
    int64_t day_delay;   /* projected − planned end of the current item */
    int next;            /* the item after current, -1 if none */
    int64_t closed_at;   /* when the programme was closed, -1 if not */
    /* the film to cue: the first film item from the current one on whose
     * film is not done, -1 for none */
    int film_item;
    enum film_state film;
    int64_t film_until;  /* waiting: until its projected start */
    int64_t film_left;   /* rolling: left to run, < 0 once it is over */
    bool film_reminder;  /* waiting, and due in FILM_STANDBY_BEFORE */
    /* the press slot to run: the first press item with bookings from the
     * current one on, -1 for none */
    int press_item;
    int64_t press_until; /* until its start (projected, or actual: < 0) */
    int64_t press_left;  /* of the slot: from now once it runs, else all */
    int64_t press_need;  /* what the interviews not yet over still need */
    struct item_view *items; /* n_items entries, owned by the view */
    size_t n_items;          /* as many as the day has (items go in on the day) */
};

void agenda_view_init(struct agenda_view *v, const struct agenda *a);
void agenda_view_free(struct agenda_view *v);
void agenda_view_update(struct agenda_view *v, const struct agenda *a, int64_t now);

#endif
