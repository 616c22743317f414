/* The agenda engine over a hand-set clock: plan following, n and u,
 * countdown and overtime, projection with absorbing breaks, idempotent
 * events, and days that run past midnight. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "agenda_view.h"
#include "timefmt.h"
#include "xalloc.h"
#include "fixtures.h"

/* 10:00 talk (poll) · 10:30 break (min 5) · 10:45 panel (poll) · 11:30
 * break (no min) · 11:40 talk until 12:00 */
static struct programme *make_programme(void)
{
    static const struct {
        int h, m;
        enum item_kind kind;
        int min;
    } plan[] = {{10, 0, KIND_TALK, -1}, {10, 30, KIND_BREAK, 5}, {10, 45, KIND_PANEL, -1},
                {11, 30, KIND_BREAK, -1}, {11, 40, KIND_TALK, -1}};
    struct programme *p = xcalloc(1, sizeof *p);

    p->n_items = sizeof plan / sizeof plan[0];
    p->items = xcalloc(p->n_items, sizeof *p->items);
    p->warn_minutes = 2;
    p->path = xstrdup("test");
    for (size_t i = 0; i < p->n_items; i++) {
        p->items[i].title = xasprintf("item %zu", i + 1);
        p->items[i].start = HM(plan[i].h, plan[i].m);
        p->items[i].kind = plan[i].kind;
        p->items[i].min_minutes = plan[i].min;
        p->items[i].warn_minutes = -1;
        p->items[i].poll = i == 0 || i == 2;
    }
    for (size_t i = 0; i + 1 < p->n_items; i++)
        p->items[i].end = p->items[i + 1].start;
    /* item 4 (the 11:30 break) shows a 4:50 film, for the film tests */
    p->items[3].film = xcalloc(1, sizeof *p->items[3].film);
    p->items[3].film->duration = 4 * 60 + 50;
    p->items[p->n_items - 1].end = HM(12, 0);
    /* item 5 is the press slot: 5 min, a share (the 10 left), 5 min */
    p->items[4].kind = KIND_PRESS;
    p->items[4].n_bookings = 3;
    p->items[4].bookings = xcalloc(3, sizeof *p->items[4].bookings);
    for (int i = 0; i < 3; i++) {
        p->items[4].bookings[i].name = xasprintf("outlet %d", i + 1);
        p->items[4].bookings[i].minutes = i == 1 ? -1 : 5;
    }
    return p;
}

/* The day of each test: make_programme's. */
static int setup(void **state)
{
    return day_setup_with(state, make_programme());
}

/* Presses n at now; asserts it did something. */
static void press_next(struct day *f, int64_t now)
{
    struct agenda_event ev;

    assert_true(agenda_event_next(&f->a, now, &ev));
    assert_true(agenda_apply(&f->a, &ev));
}

/* The moderator's event for item i starting at t, as a journal holds it. */
static void start_item(struct day *f, int i, int64_t t)
{
    struct agenda_event ev = start_event(i, t);

    assert_true(agenda_apply(&f->a, &ev));
}

static void press_undo(struct day *f, int64_t now)
{
    struct agenda_event ev;

    assert_true(agenda_event_undo(&f->a, now, &ev));
    assert_true(agenda_apply(&f->a, &ev));
}

/* Cuts item at now as x does, asserting it is taken. */
static void cut_item(struct day *f, int64_t now, int item)
{
    struct agenda_event ev;
    char why[160];

    assert_true(agenda_event_cut(&f->a, now, item, &ev, why, sizeof why));
    assert_true(agenda_apply(&f->a, &ev));
}

static void view(struct day *f, int64_t now)
{
    agenda_view_update(&f->v, &f->a, now);
}

static void test_follows_plan_until_started(void **state)
{
    struct day *f = *state;

    view(f, HM(9, 30));
    assert_int_equal(f->v.current, -1);
    assert_int_equal(f->v.remaining, 30 * 60); /* until the first start */
    assert_int_equal(f->v.items[0].status, ITEM_UPCOMING);
    view(f, HM(10, 40));
    assert_int_equal(f->v.current, 1);
    assert_true(f->v.following_plan);
    assert_int_equal(f->v.remaining, 5 * 60);
    assert_int_equal(f->v.items[0].status, ITEM_DONE);
    assert_int_equal(f->v.items[1].status, ITEM_CURRENT);
    assert_int_equal(f->v.day_delay, 0);
    assert_int_equal(f->v.next, 2);
    view(f, HM(12, 0));
    assert_int_equal(f->v.current, 5); /* over */
    assert_int_equal(f->v.next, -1);
    assert_int_equal(agenda_plan_index(f->prog, HM(11, 59) + 59), 4);
}

static void test_next_before_the_day_starts_first_item_early(void **state)
{
    struct day *f = *state;

    press_next(f, HM(9, 58));
    view(f, HM(9, 59));
    assert_int_equal(f->v.current, 0);
    assert_false(f->v.following_plan);
    assert_int_equal(f->v.items[0].delay, -2 * 60); /* early shows */
    assert_int_equal(f->v.remaining, 29 * 60);
    assert_int_equal(f->v.day_delay, -2 * 60);
    /* later items never start before their planned time */
    assert_int_equal(f->v.items[1].start, HM(10, 30));
}

/* The minister walks on 20 minutes late: n starts the item the screen
 * shows as NOW (it used to end it and start the one after, 20 minutes
 * "early"), and the screen stays on it past its end: OVER TIME. */
static void test_late_next_starts_the_item_on_screen(void **state)
{
    struct day *f = *state;

    view(f, HM(10, 20) + 15);
    assert_int_equal(f->v.current, 0); /* by the plan */
    press_next(f, HM(10, 20) + 15);
    view(f, HM(10, 21));
    assert_int_equal(f->v.current, 0);
    assert_false(f->v.following_plan);
    assert_int_equal(f->v.items[0].start, HM(10, 20) + 15);
    assert_int_equal(f->v.items[0].delay, 20 * 60 + 15);
    assert_int_equal(f->v.day_delay, 20 * 60 + 15);
    /* half an hour later she still talks: no moving on by itself */
    view(f, HM(10, 55));
    assert_int_equal(f->v.current, 0);
    assert_int_equal(f->v.state, TIME_OVER);
    assert_int_equal(f->v.items[1].status, ITEM_UPCOMING);
    /* the next n ends her item and starts the break */
    press_next(f, HM(10, 56));
    view(f, HM(10, 56));
    assert_int_equal(f->v.current, 1);
    assert_int_equal(f->v.items[0].end, HM(10, 56));
}

/* At the planned start the plan runs item 0 already: n starts it on
 * time; undone, the day follows the plan again. */
static void test_next_at_the_planned_start_starts_it(void **state)
{
    struct day *f = *state;

    press_next(f, HM(10, 0));
    view(f, HM(10, 0));
    assert_int_equal(f->v.current, 0);
    assert_int_equal(f->v.items[0].delay, 0);
    press_undo(f, HM(10, 1));
    view(f, HM(10, 1));
    assert_true(f->v.following_plan);
}

static void press_length(struct day *f, int64_t now, int minutes)
{
    struct agenda_event ev;
    char why[160];

    assert_true(agenda_event_length(&f->a, now, minutes, &ev, why, sizeof why));
    assert_true(agenda_apply(&f->a, &ev));
}

/* + gives the current item a minute more: its end and everything
 * projected after it move; - takes one back; u undoes each. */
static void test_plus_and_minus_move_the_end(void **state)
{
    struct day *f = *state;

    start_item(f, 0, HM(10, 0)); /* 10:00-10:30 */
    for (int i = 0; i < 5; i++)
        press_length(f, HM(10, 10), 1);
    view(f, HM(10, 10));
    assert_int_equal(f->v.items[0].end, HM(10, 35));
    assert_int_equal(f->v.remaining, 25 * 60);
    /* the break after it absorbs down to its minimum: 10:35 + 5 min */
    assert_int_equal(f->v.items[1].start, HM(10, 35));
    assert_int_equal(f->v.items[1].end, HM(10, 45));
    press_length(f, HM(10, 11), -1);
    view(f, HM(10, 11));
    assert_int_equal(f->v.items[0].end, HM(10, 34));
    press_undo(f, HM(10, 12)); /* the minute less */
    press_undo(f, HM(10, 12)); /* and one of the five */
    view(f, HM(10, 12));
    assert_int_equal(f->v.items[0].end, HM(10, 34));
    assert_int_equal(agenda_item_length(&f->a, 0), 34 * 60);
}

/* - never takes an item below what has run of it, nor a break below
 * its minimum, and says why; while the plan runs the item on screen. */
static void test_minus_has_floors(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;
    char why[160];

    start_item(f, 0, HM(10, 0));
    assert_false(agenda_event_length(&f->a, HM(10, 29) + 30, -1, &ev, why, sizeof why));
    assert_string_equal(why, "item 1 has run 29:30: it cannot be shorter than that");
    assert_true(agenda_event_length(&f->a, HM(10, 28), -1, &ev, why, sizeof why));
    start_item(f, 1, HM(10, 30)); /* the break, 15 min, min 5 */
    for (int i = 0; i < 10; i++)
        press_length(f, HM(10, 31), -1);
    assert_false(agenda_event_length(&f->a, HM(10, 31), -1, &ev, why, sizeof why));
    assert_string_equal(why, "item 2 cannot be shorter than its minimum, 5 min");
    view(f, HM(10, 31));
    assert_int_equal(f->v.items[1].end, HM(10, 35));
    /* a break given more ends later than planned */
    press_length(f, HM(10, 31), 1);
    view(f, HM(10, 31));
    assert_int_equal(f->v.items[1].end, HM(10, 36));
    /* an item never shorter than its film (4:50: five minutes) */
    assert_false(agenda_event_set_length(&f->a, HM(10, 31), 3, 4 * 60, &ev, why, sizeof why));
    assert_string_equal(why, "item 4 cannot be shorter than its film, 4:50");
    assert_true(agenda_event_set_length(&f->a, HM(10, 31), 3, 5 * 60, &ev, why, sizeof why));
}

static void test_plus_before_the_day_has_nothing(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;
    char why[160];

    assert_false(agenda_event_length(&f->a, HM(9, 0), 1, &ev, why, sizeof why));
    assert_string_equal(why, "No item runs: nothing to make longer");
    /* by the plan, the item on screen */
    assert_true(agenda_event_length(&f->a, HM(10, 5), 1, &ev, why, sizeof why));
    assert_int_equal(ev.item, 0);
}

/* A cut item takes no time: the projection closes up over it; n passes
 * it; an item that runs, ran or is on screen cannot be cut. */
static void test_cut(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;
    char why[160];

    start_item(f, 0, HM(10, 0));
    assert_false(agenda_event_cut(&f->a, HM(10, 5), 0, &ev, why, sizeof why));
    assert_string_equal(why, "item 1 runs: only an item still to come can be cut");
    cut_item(f, HM(10, 5), 2);
    view(f, HM(10, 5));
    assert_int_equal(f->v.items[2].status, ITEM_CUT);
    /* the 11:30 break still waits for its planned start; the panel's
     * 45 minutes are gone from the day */
    assert_int_equal(f->v.items[3].start, HM(11, 30));
    assert_int_equal(f->v.items[2].poll, POLL_NONE); /* cut: never MISSED */
    press_next(f, HM(10, 30)); /* the break */
    press_next(f, HM(10, 50)); /* passes the cut panel */
    view(f, HM(10, 50));
    assert_int_equal(f->v.current, 3);
    assert_int_equal(f->v.items[2].status, ITEM_CUT);
    /* the break ended when the next item that ran began, not at the cut
     * panel's planned start (found by a walk-through: 10:45) */
    assert_int_equal(f->v.items[1].end, HM(10, 50));
    assert_false(agenda_event_cut(&f->a, HM(10, 46), 1, &ev, why, sizeof why));
    assert_string_equal(why, "item 2 has run: only an item still to come can be cut");
}

/* A film rolled late in its item keeps the item running until it ends:
 * never OVER TIME while the film still rolls (a walk-through found it). */
static void test_rolling_film_holds_its_item(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    start_item(f, 3, HM(11, 30));
    ev = (struct agenda_event){.type = AGENDA_FILM, .item = 3, .place = FILM_STANDBY,
                               .at = HM(11, 37)};
    assert_true(agenda_apply(&f->a, &ev));
    ev.place = FILM_ROLLING;
    ev.at = HM(11, 38);
    assert_true(agenda_apply(&f->a, &ev));
    view(f, HM(11, 41));
    assert_int_equal(f->v.remaining, 60 + 50); /* the film ends 11:42:50 */
    assert_int_equal(f->v.items[4].start, HM(11, 42) + 50);
    ev = (struct agenda_event){.type = AGENDA_FILM, .item = 3, .place = FILM_DONE,
                               .at = HM(11, 43)};
    assert_true(agenda_apply(&f->a, &ev));
    view(f, HM(11, 43));
    assert_int_equal(f->v.state, TIME_OVER); /* its own end again */
}

/* Cues and other terminals meet cut items: the film's item after a cut
 * one may start with the film (it is the next, as n would have it); a
 * cut item another terminal started all the same runs, no longer cut. */
static void test_cut_items_and_starts(void **state)
{
    struct day *f = *state;

    start_item(f, 1, HM(10, 30));
    cut_item(f, HM(10, 31), 2);
    assert_true(agenda_may_start(&f->a, 3, HM(10, 40))); /* the film's break */
    assert_false(agenda_may_start(&f->a, 4, HM(10, 40)));
    start_item(f, 2, HM(10, 41)); /* an n written before the cut was read */
    assert_false(f->a.st[2].cut);
    view(f, HM(10, 42));
    assert_int_equal(f->v.items[2].status, ITEM_CURRENT);
}

/* Inserts "after" as the moderator would (i), asserting it is taken. */
static void insert_after(struct day *f, int64_t now, int item, const char *title, int min,
                         enum item_kind kind)
{
    struct agenda_event ev;
    char why[160];

    assert_true(agenda_event_insert(&f->a, now, item, title, (int64_t)min * 60, kind, &ev, why,
                                    sizeof why));
    assert_true(agenda_apply(&f->a, &ev));
}

/* An item inserted on the day goes in after the selected one: the items
 * after it move one down, the projection makes room for it (a break
 * absorbing what it can), n reaches it, and u takes it out again. */
static void test_insert(void **state)
{
    struct day *f = *state;

    start_item(f, 0, HM(10, 0));
    insert_after(f, HM(10, 5), 0, "Frågor från publiken", 10, KIND_TALK);
    assert_int_equal(f->a.prog->n_items, 6);
    assert_string_equal(f->a.prog->items[1].title, "Frågor från publiken");
    assert_true(f->a.prog->items[1].inserted);
    assert_string_equal(f->a.prog->items[2].title, "item 2");
    view(f, HM(10, 5));
    assert_int_equal(f->v.items[1].start, HM(10, 30));
    assert_int_equal(f->v.items[1].end, HM(10, 40));
    /* the break (min 5) shrinks so that the panel keeps its time */
    assert_int_equal(f->v.items[2].start, HM(10, 40));
    assert_int_equal(f->v.items[3].start, HM(10, 45));
    press_next(f, HM(10, 30));
    assert_int_equal(f->a.current, 1);
    view(f, HM(10, 31));
    assert_int_equal(f->v.remaining, 9 * 60);
    /* started, it stays: its undo first takes back the start */
    press_undo(f, HM(10, 32));
    press_undo(f, HM(10, 32));
    assert_int_equal(f->a.prog->n_items, 5);
    assert_string_equal(f->a.prog->items[1].title, "item 2");
    view(f, HM(10, 32));
    assert_int_equal(f->v.current, 0);
    assert_int_equal(f->v.items[1].start, HM(10, 32));
}

/* An item inserted after one made shorter goes where that one now ends,
 * into the gap, not after it (a walk-through found the day pushed late). */
static void test_insert_into_a_gap(void **state)
{
    struct day *f = *state;
    struct agenda_event ev = {.type = AGENDA_ITEM_LENGTH, .item = 0, .place = -600,
                              .at = HM(9, 0)};

    assert_true(agenda_apply(&f->a, &ev)); /* item 1 ends 10:20 */
    insert_after(f, HM(9, 1), 0, "Presentation", 5, KIND_TALK);
    view(f, HM(9, 2));
    assert_int_equal(f->v.items[1].start, HM(10, 20));
    assert_int_equal(f->v.items[1].end, HM(10, 25));
    assert_int_equal(f->v.items[2].start, HM(10, 30)); /* the break keeps its time */
}

/* A longer or shorter item gives those who share it their share of the
 * new length (a panel cut from 45 to 30 minutes showed each of four
 * "of 11:15"); a time set with e stays, until undone. */
static void test_length_reshares(void **state)
{
    struct day *f = *state;
    const struct queue *q = &f->a.queues[PEOPLE_PRESS][4];
    struct agenda_event ev = {.type = AGENDA_ITEM_LENGTH, .item = 4, .place = 300,
                              .at = HM(11, 41)};

    start_item(f, 4, HM(11, 40));
    assert_int_equal(q->sp[1].allotment, 10 * 60); /* 20 min, 5 + 5 fixed */
    assert_true(agenda_apply(&f->a, &ev));
    assert_int_equal(q->sp[1].allotment, 15 * 60);
    assert_int_equal(q->sp[0].allotment, 5 * 60);
    ev = (struct agenda_event){.type = AGENDA_SPEAKER_ALLOT, .item = 4, .queue = PEOPLE_PRESS,
                               .speaker = 1, .place = 8 * 60, .at = HM(11, 42)};
    assert_true(agenda_apply(&f->a, &ev));
    ev = (struct agenda_event){.type = AGENDA_ITEM_LENGTH, .item = 4, .place = 60,
                               .at = HM(11, 43)};
    assert_true(agenda_apply(&f->a, &ev));
    assert_int_equal(q->sp[1].allotment, 8 * 60); /* set: kept */
    assert_true(agenda_event_undo(&f->a, HM(11, 44), &ev)); /* the minute */
    assert_true(agenda_apply(&f->a, &ev));
    assert_true(agenda_event_undo(&f->a, HM(11, 44), &ev)); /* the 8 min */
    assert_true(agenda_apply(&f->a, &ev));
    assert_int_equal(q->sp[1].allotment, 15 * 60); /* the share of 25 min again */
}

/* Steps taken before an insertion still name their items after it: the
 * undo history moves with the items, and so does the item running. */
static void test_insert_moves_what_came_before(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;
    char why[160];

    start_item(f, 0, HM(10, 0));
    cut_item(f, HM(10, 1), 2); /* the panel */
    insert_after(f, HM(10, 2), 0, "Extra", 5, KIND_PANEL);
    assert_true(f->a.st[3].cut);
    assert_string_equal(f->a.prog->items[3].title, "item 3");
    /* another terminal's u, for the cut, read back after the insertion
     * (by its title, at the panel's new place): the cut's undo leaves
     * the history, the insertion's stays on top */
    ev = (struct agenda_event){.type = AGENDA_ITEM_UNCUT, .item = 3, .at = HM(10, 2),
                               .undo = true};
    assert_true(agenda_apply(&f->a, &ev));
    assert_true(agenda_event_undo(&f->a, HM(10, 3), &ev));
    assert_int_equal(ev.type, AGENDA_ITEM_REMOVE);
    ev = (struct agenda_event){.type = AGENDA_ITEM_CUT, .item = 3, .at = HM(10, 2)};
    assert_true(agenda_apply(&f->a, &ev)); /* cut again, for what follows */
    press_undo(f, HM(10, 3)); /* the cut */
    press_undo(f, HM(10, 3)); /* the insertion */
    assert_int_equal(f->a.prog->n_items, 5);
    ev = (struct agenda_event){.type = AGENDA_ITEM_CUT, .item = 2, .at = HM(10, 2)};
    assert_true(agenda_apply(&f->a, &ev));
    insert_after(f, HM(10, 2), 0, "Extra", 5, KIND_PANEL);
    press_undo(f, HM(10, 3)); /* the insertion */
    assert_true(f->a.st[2].cut);
    press_undo(f, HM(10, 3)); /* the cut, where the panel is now */
    assert_false(f->a.st[2].cut);
    assert_true(agenda_event_undo(&f->a, HM(10, 3), &ev)); /* the start is left */
    assert_int_equal(ev.type, AGENDA_ITEM_UNSTART);
    /* after an item that has run, nothing goes in */
    start_item(f, 1, HM(10, 30));
    assert_false(agenda_event_insert(&f->a, HM(10, 31), 0, "Late", 5, KIND_TALK, &ev, why,
                                     sizeof why));
    assert_string_equal(why, "item 1 has run: a new item goes after the one on screen or later");
    assert_false(agenda_event_insert(&f->a, HM(10, 31), 1, "", 300, KIND_TALK, &ev, why,
                                     sizeof why));
    assert_string_equal(why, "A new item needs a title");
    /* after the running one it does, and the running one stays running */
    insert_after(f, HM(10, 31), 1, "Extra", 5, KIND_BREAK);
    assert_int_equal(f->a.current, 1);
    press_next(f, HM(10, 40));
    assert_int_equal(f->a.current, 2);
    assert_int_equal(f->a.st[2].prev, 1);
    press_next(f, HM(10, 45));
    assert_int_equal(f->a.st[3].prev, 2);
}

/* With the first item cut, the day before it counts down to the first
 * that is not (found by a walk-through: FIRST still named the cut one). */
static void test_first_item_cut(void **state)
{
    struct day *f = *state;

    cut_item(f, HM(9, 0), 0);
    view(f, HM(9, 0));
    assert_int_equal(f->v.current, -1);
    assert_int_equal(f->v.next, 1);
    assert_int_equal(f->v.remaining, HM(10, 30) - HM(9, 0));
}

static void test_countdown_warn_and_overtime(void **state)
{
    struct day *f = *state;

    press_next(f, HM(9, 59)); /* item 1 (30 min) starts a minute early */
    view(f, HM(10, 10));
    assert_int_equal(f->v.remaining, 19 * 60);
    assert_int_equal(f->v.state, TIME_OK);
    view(f, HM(10, 27));
    assert_int_equal(f->v.state, TIME_WARN); /* 2 min left */
    view(f, HM(10, 29));
    assert_int_equal(f->v.remaining, 0);
    assert_int_equal(f->v.state, TIME_WARN);
    view(f, HM(10, 29) + 1);
    assert_int_equal(f->v.remaining, -1);
    assert_int_equal(f->v.state, TIME_OVER);
    view(f, HM(10, 36));
    assert_int_equal(f->v.remaining, -7 * 60); /* counts up */
    /* the current item ends no earlier than now */
    assert_int_equal(f->v.items[0].end, HM(10, 36));
    assert_int_equal(f->v.day_delay, 6 * 60);
}

static void test_item_warn_minutes_override(void **state)
{
    struct day *f = *state;

    f->a.prog->items[0].warn_minutes = 5; /* the day's copy */
    start_item(f, 0, HM(10, 0));
    view(f, HM(10, 24));
    assert_int_equal(f->v.state, TIME_OK);
    view(f, HM(10, 25));
    assert_int_equal(f->v.state, TIME_WARN);
}

static void test_projection_break_absorbs_delay(void **state)
{
    struct day *f = *state;

    start_item(f, 0, HM(10, 0));
    view(f, HM(10, 38)); /* 8 min over */
    /* the break (10:30–10:45, min 5) starts 10:38 and shrinks to end 10:45 */
    assert_int_equal(f->v.items[1].start, HM(10, 38));
    assert_int_equal(f->v.items[1].delay, 8 * 60);
    assert_int_equal(f->v.items[1].end, HM(10, 45));
    assert_int_equal(f->v.items[2].start, HM(10, 45));
    assert_int_equal(f->v.items[2].delay, 0);
    view(f, HM(10, 44)); /* 14 min over: the break can only shrink to 5 */
    assert_int_equal(f->v.items[1].end, HM(10, 49));
    assert_int_equal(f->v.items[2].start, HM(10, 49));
    assert_int_equal(f->v.items[2].delay, 4 * 60);
    /* a panel keeps its length; a break without min_minutes keeps its own */
    assert_int_equal(f->v.items[2].end, HM(11, 34));
    assert_int_equal(f->v.items[3].start, HM(11, 34));
    assert_int_equal(f->v.items[3].end, HM(11, 44));
    assert_int_equal(f->v.items[4].delay, 4 * 60);
}

static void test_break_never_ends_before_its_planned_end(void **state)
{
    struct day *f = *state;

    start_item(f, 0, HM(10, 0));
    press_next(f, HM(10, 25)); /* break starts 5 min early */
    view(f, HM(10, 26));
    assert_int_equal(f->v.current, 1);
    assert_int_equal(f->v.remaining, 19 * 60); /* until 10:45, not 10:40 */
    assert_int_equal(f->v.items[2].start, HM(10, 45));
}

static void test_undo_chain(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    assert_false(agenda_event_undo(&f->a, HM(10, 0), &ev));
    start_item(f, 0, HM(10, 0));
    press_next(f, HM(10, 31));
    press_next(f, HM(10, 44));
    press_undo(f, HM(10, 45));
    view(f, HM(10, 46));
    assert_int_equal(f->v.current, 1);
    assert_int_equal(f->v.items[1].start, HM(10, 31)); /* its own start again */
    press_undo(f, HM(10, 47));
    view(f, HM(10, 47));
    assert_int_equal(f->v.current, 0);
    assert_int_equal(f->v.remaining, -17 * 60);
    press_undo(f, HM(10, 48));
    view(f, HM(10, 48));
    assert_true(f->v.following_plan); /* back to the plan */
    assert_int_equal(f->v.current, 2);
    assert_false(agenda_event_undo(&f->a, HM(10, 48), &ev));
}

static void test_events_are_idempotent(void **state)
{
    struct day *f = *state;
    struct agenda_event start2 = start_event(2, HM(10, 50));
    struct agenda_event start1 = start_event(1, HM(10, 31));
    struct agenda_event unstart2 = {.type = AGENDA_ITEM_UNSTART, .item = 2, .at = HM(10, 52)};
    unsigned version;

    assert_true(agenda_apply(&f->a, &start1));
    assert_false(agenda_apply(&f->a, &start1)); /* the same event again */
    assert_true(agenda_apply(&f->a, &start2));
    version = f->a.version;
    assert_false(agenda_apply(&f->a, &start2));
    assert_false(agenda_apply(&f->a, &start1)); /* stale: item 1 is past */
    assert_int_equal(f->a.version, version);
    assert_true(agenda_apply(&f->a, &unstart2));
    assert_false(agenda_apply(&f->a, &unstart2));
    assert_int_equal(f->a.current, 1);
    /* out of range */
    start2.item = 99;
    assert_false(agenda_apply(&f->a, &start2));
    /* a start earlier than the current item's own is stale too */
    start2 = start_event(3, HM(10, 30));
    assert_false(agenda_apply(&f->a, &start2));
    start2.at = HM(10, 31);
    assert_true(agenda_apply(&f->a, &start2));
}

static void test_jump_marks_skipped(void **state)
{
    struct day *f = *state;
    struct agenda_event ev = start_event(3, HM(11, 0));

    start_item(f, 0, HM(10, 0));
    assert_true(agenda_apply(&f->a, &ev)); /* e.g. from another terminal */
    view(f, HM(11, 1));
    assert_int_equal(f->v.items[0].status, ITEM_DONE);
    assert_int_equal(f->v.items[1].status, ITEM_SKIPPED);
    assert_int_equal(f->v.items[2].status, ITEM_SKIPPED);
    assert_int_equal(f->v.items[3].status, ITEM_CURRENT);
}

static void test_closing_the_programme(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    start_item(f, 0, HM(10, 0));
    for (int i = 1; i < 5; i++)
        press_next(f, HM(10, 0) + i * 60);
    assert_true(agenda_event_next(&f->a, HM(12, 3), &ev));
    assert_int_equal(ev.item, 5);
    assert_true(agenda_apply(&f->a, &ev));
    view(f, HM(12, 4));
    assert_int_equal(f->v.current, 5);
    assert_int_equal(f->v.closed_at, HM(12, 3));
    assert_int_equal(f->v.day_delay, 3 * 60);
    assert_int_equal(f->v.items[4].status, ITEM_DONE);
    assert_int_equal(f->v.items[4].end, HM(12, 3));
    assert_false(agenda_event_next(&f->a, HM(12, 5), &ev)); /* nothing left */
    press_undo(f, HM(12, 5));
    view(f, HM(12, 5));
    assert_int_equal(f->v.current, 4);
    assert_int_equal(f->v.closed_at, -1);
    /* after the plan's end with nothing started, n has nothing to start */
    press_undo(f, HM(12, 5));
    press_undo(f, HM(12, 5));
    press_undo(f, HM(12, 5));
    press_undo(f, HM(12, 5));
    press_undo(f, HM(12, 5));
    assert_false(agenda_event_next(&f->a, HM(12, 6), &ev));
}

static void test_day_running_past_midnight(void **state)
{
    struct day *f = *state;

    start_item(f, 0, HM(10, 0));
    for (int i = 1; i < 5; i++)
        press_next(f, HM(10, 0) + i * 60);
    /* item 5 (20 min, started 10:04) still running past midnight */
    view(f, DAY_SECONDS + 10);
    assert_int_equal(f->v.current, 4);
    assert_int_equal(f->v.remaining, HM(10, 24) - (DAY_SECONDS + 10));
    assert_int_equal(f->v.state, TIME_OVER);
    assert_int_equal(agenda_plan_index(f->prog, DAY_SECONDS + 10), 5);
}

static void press_poll(struct day *f, int64_t now)
{
    struct agenda_event ev;

    assert_true(agenda_event_poll(&f->a, now, &ev));
    assert_true(agenda_apply(&f->a, &ev));
}

static void test_poll_states(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    view(f, HM(9, 0));
    assert_int_equal(f->v.items[0].poll, POLL_OPEN);
    assert_int_equal(f->v.items[1].poll, POLL_NONE);
    assert_false(agenda_event_poll(&f->a, HM(9, 0), &ev)); /* nothing runs */
    view(f, HM(10, 5));
    assert_int_equal(f->v.items[0].poll, POLL_DUE); /* by the plan too */
    press_poll(f, HM(10, 6));
    view(f, HM(10, 7));
    assert_int_equal(f->v.items[0].poll, POLL_ASKED);
    assert_false(agenda_event_poll(&f->a, HM(10, 7), &ev)); /* asked already */
    view(f, HM(10, 35));
    assert_false(agenda_event_poll(&f->a, HM(10, 35), &ev)); /* a break: no poll */
    view(f, HM(11, 31)); /* the plan moved past item 3 without its poll */
    assert_int_equal(f->v.items[2].poll, POLL_MISSED);
    assert_int_equal(f->v.items[0].poll, POLL_ASKED);
}

static void test_poll_events_are_idempotent(void **state)
{
    struct day *f = *state;
    struct agenda_event asked = {.type = AGENDA_POLL_ASKED, .item = 2, .at = HM(11, 0)};
    struct agenda_event unasked = {.type = AGENDA_POLL_UNASKED, .item = 2, .at = HM(11, 1)};
    struct agenda_event no_poll = {.type = AGENDA_POLL_ASKED, .item = 1, .at = HM(11, 0)};

    assert_true(agenda_apply(&f->a, &asked));
    assert_false(agenda_apply(&f->a, &asked));
    assert_true(agenda_apply(&f->a, &unasked));
    assert_false(agenda_apply(&f->a, &unasked));
    assert_false(agenda_apply(&f->a, &no_poll)); /* item 2 has no poll */
    no_poll.item = 99;
    assert_false(agenda_apply(&f->a, &no_poll));
}

static void test_undo_goes_by_order_not_by_clock(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    start_item(f, 0, HM(10, 0));
    press_poll(f, HM(10, 30));
    press_next(f, HM(10, 30)); /* the same second */
    assert_true(agenda_event_undo(&f->a, HM(10, 31), &ev));
    assert_int_equal(ev.type, AGENDA_ITEM_UNSTART);
    assert_int_equal(ev.item, 1);
    assert_true(agenda_apply(&f->a, &ev));
    assert_true(agenda_event_undo(&f->a, HM(10, 31), &ev));
    assert_int_equal(ev.type, AGENDA_POLL_UNASKED);
    assert_int_equal(ev.item, 0);
    assert_true(agenda_apply(&f->a, &ev));
    assert_true(agenda_event_undo(&f->a, HM(10, 31), &ev));
    assert_int_equal(ev.type, AGENDA_ITEM_UNSTART);
    assert_int_equal(ev.item, 0);
}

static void film_step(struct day *f, int64_t now, enum film_state expect)
{
    struct agenda_event ev;

    assert_true(agenda_event_film(&f->a, now, &ev));
    assert_int_equal(ev.item, 3);
    assert_int_equal(ev.place, expect);
    assert_true(agenda_apply(&f->a, &ev));
}

static void test_film_cue(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    view(f, HM(11, 27));
    assert_int_equal(f->v.film_item, 3);
    assert_int_equal(f->v.film, FILM_WAITING);
    assert_int_equal(f->v.film_until, 3 * 60);
    assert_false(f->v.film_reminder);
    view(f, HM(11, 28)); /* two minutes before its projected start */
    assert_true(f->v.film_reminder);
    film_step(f, HM(11, 28), FILM_STANDBY);
    view(f, HM(11, 29));
    assert_false(f->v.film_reminder);
    film_step(f, HM(11, 30), FILM_ROLLING);
    view(f, HM(11, 34) + 20);
    assert_int_equal(f->v.film_left, 30);
    view(f, HM(11, 35));
    assert_int_equal(f->v.film_left, -10); /* over */
    film_step(f, HM(11, 35), FILM_DONE);
    view(f, HM(11, 35));
    assert_int_equal(f->v.film_item, -1);
    assert_false(agenda_event_film(&f->a, HM(11, 36), &ev));
    /* u steps back: done, then rolling, in order */
    assert_true(agenda_event_undo(&f->a, HM(11, 36), &ev));
    assert_int_equal(ev.type, AGENDA_FILM_BACK);
    assert_int_equal(ev.place, FILM_ROLLING);
    assert_true(agenda_apply(&f->a, &ev));
    assert_false(agenda_apply(&f->a, &ev)); /* idempotent */
    assert_true(agenda_event_undo(&f->a, HM(11, 36), &ev));
    assert_int_equal(ev.place, FILM_STANDBY);
    /* a forward step that arrives again, after the film moved on, is stale */
    film_step(f, HM(11, 38), FILM_DONE);
    ev = (struct agenda_event){.type = AGENDA_FILM, .item = 3, .place = FILM_ROLLING};
    assert_false(agenda_apply(&f->a, &ev));
    ev.type = AGENDA_FILM_BACK;
    ev.place = FILM_DONE + 1; /* no such state */
    assert_false(agenda_apply(&f->a, &ev));
}

static void test_film_follows_the_delay(void **state)
{
    struct day *f = *state;
    struct agenda_event jump = {.type = AGENDA_FILM, .item = 3, .place = FILM_ROLLING};

    start_item(f, 0, HM(10, 0));
    /* 20 min over: the break absorbs 10 (min 5 of its 15), the panel
     * starts at 10:55, so the film's item moves from 11:30 to 11:40 */
    view(f, HM(10, 50));
    assert_int_equal(f->v.film_until, HM(11, 40) - HM(10, 50));
    assert_false(agenda_apply(&f->a, &jump)); /* one step at a time */
    jump.item = 2; /* no film there */
    jump.place = FILM_STANDBY;
    assert_false(agenda_apply(&f->a, &jump));
}

/* p, as the app takes it: the next interview's event, applied. */
static void press_step(struct day *f, int64_t now, int expect_booking)
{
    struct agenda_event ev;

    assert_true(agenda_event_press(&f->a, now, &ev));
    assert_int_equal(ev.item, 4);
    assert_int_equal(ev.queue, PEOPLE_PRESS);
    assert_int_equal(ev.speaker, expect_booking);
    assert_true(agenda_apply(&f->a, &ev));
}

static void test_press_slot_ahead(void **state)
{
    struct day *f = *state;

    view(f, HM(11, 0));
    assert_int_equal(f->v.press_item, 4);
    assert_int_equal(f->v.press_until, 40 * 60);
    assert_int_equal(f->v.press_left, 20 * 60); /* the whole slot */
    assert_int_equal(f->v.press_need, 20 * 60); /* 5 + 10 (a share) + 5 */
    assert_int_equal(f->a.queues[PEOPLE_PRESS][4].sp[1].allotment, 10 * 60);
    /* the panel starts 5 min late: the journalists wait 5 min longer */
    start_item(f, 2, HM(10, 50));
    view(f, HM(11, 0));
    assert_int_equal(f->v.items[4].delay, 5 * 60);
    assert_int_equal(f->v.press_until, 45 * 60);
    /* the producer reorders the bookings before the slot opens */
    assert_true(agenda_apply(&f->a, &(struct agenda_event){
                                        .type = AGENDA_SPEAKER_MOVE, .item = 4,
                                        .queue = PEOPLE_PRESS, .speaker = 2, .place = 0}));
    assert_int_equal(f->a.queues[PEOPLE_PRESS][4].order[0], 2);
    assert_int_equal(f->a.queues[PEOPLE_SPEAKERS][4].n, 0); /* the speakers are another queue */
    press_undo(f, HM(11, 1));
    assert_int_equal(f->a.queues[PEOPLE_PRESS][4].order[0], 0);
    /* once the slot is over there is none ahead */
    start_item(f, 5, HM(12, 5));
    view(f, HM(12, 5));
    assert_int_equal(f->v.press_item, -1);
    assert_false(agenda_event_press(&f->a, HM(12, 5), &(struct agenda_event){0}));
}

static void test_press_interviews(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;

    start_item(f, 4, HM(11, 45)); /* 5 min late */
    press_step(f, HM(11, 45), 0);
    view(f, HM(11, 48));
    assert_int_equal(f->v.press_until, -3 * 60);
    assert_int_equal(f->v.press_left, 17 * 60);
    assert_int_equal(f->v.press_need, 2 * 60 + 10 * 60 + 5 * 60);
    press_step(f, HM(11, 51), 1); /* one minute over: it needs nothing more */
    view(f, HM(11, 52));
    assert_int_equal(queue_spoken(&f->a.queues[PEOPLE_PRESS][4], 0, HM(11, 52)), 6 * 60);
    assert_int_equal(f->v.press_need, 9 * 60 + 5 * 60);
    /* u: the first interview runs on, as if never ended */
    assert_true(agenda_event_undo(&f->a, HM(11, 52), &ev));
    assert_int_equal(ev.queue, PEOPLE_PRESS);
    assert_true(agenda_apply(&f->a, &ev));
    assert_false(agenda_apply(&f->a, &ev)); /* idempotent */
    assert_int_equal(f->a.queues[PEOPLE_PRESS][4].current, 0);
    press_step(f, HM(11, 52), 1);
    press_step(f, HM(12, 0), 2);
    view(f, HM(12, 6));
    assert_int_equal(f->v.press_left, -60); /* the slot runs over */
    press_step(f, HM(12, 6), -1);          /* the last interview ends */
    assert_false(agenda_event_press(&f->a, HM(12, 7), &ev));
}

/* Starting the next item (here closing the programme) ends the turn
 * under way: its time stops with its item; u lets it run on. */
static void test_next_item_ends_the_turn(void **state)
{
    struct day *f = *state;
    const struct queue *q = &f->a.queues[PEOPLE_PRESS][4];

    start_item(f, 4, HM(11, 45));
    press_step(f, HM(11, 45), 0);
    press_next(f, HM(11, 50));
    assert_int_equal(q->current, -1);
    assert_int_equal(q->sp[0].state, SPK_DONE);
    assert_int_equal(queue_spoken(q, 0, HM(12, 30)), 5 * 60);
    press_undo(f, HM(11, 51));
    assert_int_equal(f->a.current, 4);
    assert_int_equal(q->current, 0);
    assert_int_equal(queue_spoken(q, 0, HM(11, 52)), 7 * 60);
    /* and the interview's own undo is still there, under it */
    press_undo(f, HM(11, 52));
    assert_int_equal(q->current, -1);
    assert_int_equal(q->sp[0].state, SPK_WAITING);
}


/* The stage's message and blackout: the same again changes nothing,
 * undo puts back what was; none to take down says so. */
static void test_stage_message_and_blackout(void **state)
{
    struct day *f = *state;
    struct agenda_event ev;
    char why[96];

    assert_false(agenda_event_message(&f->a, HM(10, 0), "", 0, &ev, why, sizeof why));
    assert_string_equal(why, "No message is up on the stage");
    /* a message is a line: no escapes to the stage's terminal */
    assert_false(agenda_event_message(&f->a, HM(10, 0), "\x1b[2J", 0, &ev, why, sizeof why));
    assert_false(agenda_event_message(&f->a, HM(10, 0), "a\u202eb", 0, &ev, why, sizeof why));
    assert_true(agenda_event_message(&f->a, HM(10, 0), "Avrunda", 1, &ev, why, sizeof why));
    assert_true(agenda_apply(&f->a, &ev));
    assert_false(agenda_apply(&f->a, &ev)); /* a repeat */
    assert_false(agenda_event_message(&f->a, HM(10, 1), "Avrunda", 0, &ev, why, sizeof why));
    assert_string_equal(why, "That message is up already");
    agenda_event_blackout(&f->a, HM(10, 2), &ev);
    assert_int_equal(ev.place, 1);
    assert_true(agenda_apply(&f->a, &ev));
    agenda_event_blackout(&f->a, HM(10, 3), &ev);
    assert_int_equal(ev.place, 0); /* B again: back */
    assert_true(agenda_event_undo(&f->a, HM(10, 4), &ev));
    assert_true(agenda_apply(&f->a, &ev));
    assert_false(f->a.blackout);
    assert_true(agenda_event_undo(&f->a, HM(10, 5), &ev));
    assert_true(agenda_apply(&f->a, &ev));
    assert_string_equal(f->a.message, "");
    assert_false(agenda_event_undo(&f->a, HM(10, 6), &ev));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        DAY_TEST(test_stage_message_and_blackout, setup),
        DAY_TEST(test_follows_plan_until_started, setup),
        DAY_TEST(test_next_before_the_day_starts_first_item_early, setup),
        DAY_TEST(test_late_next_starts_the_item_on_screen, setup),
        DAY_TEST(test_plus_and_minus_move_the_end, setup),
        DAY_TEST(test_minus_has_floors, setup),
        DAY_TEST(test_plus_before_the_day_has_nothing, setup),
        DAY_TEST(test_cut, setup),
        DAY_TEST(test_cut_items_and_starts, setup),
        DAY_TEST(test_rolling_film_holds_its_item, setup),
        DAY_TEST(test_insert, setup),
        DAY_TEST(test_length_reshares, setup),
        DAY_TEST(test_insert_into_a_gap, setup),
        DAY_TEST(test_first_item_cut, setup),
        DAY_TEST(test_insert_moves_what_came_before, setup),
        DAY_TEST(test_next_at_the_planned_start_starts_it, setup),
        DAY_TEST(test_countdown_warn_and_overtime, setup),
        DAY_TEST(test_item_warn_minutes_override, setup),
        DAY_TEST(test_projection_break_absorbs_delay, setup),
        DAY_TEST(test_break_never_ends_before_its_planned_end, setup),
        DAY_TEST(test_undo_chain, setup),
        DAY_TEST(test_events_are_idempotent, setup),
        DAY_TEST(test_jump_marks_skipped, setup),
        DAY_TEST(test_closing_the_programme, setup),
        DAY_TEST(test_day_running_past_midnight, setup),
        DAY_TEST(test_poll_states, setup),
        DAY_TEST(test_poll_events_are_idempotent, setup),
        DAY_TEST(test_undo_goes_by_order_not_by_clock, setup),
        DAY_TEST(test_film_cue, setup),
        DAY_TEST(test_film_follows_the_delay, setup),
        DAY_TEST(test_press_slot_ahead, setup),
        DAY_TEST(test_press_interviews, setup),
        DAY_TEST(test_next_item_ends_the_turn, setup),
    };

    return cmocka_run_group_tests_name("agenda", tests, NULL, NULL);
}
