/* Which day the dashboard runs: a programme for another day is
 * rehearsed from five minutes before its first item, unless --live;
 * --at and --speed are what they ask for; an undated one runs today. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "day.h"

static struct item items[2] = {{.start = 9 * 3600 + 30 * 60}, {.start = 10 * 3600}};

static struct programme prog(const char *date)
{
    return (struct programme){.event = {.date = (char *)date}, .items = items, .n_items = 2};
}

/* make run on any day but 2020-11-20 used to open on PROGRAMME OVER */
static void test_another_day_is_rehearsed(void **state)
{
    struct programme p = prog("2020-11-20");
    struct day_choice c = day_choose(&p, "2026-12-03", -1, 1.0, false);

    (void)state;
    assert_true(c.other_day);
    assert_int_equal(c.at, 9 * 3600 + 25 * 60); /* 09:25, five minutes before */
    assert_true(c.speed == 1.0);
}

static void test_live_runs_today(void **state)
{
    struct programme p = prog("2020-11-20");
    struct day_choice c = day_choose(&p, "2026-12-03", -1, 1.0, true);

    (void)state;
    assert_true(c.other_day); /* still said */
    assert_int_equal(c.at, -1);
}

static void test_the_day_itself_and_undated_run_today(void **state)
{
    struct programme p = prog("2026-12-03"), undated = prog(NULL);
    struct day_choice c = day_choose(&p, "2026-12-03", -1, 1.0, false);

    (void)state;
    assert_false(c.other_day);
    assert_int_equal(c.at, -1);
    c = day_choose(&undated, "2026-12-03", -1, 1.0, false);
    assert_false(c.other_day);
    assert_int_equal(c.at, -1);
}

static void test_asked_rehearsals_stay_as_asked(void **state)
{
    struct programme p = prog("2020-11-20");
    struct day_choice c = day_choose(&p, "2026-12-03", 11 * 3600, 1.0, false);

    (void)state;
    assert_int_equal(c.at, 11 * 3600);
    assert_true(c.other_day);
    c = day_choose(&p, "2026-12-03", -1, 60.0, false);
    assert_int_equal(c.at, -1); /* --speed alone starts at the real time */
    assert_true(c.speed == 60.0);
}

static void test_first_item_just_after_midnight(void **state)
{
    struct item early[1] = {{.start = 120}};
    struct programme p = {.event = {.date = (char *)"2020-11-20"}, .items = early, .n_items = 1};

    (void)state;
    assert_int_equal(day_choose(&p, "2026-12-03", -1, 1.0, false).at, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_another_day_is_rehearsed),
        cmocka_unit_test(test_live_runs_today),
        cmocka_unit_test(test_the_day_itself_and_undated_run_today),
        cmocka_unit_test(test_asked_rehearsals_stay_as_asked),
        cmocka_unit_test(test_first_item_just_after_midnight),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
