/* Text podium did not write itself, made safe to print: terminal
 * controls (C0, DEL, C1), bidi overrides and bytes that are no UTF-8 are
 * shown as visible escapes; Swedish text passes unchanged. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "safe.h"
#include "url.h"

static void test_controls_shown(void **state)
{
    char out[128];

    (void)state;
    /* OSC 0 sets the window's title; CSI 2 J clears the screen */
    assert_string_equal(safe_text("A\x1b]0;pwned\x07" "B\x1b[2J", out, sizeof out),
                        "A^[]0;pwned^GB^[[2J");
    assert_string_equal(safe_text("tab\there\x7f", out, sizeof out), "tab^Ihere^?");
    /* C1 CSI and NEL, and a right-to-left override */
    assert_string_equal(safe_text("x\xc2\x9b" "2J\xc2\x85" "y\xe2\x80\xae" "z", out, sizeof out),
                        "x\\u009B2J\\u0085y\\u202Ez");
    assert_string_equal(safe_text("bad \xff byte", out, sizeof out), "bad \\xff byte");
    assert_string_equal(safe_text("Vård i rörelse · Åsa Öberg", out, sizeof out),
                        "Vård i rörelse · Åsa Öberg");
}

static void test_cut_whole(void **state)
{
    char out[6];

    (void)state;
    /* "ab" then "^[" would need 5 bytes: stops before it, never half */
    assert_string_equal(safe_text("ab\x1b" "cd", out, 4), "ab");
    assert_string_equal(safe_text("aåå", out, 5), "aå");
    assert_string_equal(safe_text("aå", out, sizeof out), "aå");
}

static void test_has_control(void **state)
{
    (void)state;
    assert_true(safe_has_control("a\x1b" "b"));
    assert_true(safe_has_control("a\xc2\x9b"));
    assert_true(safe_has_control("a\xe2\x80\xae"));
    assert_true(safe_has_control("a\xe2\x81\xa6")); /* U+2066 LRI */
    assert_false(safe_has_control("Hur jobbar vi framåt? – Summering"));
}

/* A password in a stream's address is never shown: *** in its place. */
static void test_url_shown(void **state)
{
    char out[256];

    (void)state;
    assert_string_equal(url_shown("https://user:secret@cdn.example/live/x.m3u8", out, sizeof out),
                        "https://user:***@cdn.example/live/x.m3u8");
    /* an @ in the path is no user information; a user without password stays */
    assert_string_equal(url_shown("https://host/a@b:c", out, sizeof out), "https://host/a@b:c");
    assert_string_equal(url_shown("https://user@host/x", out, sizeof out), "https://user@host/x");
    assert_string_equal(url_shown("https://u:p:q@h:8080/", out, sizeof out),
                        "https://u:***@h:8080/");
    assert_string_equal(url_shown("not a url", out, sizeof out), "not a url");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_controls_shown),
        cmocka_unit_test(test_cut_whole),
        cmocka_unit_test(test_has_control),
        cmocka_unit_test(test_url_shown),
    };

    return cmocka_run_group_tests_name("safe", tests, NULL, NULL);
}
