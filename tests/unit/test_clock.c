/* The clock over hand-driven sources: real time follows the wall,
 * rehearsals start at --at and run --speed times faster. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "clock.h"
#include "fixtures.h"

static void test_real_clock_follows_the_wall(void **state)
{
    struct fake_time f = {.wall = 36000123, .mono = 5000};
    struct clock c;

    (void)state;
    clock_init(&c, fake_source(&f), -1, 1.0);
    assert_false(c.rehearsal);
    assert_int_equal(clock_now(&c), 36000);
    f.wall += 60500; /* e.g. an NTP step: the stage clock follows it */
    f.mono += 1000;
    assert_int_equal(clock_now(&c), 36060);
    assert_int_equal(clock_ms_to_next_second(&c), 1000 - 623 + 1);
}

static void test_rehearsal_at_and_speed(void **state)
{
    struct fake_time f = {.wall = 1000, .mono = 777};
    struct clock c;

    (void)state;
    clock_init(&c, fake_source(&f), 12 * 3600 + 25 * 60, 10.0);
    assert_true(c.rehearsal);
    assert_int_equal(clock_now(&c), 12 * 3600 + 25 * 60);
    f.mono += 6000; /* six real seconds are a minute */
    f.wall += 99999; /* the wall clock no longer matters */
    assert_int_equal(clock_now(&c), 12 * 3600 + 26 * 60);
    /* the next podium second is 100 real ms away at speed 10 */
    assert_int_equal(clock_ms_to_next_second(&c), 101);
}

static void test_speed_alone_starts_at_real_time(void **state)
{
    struct fake_time f = {.wall = 9 * 3600 * 1000LL, .mono = 0};
    struct clock c;

    (void)state;
    clock_init(&c, fake_source(&f), -1, 60.0);
    assert_true(c.rehearsal);
    f.mono = 1000;
    assert_int_equal(clock_now(&c), 9 * 3600 + 60);
}

static void test_at_alone_runs_at_real_speed(void **state)
{
    struct fake_time f = {.wall = 0, .mono = 0};
    struct clock c;

    (void)state;
    clock_init(&c, fake_source(&f), 23 * 3600 + 59 * 60 + 59, 1.0);
    assert_true(c.rehearsal);
    f.mono = 2000;
    /* past midnight the count goes on rather than wrapping */
    assert_int_equal(clock_now(&c), 24 * 3600 + 1);
}

static void test_next_day(void **state)
{
    struct fake_time f = {.wall = (24 * 3600 + 5) * 1000LL, .mono = 0};
    struct clock c;

    (void)state;
    clock_init(&c, fake_source(&f), -1, 1.0);
    assert_int_equal(clock_now(&c), 24 * 3600 + 5);
    clock_next_day(&c);
    assert_int_equal(clock_now(&c), 5);
    clock_init(&c, fake_source(&f), 23 * 3600, 3600.0); /* a rehearsal too */
    f.mono = 2000;
    clock_next_day(&c);
    assert_int_equal(clock_now(&c), 3600);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_clock_follows_the_wall),
        cmocka_unit_test(test_rehearsal_at_and_speed),
        cmocka_unit_test(test_speed_alone_starts_at_real_time),
        cmocka_unit_test(test_at_alone_runs_at_real_speed),
        cmocka_unit_test(test_next_day),
    };

    return cmocka_run_group_tests_name("clock", tests, NULL, NULL);
}
