/* Reading HLS playlists (RFC 8216) and resolving the URLs in them:
 * media and master playlists, what is no playlist, the newest segment's
 * date-time, and relative references as RFC 3986 resolves them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "hls.h"
#include "url.h"

static bool parse(const char *text, struct hls_playlist *pl, char *err)
{
    return hls_parse(text, strlen(text), pl, err, 128);
}

static void test_media_playlist(void **state)
{
    const char *text = "#EXTM3U\r\n#EXT-X-VERSION:3\r\n#EXT-X-TARGETDURATION:6\r\n"
                       "#EXT-X-MEDIA-SEQUENCE:2680\r\n\r\n"
                       "#EXT-X-PROGRAM-DATE-TIME:2026-11-25T12:45:00.000Z\r\n"
                       "#EXTINF:6.000,\r\nseg2680.ts\r\n#EXTINF:7.5,\r\nseg2681.ts\r\n"
                       "#EXTINF:4.0,\r\nseg2682.ts\r\n";
    struct hls_playlist pl;
    char err[128];
    int64_t base;

    (void)state;
    assert_true(parse(text, &pl, err));
    assert_false(pl.master);
    assert_int_equal(pl.target_duration, 6);
    assert_int_equal(pl.media_sequence, 2680);
    assert_int_equal(pl.n_segments, 3);
    assert_int_equal(hls_position(&pl), 2683);
    assert_string_equal(pl.newest, "seg2682.ts");
    assert_true(pl.newest_duration == 4.0);
    assert_true(pl.longest == 7.5); /* longer than the target: a warning */
    assert_false(pl.endlist);
    /* the date-time runs on from the tagged segment: 12:45:00 + 6 + 7.5 */
    assert_true(hls_parse_datetime("2026-11-25T12:45:00Z", &base));
    assert_int_equal(pl.newest_pdt_ms, base + 13500);
    hls_free(&pl);
}

static void test_ended_and_untimed(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_true(parse("#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4,\na.ts\n#EXT-X-ENDLIST\n",
                      &pl, err));
    assert_true(pl.endlist);
    assert_int_equal(pl.media_sequence, 0);
    assert_int_equal(pl.newest_pdt_ms, -1);
    hls_free(&pl);
}

static void test_master_playlist(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_true(parse("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2000000,RESOLUTION=1280x720\n"
                      "720p/index.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=800000\n360p/index.m3u8\n",
                      &pl, err));
    assert_true(pl.master);
    assert_string_equal(pl.variant, "720p/index.m3u8"); /* the first */
    hls_free(&pl);
}

static void test_not_a_playlist(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_false(parse("<!DOCTYPE html><html><body>Sidan finns inte</body></html>", &pl, err));
    assert_string_equal(err, "not a playlist (no #EXTM3U at the start)");
    assert_false(hls_parse("\x01\x02garbage", 9, &pl, err, sizeof err));
    assert_false(parse("#EXTM3U\n#EXTINF:6,\na.ts\n", &pl, err));
    assert_string_equal(err, "playlist without EXT-X-TARGETDURATION");
    assert_false(parse("#EXTM3U\n#EXT-X-TARGETDURATION:6\n", &pl, err));
    assert_string_equal(err, "playlist without segments");
    assert_false(parse("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n", &pl, err));
    assert_string_equal(err, "master playlist without a variant");
    /* the length given is the end: no reading past it */
    assert_false(hls_parse("#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6,\na.ts\n", 8, &pl, err,
                           sizeof err));
}

static void test_datetime(void **state)
{
    int64_t a, b;

    (void)state;
    assert_true(hls_parse_datetime("1970-01-01T00:00:01.250Z", &a));
    assert_int_equal(a, 1250);
    assert_true(hls_parse_datetime("2026-11-25T13:45:00+01:00", &a));
    assert_true(hls_parse_datetime("2026-11-25T12:45:00Z", &b));
    assert_int_equal(a, b);
    assert_true(hls_parse_datetime("2024-02-29T00:00:00-0130", &a));
    assert_true(hls_parse_datetime("2024-02-29T01:30:00Z", &b)); /* a leap day, west of UTC */
    assert_int_equal(a, b);
    assert_true(hls_parse_datetime("2024-03-01T00:00:00Z", &b));
    assert_int_equal(b - a, (24 * 3600 - 5400) * 1000LL);
    assert_false(hls_parse_datetime("2026-11-25 12:45:00Z", &a));
    assert_false(hls_parse_datetime("2026-11-25T12:45:00", &a)); /* no zone */
    assert_false(hls_parse_datetime("2026-13-25T12:45:00Z", &a));
}

static void expect_resolved(const char *base, const char *ref, const char *want)
{
    char *got = url_resolve(base, ref);

    if (strcmp(got, want) != 0)
        fail_msg("%s + %s: got %s, want %s", base, ref, got, want);
    free(got);
}

static void test_resolve(void **state)
{
    const char *base = "https://cdn.example/live/ch1/master.m3u8?token=abc";

    (void)state;
    expect_resolved(base, "720p/index.m3u8", "https://cdn.example/live/ch1/720p/index.m3u8");
    expect_resolved(base, "../ch2/index.m3u8", "https://cdn.example/live/ch2/index.m3u8");
    expect_resolved(base, "./a/./b/../c.ts", "https://cdn.example/live/ch1/a/c.ts");
    expect_resolved(base, "/root.m3u8", "https://cdn.example/root.m3u8");
    expect_resolved(base, "//other.example/x.ts", "https://other.example/x.ts");
    expect_resolved(base, "http://abs.example/y.ts", "http://abs.example/y.ts");
    expect_resolved(base, "?token=new", "https://cdn.example/live/ch1/master.m3u8?token=new");
    expect_resolved(base, "seg.ts?x=../1", "https://cdn.example/live/ch1/seg.ts?x=../1");
    expect_resolved(base, "../../../../up.ts", "https://cdn.example/up.ts");
    expect_resolved("http://h.example", "a.ts", "http://h.example/a.ts");
    expect_resolved("http://h.example/a/b", "..", "http://h.example/");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_media_playlist),  cmocka_unit_test(test_ended_and_untimed),
        cmocka_unit_test(test_master_playlist), cmocka_unit_test(test_not_a_playlist),
        cmocka_unit_test(test_datetime),        cmocka_unit_test(test_resolve),
    };

    return cmocka_run_group_tests_name("hls", tests, NULL, NULL);
}
