/* Reading HLS playlists (RFC 8216) and resolving the URLs in them:
 * media and master playlists, what is no playlist, the newest segment's
 * date-time, and relative references as RFC 3986 resolves them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "hls.h"
#include "iso8601.h"
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
    assert_true(iso8601_parse("2026-11-25T12:45:00Z", &base));
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
    assert_int_equal(pl.n_renditions, 2); /* every variant, in order */
    assert_string_equal(pl.renditions[0].uri, "720p/index.m3u8");
    assert_int_equal(pl.renditions[0].height, 720);
    assert_int_equal(pl.renditions[0].bandwidth, 2000000);
    assert_string_equal(pl.renditions[1].uri, "360p/index.m3u8");
    assert_int_equal(pl.renditions[1].height, 0);
    hls_free(&pl);
}

/* A master as Qbrick's live streams have it: alternate audio with a
 * playlist of its own, quoted attributes with commas in them, an I-frame
 * playlist and subtitles that are not watched, and more renditions than
 * are kept. */
static void test_master_with_audio_and_many(void **state)
{
    struct hls_playlist pl;
    char err[128], text[4096];
    size_t n;

    (void)state;
    n = (size_t)snprintf(text, sizeof text, "%s",
        "#EXTM3U\n#EXT-X-INDEPENDENT-SEGMENTS\n"
        "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aud\",NAME=\"Svenska, tolkat\",DEFAULT=YES,"
        "URI=\"audio/sv.m3u8\"\n"
        "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"sub\",NAME=\"sv\",URI=\"sub/sv.m3u8\"\n"
        "#EXT-X-MEDIA:TYPE=CLOSED-CAPTIONS,GROUP-ID=\"cc\",NAME=\"cc\",INSTREAM-ID=\"CC1\"\n"
        "#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=100000,URI=\"iframe.m3u8\"\n"
        "#EXT-X-STREAM-INF:CODECS=\"avc1.4d401e,mp4a.40.2\",RESOLUTION=1920x1080,"
        "BANDWIDTH=5000000,AUDIO=\"aud\"\nv1080.m3u8\n");
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "#EXT-X-STREAM-INF:BANDWIDTH=%d\nextra%d.m3u8\n", 1000 + i, i);
    assert_true(hls_parse(text, n, &pl, err, sizeof err));
    assert_true(pl.master);
    assert_int_equal(pl.n_renditions, HLS_MAX_RENDITIONS);
    assert_int_equal(pl.n_unlisted, 22 - HLS_MAX_RENDITIONS);
    assert_true(pl.renditions[0].audio);
    assert_string_equal(pl.renditions[0].name, "Svenska, tolkat");
    assert_string_equal(pl.renditions[0].uri, "audio/sv.m3u8");
    assert_false(pl.renditions[1].audio);
    assert_string_equal(pl.renditions[1].uri, "v1080.m3u8");
    assert_int_equal(pl.renditions[1].height, 1080);
    assert_int_equal(pl.renditions[1].bandwidth, 5000000);
    hls_free(&pl);
}

/* The bytes come as the network gives them: any cut gives the same
 * playlist as the whole text. */
static void test_fed_in_pieces(void **state)
{
    const char *text = "\xef\xbb\xbf#EXTM3U\r\n#EXT-X-TARGETDURATION:2\r\n"
                       "#EXT-X-MEDIA-SEQUENCE:41\r\n#EXT-X-PROGRAM-DATE-TIME:2026-12-02T09:00:00Z\r\n"
                       "#EXTINF:2.0,\r\na.ts\r\n#EXTINF:1.5,\r\nb.ts?token=xyz";
    size_t len = strlen(text);

    (void)state;
    for (size_t chunk = 1; chunk <= len; chunk++) {
        struct hls_reader r;
        struct hls_playlist pl;
        char err[128];

        hls_reader_init(&r);
        for (size_t at = 0; at < len; at += chunk)
            assert_true(hls_reader_feed(&r, text + at, at + chunk > len ? len - at : chunk));
        assert_true(hls_reader_finish(&r, &pl, err, sizeof err));
        assert_int_equal(hls_position(&pl), 43);
        assert_string_equal(pl.newest, "b.ts?token=xyz");
        assert_true(pl.newest_duration == 1.5);
        hls_free(&pl);
    }
}

/* A day-long EVENT playlist (24 h of 2 s segments, 200-character token
 * URIs: over 10 MB) is read whole, and what is kept does not grow. */
static void test_day_long_event_playlist(void **state)
{
    struct hls_reader r;
    struct hls_playlist pl;
    char line[512], token[161], err[128];
    size_t total = 0;

    (void)state;
    memset(token, 'a', 160);
    token[160] = '\0';
    hls_reader_init(&r);
    assert_true(hls_reader_feed(&r, "#EXTM3U\n#EXT-X-PLAYLIST-TYPE:EVENT\n"
                                    "#EXT-X-TARGETDURATION:2\n", 59));
    for (int i = 0; i < 43200; i++) {
        int n = snprintf(line, sizeof line,
                         "#EXT-X-PROGRAM-DATE-TIME:2026-12-02T09:00:00Z\n#EXTINF:2.000,\n"
                         "seg/%d.ts?token=%s&expires=1796000000\n", i, token);

        assert_true(hls_reader_feed(&r, line, (size_t)n));
        total += (size_t)n;
    }
    assert_true(total > 10 * 1000 * 1000);
    assert_true(r.line_cap < 1024); /* one line's room, never the text */
    assert_true(hls_reader_finish(&r, &pl, err, sizeof err));
    assert_int_equal(pl.n_segments, 43200);
    assert_int_equal(hls_position(&pl), 43200);
    assert_string_equal(pl.newest + strlen(pl.newest) - 19, "&expires=1796000000");
    hls_free(&pl);
}

static void expect_unreadable(const char *text, const char *want)
{
    struct hls_playlist pl;
    char err[HLS_TEXT_MAX];

    if (hls_parse(text, strlen(text), &pl, err, sizeof err))
        fail_msg("read as a playlist: %s", text);
    if (strcmp(err, want) != 0)
        fail_msg("%s: \"%s\", not \"%s\"", text, err, want);
}

/* Numbers no playlist can mean are out of range, said in words, before
 * any arithmetic is done with them (the sanitizers would abort). */
static void test_hostile_numbers(void **state)
{
    (void)state;
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:1e16\n#EXTINF:2,\na.ts\n",
                      "EXT-X-TARGETDURATION 1e16 is out of range (at most 3600 s)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:9223372036854775807\n#EXTINF:2,\na.ts\n",
                      "EXT-X-TARGETDURATION 9223372036854775807 is out of range (at most 3600 s)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:inf\n#EXTINF:2,\na.ts\n",
                      "EXT-X-TARGETDURATION inf is out of range (at most 3600 s)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:two\n#EXTINF:2,\na.ts\n",
                      "EXT-X-TARGETDURATION (no number) is no number");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:9223372036854775807\n"
                      "#EXTINF:2,\na.ts\n",
                      "EXT-X-MEDIA-SEQUENCE 9223372036854775807 is out of range (0 to 10^15)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:-5\n"
                      "#EXTINF:2,\na.ts\n",
                      "EXT-X-MEDIA-SEQUENCE -5 is out of range (0 to 10^15)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:1e400,\na.ts\n",
                      "EXTINF 1e400 is out of range (0 to 86400 s)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n"
                      "#EXT-X-PROGRAM-DATE-TIME:2026-12-02T09:00:00Z\n#EXTINF:9000000000000000,\n"
                      "a.ts\n#EXTINF:2,\nb.ts\n",
                      "EXTINF 9000000000000000 is out of range (0 to 86400 s)");
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:-3,\na.ts\n",
                      "EXTINF -3 is out of range (0 to 86400 s)");
}

/* What players tolerate is read, with a warning naming the rule. */
static void test_lenient_where_players_are(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_true(parse("# generated by encoder 4.2\n#EXTM3U\n#EXT-X-TARGETDURATION:2\n"
                      "#EXTINF:2,\na.ts\n", &pl, err));
    assert_string_equal(pl.warning, "a comment before #EXTM3U (RFC 8216 4.3.1.1 wants it first)");
    hls_free(&pl);
    assert_true(parse("#EXTM3U\n#EXTINF:5.2,\na.ts\n#EXTINF:6.4,\nb.ts\n", &pl, err));
    assert_int_equal(pl.target_duration, 7); /* the longest, rounded up */
    assert_string_equal(pl.warning, "no EXT-X-TARGETDURATION (RFC 8216 4.3.3.1): the longest "
                                    "segment, 7 s, taken instead");
    hls_free(&pl);
    assert_true(parse("#EXTM3U\n#EXT-X-TARGETDURATION:-1\n#EXTINF:4,\na.ts\n", &pl, err));
    assert_int_equal(pl.target_duration, 4);
    assert_string_equal(pl.warning, "EXT-X-TARGETDURATION -1 is no duration (RFC 8216 4.3.3.1): "
                                    "the longest segment taken instead");
    hls_free(&pl);
    /* but a page is still no playlist, and a line longer than any URI */
    assert_false(parse("<!-- #EXTM3U -->\n", &pl, err));
    assert_string_equal(err, "not a playlist (no #EXTM3U at the start)");
}

/* Review findings: twenty languages before the variants must not crowd
 * the variants out; players' leniency with a sign and blank space; what
 * comes from the playlist to the screen carries no controls. */
static void test_many_languages_first(void **state)
{
    struct hls_playlist pl;
    char err[128], text[8192];
    size_t n = (size_t)snprintf(text, sizeof text, "#EXTM3U\n");

    (void)state;
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"lang%d\","
                              "URI=\"a%d.m3u8\"\n", i, i);
    n += (size_t)snprintf(text + n, sizeof text - n,
                          "#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080,AUDIO=\"a\"\n"
                          "v1.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=800000,AUDIO=\"a\"\nv2.m3u8\n");
    assert_true(hls_parse(text, n, &pl, err, sizeof err));
    assert_int_equal(pl.n_variants, 2);
    assert_int_equal(pl.n_audio, 20);
    assert_int_equal(pl.n_renditions, HLS_MAX_AUDIO + 2);
    assert_string_equal(pl.renditions[HLS_MAX_AUDIO].uri, "v1.m3u8");
    assert_string_equal(pl.renditions[HLS_MAX_AUDIO + 1].uri, "v2.m3u8");
    hls_free(&pl);
}

static void test_what_reaches_the_screen(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_true(parse("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE: +5\n"
                      "#EXTINF:2,\na.ts\n", &pl, err));
    assert_int_equal(pl.media_sequence, 5);
    hls_free(&pl);
    expect_unreadable("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\na.ts?\x1b[2J\n",
                      "a URI with control characters in it");
    /* a C1 control (U+009B, CSI) taken out of a NAME; a character cut at
     * the name's bound is dropped whole */
    assert_true(parse("#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"sv\xc2\x9b""2J\","
                      "URI=\"a.m3u8\"\n#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n", &pl, err));
    assert_string_equal(pl.renditions[0].name, "sv2J");
    hls_free(&pl);
    assert_true(parse("#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\""
                      "ååååååååååååååååååååååååå\",URI=\"a.m3u8\"\n"
                      "#EXT-X-STREAM-INF:BANDWIDTH=1\nv.m3u8\n", &pl, err));
    assert_int_equal(strlen(pl.renditions[0].name), 46); /* 23 whole å, not 47 bytes */
    hls_free(&pl);
}

static void test_bounds(void **state)
{
    struct hls_reader r;
    struct hls_playlist pl;
    char *big = malloc(HLS_MAX_LINE + 2), err[128];

    (void)state;
    memset(big, '#', HLS_MAX_LINE + 1);
    big[HLS_MAX_LINE + 1] = '\0';
    hls_reader_init(&r);
    assert_true(hls_reader_feed(&r, "#EXTM3U\n", 8));
    assert_false(hls_reader_feed(&r, big, HLS_MAX_LINE + 1));
    assert_false(hls_reader_finish(&r, &pl, err, sizeof err));
    assert_string_equal(err, "a line over 64 KiB");
    free(big);
}

static void test_not_a_playlist(void **state)
{
    struct hls_playlist pl;
    char err[128];

    (void)state;
    assert_false(parse("<!DOCTYPE html><html><body>Sidan finns inte</body></html>", &pl, err));
    assert_string_equal(err, "not a playlist (no #EXTM3U at the start)");
    assert_false(hls_parse("\x01\x02garbage", 9, &pl, err, sizeof err));
    assert_false(parse("#EXTM3U\n#EXTINF:0,\na.ts\n", &pl, err));
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
    assert_true(iso8601_parse("1970-01-01T00:00:01.250Z", &a));
    assert_int_equal(a, 1250);
    assert_true(iso8601_parse("2026-11-25T13:45:00+01:00", &a));
    assert_true(iso8601_parse("2026-11-25T12:45:00Z", &b));
    assert_int_equal(a, b);
    assert_true(iso8601_parse("2024-02-29T00:00:00-0130", &a));
    assert_true(iso8601_parse("2024-02-29T01:30:00Z", &b)); /* a leap day, west of UTC */
    assert_int_equal(a, b);
    assert_true(iso8601_parse("2024-03-01T00:00:00Z", &b));
    assert_int_equal(b - a, (24 * 3600 - 5400) * 1000LL);
    assert_false(iso8601_parse("2026-11-25 12:45:00Z", &a));
    assert_false(iso8601_parse("2026-11-25T12:45:00", &a)); /* no zone */
    assert_false(iso8601_parse("2026-13-25T12:45:00Z", &a));
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
        cmocka_unit_test(test_master_with_audio_and_many),
        cmocka_unit_test(test_fed_in_pieces),
        cmocka_unit_test(test_day_long_event_playlist),
        cmocka_unit_test(test_hostile_numbers),
        cmocka_unit_test(test_lenient_where_players_are),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_many_languages_first),
        cmocka_unit_test(test_what_reaches_the_screen),
    };

    return cmocka_run_group_tests_name("hls", tests, NULL, NULL);
}
