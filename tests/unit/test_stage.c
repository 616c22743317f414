/* The stage screen's model (stage_view): before the day the wait for the
 * first item; a turn under way shows its speaker and the turn's time
 * left, WRAP UP within the warning, OVER TIME past it; an item with no
 * turn its own time; a break the time until its end; after the day,
 * over. Over the real programme of the fixture. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "stage_view.h"
#include "fixtures.h"

static void at(struct day *f, int64_t now)
{
    agenda_view_update(&f->v, &f->a, now);
    stage_view_update(&f->s, &f->a, &f->v, now);
}

static void apply(struct day *f, struct agenda_event ev)
{
    assert_true(agenda_apply(&f->a, &ev));
}

static void test_before_the_day(void **state)
{
    struct day *f = *state;

    at(f, HM(9, 0));
    assert_int_equal(f->s.mode, STAGE_BEFORE);
    assert_int_equal(f->s.next, 0);
    assert_int_equal(f->s.until, HM(9, 30));
}

/* Item 3 (10:15-10:50): Eva's 25 minutes, then the item's own time. */
static void test_turn_then_item(void **state)
{
    struct day *f = *state;

    apply(f, start_event(2, HM(10, 15)));
    at(f, HM(10, 16));
    assert_int_equal(f->s.mode, STAGE_ITEM); /* nobody speaks yet */
    assert_int_equal(f->s.left, HM(10, 50) - HM(10, 16));
    apply(f, (struct agenda_event){.type = AGENDA_SPEAKER_START, .item = 2,
                                   .queue = PEOPLE_SPEAKERS, .speaker = 0, .at = HM(10, 16)});
    at(f, HM(10, 20));
    assert_int_equal(f->s.mode, STAGE_TURN);
    assert_string_equal(f->s.who, "Eva Exempelsson");
    assert_int_equal(f->s.left, 21 * 60);
    assert_int_equal(f->s.state, TIME_OK);
    assert_int_equal(f->s.next, 3);
    at(f, HM(10, 39)); /* 2 min left of 25: within the warning */
    assert_int_equal(f->s.state, TIME_WARN);
    at(f, HM(10, 42));
    assert_int_equal(f->s.state, TIME_OVER);
    assert_int_equal(f->s.left, -60);
    /* the next turn outlasts the item: the stage shows the item's time */
    apply(f, (struct agenda_event){.type = AGENDA_SPEAKER_START, .item = 2,
                                   .queue = PEOPLE_SPEAKERS, .speaker = 1, .at = HM(10, 45)});
    at(f, HM(10, 48)); /* 7 of 10 min left of the turn, 2 of the item */
    assert_int_equal(f->s.mode, STAGE_TURN);
    assert_string_equal(f->s.who, "Moderatorns frågor");
    assert_int_equal(f->s.left, 2 * 60);
    assert_int_equal(f->s.state, TIME_WARN);
    at(f, HM(10, 51));
    assert_int_equal(f->s.left, -60);
    assert_int_equal(f->s.state, TIME_OVER);
}

static void test_break_and_the_end(void **state)
{
    struct day *f = *state;

    apply(f, start_event(3, HM(10, 52)));
    at(f, HM(10, 53));
    assert_int_equal(f->s.mode, STAGE_BREAK);
    assert_int_equal(f->s.until, HM(11, 0)); /* the break gives up the 2 min late */
    apply(f, start_event((int)f->prog->n_items, HM(14, 20)));
    at(f, HM(14, 21));
    assert_int_equal(f->s.mode, STAGE_OVER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        DAY_TEST(test_before_the_day, day_setup),
        DAY_TEST(test_turn_then_item, day_setup),
        DAY_TEST(test_break_and_the_end, day_setup),
    };

    return cmocka_run_group_tests_name("stage", tests, NULL, NULL);
}
