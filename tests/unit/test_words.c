/* The stream's English reasons said in Swedish where shown, phrase by
 * phrase (stream_words.c), against the catalogue the build made; English
 * passes through untouched. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "i18n.h"
#include "stream_words.h"

static int swedish(void **state)
{
    (void)state;
    bindtextdomain("podium", PODIUM_SRCDIR "/build/locale");
    bind_textdomain_codeset("podium", "UTF-8");
    i18n_language("sv");
    return 0;
}

static void test_reason_in_swedish(void **state)
{
    char out[256];

    (void)state;
    assert_true(i18n_swedish());
    assert_string_equal(stream_words("playlist not advancing for 16 s (the origin stopped)", out,
                                     sizeof out),
                        "spellistan har inte rört sig på 16 s (källan stannade)");
    /* " to " only between two numbers: a name or an address keeps its own */
    assert_string_equal(stream_words("media sequence went back from 95 to 55 (stale origin or "
                                     "failover)", out, sizeof out),
                        "mediasekvensen gick tillbaka från 95 till 55 (gammal källa eller "
                        "reservväxling)");
    assert_string_equal(stream_words("HTTP 404 from http://x/go to 2", out, sizeof out),
                        "HTTP 404 från http://x/go to 2");
    /* inside libcurl's words a phrase of ours stays English: half-translated
     * reads worse ("Operation tidsgräns efter", found by a walk-through) */
    assert_string_equal(stream_words("one failed poll: Operation timed out after 1001 "
                                     "milliseconds", out, sizeof out),
                        "en misslyckad kontroll: Operation timed out after 1001 milliseconds");
    assert_string_equal(stream_words("timed out after 1 s (no answer from the network layer)", out,
                                     sizeof out),
                        "tidsgräns efter 1 s (inget svar från nätverkslagret)");
    assert_string_equal(stream_words("HTTP 404 from http://x/a.m3u8", out, sizeof out),
                        "HTTP 404 från http://x/a.m3u8");
    /* what it does not know (libcurl's words) stays as it is */
    assert_string_equal(stream_words("one failed poll: Could not resolve host: x", out,
                                     sizeof out),
                        "en misslyckad kontroll: Could not resolve host: x");
    /* cut to the room it has, never past it */
    stream_words("playlist not advancing for 16 s", out, 12);
    assert_int_equal(strlen(out), 11);
}

static void test_english_untouched(void **state)
{
    char out[64];

    (void)state;
    i18n_language("en");
    assert_string_equal(stream_words("playlist not advancing for 16 s", out, sizeof out),
                        "playlist not advancing for 16 s");
    i18n_language("sv");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reason_in_swedish),
        cmocka_unit_test(test_english_untouched),
    };

    return cmocka_run_group_tests_name("words", tests, swedish, NULL);
}
