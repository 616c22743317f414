/* Times of day and durations as text, and UTF-8 width. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "timefmt.h"
#include "utf8.h"

static int64_t parse_ok(const char *s, bool secs)
{
    int64_t t = -1;

    assert_true(time_parse(s, secs, &t));
    return t;
}

static void test_parse_both_separators(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("09:30", false), 9 * 3600 + 30 * 60);
    assert_int_equal(parse_ok("09.30", false), 9 * 3600 + 30 * 60);
    assert_int_equal(parse_ok("9:05", false), 9 * 3600 + 5 * 60);
    assert_int_equal(parse_ok("00:00", false), 0);
    assert_int_equal(parse_ok("23:59", false), 23 * 3600 + 59 * 60);
}

static void test_parse_seconds_only_when_allowed(void **state)
{
    int64_t t;

    (void)state;
    assert_int_equal(parse_ok("10:53:12", true), 10 * 3600 + 53 * 60 + 12);
    assert_false(time_parse("10:53:12", false, &t));
    assert_false(time_parse("10:53:1", true, &t));
    assert_false(time_parse("10:53:60", true, &t));
}

static void test_parse_rejects_bad(void **state)
{
    const char *bad[] = {"", "24:00", "10:60", "10:5", "1030", "10:30x", "x10:30",
                         "-1:00", "10-30", "100:00", " 10:30", "10:30 "};
    int64_t t;

    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (time_parse(bad[i], true, &t))
            fail_msg("accepted \"%s\"", bad[i]);
    }
    assert_false(time_parse(NULL, true, &t));
}

static void test_format_wraps_past_midnight(void **state)
{
    char hm[6], hms[9];

    (void)state;
    time_format_hm(10 * 3600 + 53 * 60 + 12, hm);
    time_format_hms(10 * 3600 + 53 * 60 + 12, hms);
    assert_string_equal(hm, "10:53");
    assert_string_equal(hms, "10:53:12");
    time_format_hm(DAY_SECONDS + 5 * 60, hm);
    assert_string_equal(hm, "00:05");
}

static void test_format_duration(void **state)
{
    char b[16];

    (void)state;
    time_format_duration(0, b, sizeof b);
    assert_string_equal(b, "0:00");
    time_format_duration(125, b, sizeof b);
    assert_string_equal(b, "2:05");
    time_format_duration(-125, b, sizeof b);
    assert_string_equal(b, "2:05");
    time_format_duration(35 * 60, b, sizeof b);
    assert_string_equal(b, "35:00");
    time_format_duration(3723, b, sizeof b);
    assert_string_equal(b, "1:02:03");
}

static void test_format_delay(void **state)
{
    char b[32];

    (void)state;
    time_format_delay(59, b, sizeof b);
    assert_string_equal(b, "on time");
    time_format_delay(4 * 60 + 30, b, sizeof b);
    assert_string_equal(b, "4 min late");
    time_format_delay(-2 * 60 - 5, b, sizeof b);
    assert_string_equal(b, "2 min early");
    time_format_delay_short(4 * 60, b, sizeof b);
    assert_string_equal(b, "+4");
    time_format_delay_short(-3 * 60, b, sizeof b);
    assert_string_equal(b, "-3");
    time_format_delay_short(30, b, sizeof b);
    assert_string_equal(b, "");
    /* a day made 1440 minutes longer still fits the agenda's column */
    time_format_delay_short(1440 * 60, b, sizeof b);
    assert_string_equal(b, "+24h");
    time_format_delay_short(-999 * 60, b, sizeof b);
    assert_string_equal(b, "-999");
}

static void test_utf8(void **state)
{
    (void)state;
    assert_true(utf8_valid("Hur jobbar vi framåt? Ärende öppet"));
    assert_false(utf8_valid("fram\xe5t")); /* Latin-1 å */
    assert_false(utf8_valid("\xc0\xa0"));  /* overlong */
    assert_false(utf8_valid("\xed\xa0\x80")); /* surrogate */
    assert_int_equal(utf8_width("Vård i rörelse"), 14);
    {
        char b[64];

        /* a title cut for a message ends "…", never half an å */
        assert_string_equal(utf8_short(b, sizeof b, "Frågor från publiken", 10), "Frågor fr…");
        assert_string_equal(utf8_short(b, sizeof b, "Frå", 2), "F…");
        assert_string_equal(utf8_short(b, sizeof b, "Paus", 4), "Paus");
    }
    /* cut by columns, never inside å */
    assert_int_equal(utf8_fit("Vård", 1), 1);
    assert_int_equal(utf8_fit("Vård", 2), 3);
    assert_int_equal(utf8_fit("Vård", 3), 4);
    assert_int_equal(utf8_fit("Vård", 10), 5);
}

static void test_utf8_editing(void **state)
{
    char buf[8] = "";

    (void)state;
    assert_true(utf8_append(buf, sizeof buf, 'V'));
    assert_true(utf8_append(buf, sizeof buf, 0xe5)); /* å */
    assert_true(utf8_append(buf, sizeof buf, 0x20ac)); /* € */
    assert_string_equal(buf, "Vå€");
    assert_false(utf8_append(buf, sizeof buf, 0x1f600)); /* 4 more bytes: no room */
    assert_string_equal(buf, "Vå€");
    utf8_drop_last(buf);
    assert_string_equal(buf, "Vå"); /* the whole €, not a byte of it */
    utf8_drop_last(buf);
    utf8_drop_last(buf);
    utf8_drop_last(buf); /* on empty: stays empty */
    assert_string_equal(buf, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_both_separators),
        cmocka_unit_test(test_parse_seconds_only_when_allowed),
        cmocka_unit_test(test_parse_rejects_bad),
        cmocka_unit_test(test_format_wraps_past_midnight),
        cmocka_unit_test(test_format_duration),
        cmocka_unit_test(test_format_delay),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_utf8_editing),
    };

    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests_name("timefmt", tests, NULL, NULL);
}
