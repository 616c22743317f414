/* The configuration loader: the default programme, and every mistake
 * reported with its file and line. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "config.h"
#include "stream_config.h"
#include "timefmt.h"

static char path[64];
static struct diag d;

static const char *head = "event = { title = \"Vård i rörelse\"; };\n"; /* line 1 */

/* Writes text to a fresh file and loads it. */
static struct programme *load(const char *text)
{
    int fd;
    FILE *f;

    diag_free(&d);
    if (path[0] != '\0')
        unlink(path); /* the file of the load before */
    snprintf(path, sizeof path, "/tmp/podium-test-XXXXXX");
    fd = mkstemp(path);
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return config_load(path, &d);
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    diag_free(&d);
    return 0;
}

/* Exactly one error, at line, mentioning what. */
static void expect_error(const char *text, int line, const char *what)
{
    struct programme *p = load(text);
    char prefix[96];

    assert_null(p);
    if (d.n != 1) {
        for (size_t i = 0; i < d.n; i++)
            print_message("%s\n", d.lines[i]);
        fail_msg("expected one error, got %zu", d.n);
    }
    snprintf(prefix, sizeof prefix, "%s:%d: ", path, line);
    if (strncmp(d.lines[0], prefix, strlen(prefix)) != 0 || strstr(d.lines[0], what) == NULL)
        fail_msg("got \"%s\", expected \"%s...%s\"", d.lines[0], prefix, what);
    unlink(path);
}

static void test_default_programme(void **state)
{
    struct programme *p;

    (void)state;
    p = config_load(PODIUM_SRCDIR "/conf/podium.cfg", &d);
    diag_print(&d, stderr);
    assert_non_null(p);
    assert_int_equal(p->n_items, 10);
    assert_string_equal(p->event.title, "Vård i rörelse");
    assert_string_equal(p->items[0].title, "Kaffe och registrering");
    assert_int_equal(p->items[0].kind, KIND_BREAK);
    assert_int_equal(p->items[0].start, 9 * 3600 + 30 * 60);
    assert_int_equal(p->items[0].end, 10 * 3600);       /* the next start */
    assert_true(p->items[2].poll);                      /* Mentometerfråga */
    assert_int_equal(p->items[5].min_minutes, 30);      /* lunch */
    assert_int_equal(p->items[6].kind, KIND_FILM);
    assert_int_equal(p->items[6].end - p->items[6].start, 5 * 60);
    assert_string_equal(p->items[7].title, "Hur jobbar vi framåt?");
    assert_int_equal(p->items[9].kind, KIND_PRESS);
    assert_int_equal(p->items[9].end, 14 * 3600 + 15 * 60);
    assert_int_equal(p->warn_minutes, 2);
    assert_false(p->bell);
    /* the panels have 2-7 people; the minister opens */
    assert_int_equal(p->items[1].n_speakers, 1);
    assert_string_equal(p->items[1].speakers[0].name, "Lena Hallengren");
    assert_string_equal(p->items[1].speakers[0].role, "Socialminister");
    for (size_t i = 0; i < p->n_items; i++) {
        if (p->items[i].kind == KIND_PANEL)
            assert_in_range(p->items[i].n_speakers, 2, 7);
    }
    programme_free(p);
}

static void test_speakers_and_allotments(void **state)
{
    struct programme *p;
    char text[512];

    (void)state;
    snprintf(text, sizeof text, "%sagenda = (\n"
             " { start = \"10:00\"; end = \"10:40\"; title = \"Panel\"; kind = \"panel\";\n"
             "   speakers = ( { name = \"Åsa\"; role = \"RSO\"; minutes = 10; },\n"
             "                { name = \"Örjan\"; }, { name = \"Ärla\"; } ); }\n);\n", head);
    p = load(text);
    diag_print(&d, stderr);
    assert_non_null(p);
    assert_int_equal(p->items[0].n_speakers, 3);
    assert_string_equal(p->items[0].speakers[1].name, "Örjan");
    assert_null(p->items[0].speakers[1].role);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_SPEAKERS, 0), 10 * 60);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_SPEAKERS, 1), 15 * 60); /* (40 - 10) / 2 */
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_SPEAKERS, 2), 15 * 60);
    programme_free(p);
}

static void test_film(void **state)
{
    char text[512];
    struct programme *p;

    (void)state;
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"12:30\"; end = \"12:35\";"
             " title = \"Film\"; kind = \"film\";\n"
             "   film = { title = \"Gott exempel\"; duration = \"4:50\"; }; }\n);\n", head);
    p = load(text);
    assert_non_null(p);
    assert_int_equal(p->items[0].film->duration, 4 * 60 + 50);
    assert_string_equal(p->items[0].film->title, "Gott exempel");
    programme_free(p);
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"12:30\"; end = \"12:36\";"
             " title = \"Film\"; kind = \"film\";\n"
             "   film = {\n duration = \"5:01\"; }; }\n);\n", head);
    expect_error(text, 5, "the film of agenda item 1 runs 5:01: a film runs more than 0:00 "
                          "and at most 5:00");
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"12:30\"; end = \"12:35\";"
             " title = \"Film\"; kind = \"film\";\n"
             "   film = {\n duration = \"4.50\"; }; }\n);\n", head);
    expect_error(text, 5, "bad duration \"4.50\" for the film of agenda item 1");
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"12:30\"; end = \"12:35\";"
             " title = \"Film\"; kind = \"film\";\n"
             "   film = { title = \"x\"; }; }\n);\n", head);
    expect_error(text, 4, "the film of agenda item 1 has no duration");
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"12:30\"; end = \"12:35\";"
             " title = \"Talk\";\n"
             "   film = { duration = \"4:50\"; }; }\n);\n", head);
    expect_error(text, 4, "film in agenda item 1 applies to film items only");
}

/* A press slot from 13:45 to 14:15 with these bookings. */
static void press_text(char *text, size_t size, const char *kind, const char *bookings)
{
    snprintf(text, size, "%sagenda = (\n { start = \"13:45\"; end = \"14:15\";"
             " title = \"Press\"; kind = \"%s\";\n   press = (\n%s ); }\n);\n", head, kind,
             bookings);
}

static void test_press_bookings(void **state)
{
    char text[512];
    struct programme *p;

    (void)state;
    press_text(text, sizeof text, "press",
               "{ outlet = \"Sydsvenskan\"; with = \"Lena Hallengren\"; minutes = 5; },\n"
               "{ outlet = \"P4 Malmöhus\"; }\n");
    p = load(text);
    assert_non_null(p);
    assert_int_equal(p->items[0].n_bookings, 2);
    assert_string_equal(p->items[0].bookings[0].name, "Sydsvenskan");
    assert_string_equal(p->items[0].bookings[0].role, "Lena Hallengren");
    assert_null(p->items[0].bookings[1].role);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_PRESS, 0), 5 * 60);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_PRESS, 1), 25 * 60); /* the rest */
    assert_int_equal(p->items[0].n_speakers, 0);
    programme_free(p);
    press_text(text, sizeof text, "talk", "{ outlet = \"SVT\"; }\n");
    expect_error(text, 4, "press in agenda item 1 applies to press items only (kind = \"press\")");
    press_text(text, sizeof text, "press", "{ outlet = \"SVT\"; },\n{ with = \"Lena\"; }\n");
    expect_error(text, 6, "press booking 2 of agenda item 1 has no outlet");
    press_text(text, sizeof text, "press", "{ outlet = \"SVT\";\n name = \"Lena\"; }\n");
    expect_error(text, 6, "unknown setting 'name' in press booking 1 of agenda item 1 "
                          "(known: outlet, with, minutes)");
    press_text(text, sizeof text, "press", "{ outlet = \"SVT\";\n minutes = 0; }\n");
    expect_error(text, 6, "minutes in press booking 1 of agenda item 1 must be 1 to 1440, not 0");
    press_text(text, sizeof text, "press", "\"SVT\"\n");
    expect_error(text, 6, "press booking 1 of agenda item 1 must be a group { outlet = \"...\"; }");
}

/* A one-item day with this stream group. */
static void stream_text(char *text, size_t size, const char *stream)
{
    snprintf(text, size, "%sstream = {\n%s};\nagenda = (\n { start = \"10:00\";"
             " end = \"11:00\"; title = \"T\"; }\n);\n", head, stream);
}

static void test_stream(void **state)
{
    char text[512];
    struct programme *p;

    (void)state;
    stream_text(text, sizeof text, " url = \"https://video.example/live.m3u8\";\n");
    p = load(text);
    assert_non_null(p->stream);
    assert_string_equal(p->stream->url, "https://video.example/live.m3u8");
    assert_int_equal(p->stream->format, FORMAT_AUTO);
    assert_int_equal(p->stream->interval, 5);
    assert_int_equal(p->stream->timeout, 4);
    assert_true(p->stream->stall_factor == 3.0);
    assert_int_equal(p->stream->slow_ms, 2000);
    assert_null(p->stream->ca_file);
    assert_string_equal(p->stream->reference_url, "https://www.regeringen.se/"); /* default */
    programme_free(p);
    stream_text(text, sizeof text, " url = \"http://127.0.0.1:8080/\"; format = \"hls\";\n"
                " interval = 10; timeout = 9; stall_factor = 4; slow_ms = 500;\n");
    p = load(text);
    assert_int_equal(p->stream->format, FORMAT_HLS);
    assert_true(p->stream->stall_factor == 4.0); /* a whole number is a number too */
    programme_free(p);
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"10:00\"; end = \"11:00\";"
             " title = \"T\"; }\n);\n", head);
    p = load(text);
    assert_null(p->stream); /* no stream: OFF, not an error */
    programme_free(p);
}

static void test_stream_errors(void **state)
{
    char text[512];

    (void)state;
    stream_text(text, sizeof text, " url = \"https://x/\";\n timeout = 5;\n");
    expect_error(text, 4, "timeout 5 in stream must be less than interval 5");
    stream_text(text, sizeof text, " url = \"https://x/\";\n format = \"dash\";\n");
    expect_error(text, 4, "unknown format \"dash\" in stream (use auto, page, qbrick, hls or http)");
    stream_text(text, sizeof text, " url = \"https://x/\";\n stall_factor = 0.5;\n");
    expect_error(text, 4, "stall_factor in stream must be 1 to 100, not 0.5");
    stream_text(text, sizeof text, " url = \"https://x/\";\n slow_ms = 0;\n");
    expect_error(text, 4, "slow_ms in stream must be 1 to 60000, not 0");
    stream_text(text, sizeof text, " interval = 5;\n");
    expect_error(text, 2, "stream has no url");
    stream_text(text, sizeof text, "\n url = \"ftp://x/\";\n");
    expect_error(text, 4, "url \"ftp://x/\" in stream must begin with https:// or http://");
    stream_text(text, sizeof text, " url = \"https://x/\";\n ca_file = \"/nonexistent/ca.pem\";\n");
    expect_error(text, 4, "cannot read ca_file \"/nonexistent/ca.pem\" in stream");
    stream_text(text, sizeof text, " url = \"https://x/\";\n reference_url = \"file:///\";\n");
    expect_error(text, 4,
                 "reference_url \"file:///\" in stream must begin with https:// or http://");
    stream_text(text, sizeof text, " url = \"https://x/\";\n intervall = 5;\n");
    expect_error(text, 4, "unknown setting 'intervall' in stream (known: url, format, interval,");
    stream_text(text, sizeof text, " url = \"https://x/\";\n interval = \"5\";\n");
    expect_error(text, 4, "interval in stream must be a whole number");
}

static void test_speaker_errors(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text, "%sagenda = (\n"
             " { start = \"10:00\"; end = \"10:40\"; title = \"a\";\n"
             "   speakers = ( { name = \"Åsa\"; },\n"
             "     { namn = \"Örjan\"; name = \"Ö\"; } ); }\n);\n", head);
    expect_error(text, 5, "unknown setting 'namn' in speaker 2 of agenda item 1");
    snprintf(text, sizeof text, "%sagenda = (\n"
             " { start = \"10:00\"; end = \"10:40\"; title = \"a\";\n"
             "   speakers = (\n { role = \"RSO\"; } ); }\n);\n", head);
    expect_error(text, 5, "speaker 1 of agenda item 1 has no name");
    snprintf(text, sizeof text, "%sagenda = (\n"
             " { start = \"10:00\"; end = \"10:40\"; title = \"a\";\n"
             "   speakers = ( { name = \"Åsa\";\n minutes = 0; } ); }\n);\n", head);
    expect_error(text, 5, "minutes in speaker 1 of agenda item 1 must be 1 to 1440, not 0");
}

static void test_minimal_and_settings(void **state)
{
    struct programme *p;

    (void)state;
    p = load("event = { title = \"T\"; region = \"Norra\"; venue = \"Umeå\"; date = \"2020-01-20\"; };\n"
             "warn_minutes = 5;\nbell = true;\n"
             "agenda = ( { start = \"10.00\"; end = \"10:30\"; title = \"Enda\"; warn_minutes = 1; } );\n");
    diag_print(&d, stderr);
    assert_non_null(p);
    assert_int_equal(p->warn_minutes, 5);
    assert_true(p->bell);
    assert_string_equal(p->event.venue, "Umeå");
    assert_int_equal(p->items[0].warn_minutes, 1);
    assert_int_equal(item_warn_minutes(p, &p->items[0]), 1);
    assert_int_equal(p->items[0].kind, KIND_TALK);
    programme_free(p);
}

static void test_syntax_error(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text, "%s\nagenda = (\n  { start = \"10:00\"; title = ; }\n);\n", head);
    expect_error(text, 4, "syntax error");
}

static void test_unknown_setting(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; },\n"
             "  { strat = \"10:30\";\n"
             "    title = \"b\"; end = \"11:00\"; }\n);\n", head);
    /* the typo, and then the missing start it causes */
    assert_null(load(text));
    assert_int_equal(d.n, 2);
    assert_non_null(strstr(d.lines[0], ":4: unknown setting 'strat' in agenda item 2"));
    assert_non_null(strstr(d.lines[0], "known: start, end, title"));
    assert_non_null(strstr(d.lines[1], ":4: agenda item 2 has no start"));
    snprintf(text, sizeof text, "%sagendum = ();\n", head);
    assert_null(load(text));
    assert_non_null(strstr(d.lines[0], ":2: unknown setting 'agendum' in the top level"));
    expect_error("event = { title = \"T\"; place = \"x\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 1, "unknown setting 'place' in event");
}

static void test_unknown_kind(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
             "   kind = \"workshop\"; }\n);\n", head);
    expect_error(text, 4, "unknown kind \"workshop\"");
}

static void test_bad_times(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n { start = \"25:00\"; end = \"26:00\"; title = \"a\"; }\n);\n", head);
    assert_null(load(text));
    assert_int_equal(d.n, 2);
    assert_non_null(strstr(d.lines[0], ":3: bad time \"25:00\" for start"));
    assert_non_null(strstr(d.lines[1], ":3: bad time \"26:00\" for end"));
    snprintf(text, sizeof text,
             "%sagenda = (\n { start = 10.30; end = \"11:00\"; title = \"a\"; }\n);\n", head);
    expect_error(text, 3, "start in agenda item 1 must be a quoted string");
}

static void test_out_of_order(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; },\n"
             "  { start = \"11:00\"; title = \"b\"; },\n"
             "  { start = \"10:30\"; title = \"c\"; end = \"12:00\"; }\n);\n", head);
    assert_null(load(text));
    /* c before b: reported where c starts */
    assert_non_null(strstr(d.lines[0], ":5: agenda item 3 starts at 10:30, not after"));
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; },\n"
             "  { start = \"10:00\"; title = \"b\"; end = \"12:00\"; }\n);\n", head);
    expect_error(text, 4, "agenda item 2 starts at 10:00, not after");
}

static void test_overlap_and_gap(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\";\n"
             "    end = \"10:45\"; },\n"
             "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n", head);
    expect_error(text, 4, "ends at 10:45, overlapping the next item at 10:30");
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; end = \"10:15\"; },\n"
             "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n", head);
    expect_error(text, 3, "leaving a gap before the next item at 10:30");
}

static void test_last_item_needs_end(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; },\n"
             "  { start = \"10:30\"; title = \"b\"; }\n);\n", head);
    expect_error(text, 4, "the last agenda item (2) needs an end");
    snprintf(text, sizeof text,
             "%sagenda = (\n  { start = \"10:00\"; title = \"a\";\n end = \"09:00\"; }\n);\n", head);
    expect_error(text, 4, "ends at 09:00, not after its start");
}

static void test_empty_and_missing(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text, "%s\nagenda = ( );\n", head);
    expect_error(text, 3, "the agenda is empty");
    assert_null(load(head));
    assert_int_equal(d.n, 1);
    assert_non_null(strstr(d.lines[0], ": missing agenda"));
    expect_error("event = {\n title = \"\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 2, "event has an empty title");
    expect_error("event = { region = \"Norra\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 1, "event has no title");
    snprintf(text, sizeof text, "%sagenda = (\n  { start = \"10:00\"; end = \"11:00\"; }\n);\n",
             head);
    expect_error(text, 3, "agenda item 1 has no title");
}

static void test_min_minutes_rules(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n  { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
             "    min_minutes = 5; }\n);\n", head);
    expect_error(text, 4, "min_minutes in agenda item 1 applies to breaks only");
    snprintf(text, sizeof text,
             "%sagenda = (\n  { start = \"10:00\"; end = \"10:10\"; title = \"Paus\";\n"
             "    kind = \"break\"; min_minutes = 15; }\n);\n", head);
    expect_error(text, 4, "min_minutes 15 in agenda item 1 is longer than the break (10 min)");
}

static void test_ranges_and_types(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text, "%s\n\nwarn_minutes = 99;\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n", head);
    expect_error(text, 4, "warn_minutes in the top level must be 0 to 60, not 99");
    snprintf(text, sizeof text, "%sbell = \"yes\";\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n", head);
    expect_error(text, 2, "bell in the top level must be true or false");
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
             " poll = 1; }\n);\n", head);
    expect_error(text, 4, "poll in agenda item 1 must be true or false");
    expect_error("event = { title = \"T\";\n date = \"20 nov\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 2, "bad date \"20 nov\"");
    expect_error("event = { title = \"T\";\n date = \"2021-02-29\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 2, "bad date \"2021-02-29\"");
    expect_error("event = { title = \"T\";\n date = \"2020-04-31\"; };\n"
                 "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n",
                 2, "bad date \"2020-04-31\"");
    programme_free(load("event = { title = \"T\"; date = \"2020-02-29\"; };\n"
                        "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n"));
    assert_int_equal(d.n, 0); /* a leap day is a day */
}

static void test_invalid_utf8(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"10:00\"; end = \"11:00\";\n"
             "   title = \"Fram\xe5t\"; }\n);\n", head);
    expect_error(text, 4, "title in agenda item 1 is not valid UTF-8");
}

static void test_control_characters(void **state)
{
    char text[256];

    (void)state;
    snprintf(text, sizeof text, "%sagenda = (\n { start = \"10:00\"; end = \"11:00\";\n"
             "   title = \"Rad ett\\nRad tv\u00e5\"; }\n);\n", head);
    expect_error(text, 4, "title in agenda item 1 contains a control character");
    snprintf(text, sizeof text, "event = {\n title = \"\\x1b[31mR\u00f6d\"; };\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n");
    expect_error(text, 2, "title in event contains a control character");
}

static void test_huge_number_is_out_of_range(void **state)
{
    char text[512];
    struct programme *p;

    (void)state;
    /* a 64-bit value must not wrap into range (libconfig 1.5 itself cuts
     * a plain literal to 32 bits; written with L it arrives whole) */
    snprintf(text, sizeof text, "%swarn_minutes = 99999999999L;\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n", head);
    expect_error(text, 2, "warn_minutes in the top level must be 0 to 60, not 99999999999");
    /* written without L, libconfig wraps it to 32 bits (4294967298 is 2,
     * in range): the literal as written is the error, not a silent 2 */
    snprintf(text, sizeof text, "%swarn_minutes = 4294967298;\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n", head);
    expect_error(text, 2, "warn_minutes in the top level must be 0 to 60, not 4294967298");
    /* one of several on a line (a list of speakers), the one that wraps */
    snprintf(text, sizeof text, "%sagenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
             "  speakers = ( { name = \"A\"; minutes = 10; }, { name = \"B\"; "
             "minutes = 4294967301; } ); } );\n", head);
    expect_error(text, 3, "minutes in speaker 2 of agenda item 1 must be 1 to 1440, not 4294967301");
    /* 010 is ten to libconfig, and here too: no error */
    snprintf(text, sizeof text, "%swarn_minutes = 010;\n"
             "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n", head);
    p = load(text);
    assert_non_null(p);
    assert_int_equal(p->warn_minutes, 10);
    programme_free(p);
}

static void test_end_before_own_start_in_the_middle(void **state)
{
    char text[512];

    (void)state;
    snprintf(text, sizeof text,
             "%sagenda = (\n"
             "  { start = \"10:00\"; title = \"a\"; end = \"09:00\"; },\n"
             "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n", head);
    expect_error(text, 3, "agenda item 1 ends at 09:00, not after its start");
}

static void test_missing_file(void **state)
{
    (void)state;
    diag_free(&d);
    assert_null(config_load("/nonexistent/podium.cfg", &d));
    assert_int_equal(d.n, 1);
    assert_string_equal(d.lines[0],
                        "/nonexistent/podium.cfg: cannot read the configuration: "
                        "No such file or directory");
}

static void test_directory_is_no_file(void **state)
{
    (void)state;
    diag_free(&d);
    assert_null(config_load("/tmp", &d));
    assert_int_equal(d.n, 1);
    assert_string_equal(d.lines[0], "/tmp: cannot read the configuration: not a regular file");
}

static void test_default_path(void **state)
{
    char dir[] = "/tmp/podium-xdg-XXXXXX", sub[128], file[160];
    char *p;
    FILE *f;

    (void)state;
    assert_non_null(mkdtemp(dir));
    setenv("XDG_CONFIG_HOME", dir, 1);
    p = config_default_path(); /* nothing there yet: the installed default */
    assert_string_equal(p, PODIUM_DATADIR "/podium.cfg");
    free(p);
    snprintf(sub, sizeof sub, "%s/podium", dir);
    snprintf(file, sizeof file, "%s/podium.cfg", sub);
    assert_int_equal(mkdir(sub, 0700), 0);
    f = fopen(file, "w");
    fclose(f);
    p = config_default_path();
    assert_string_equal(p, file);
    free(p);
    unlink(file);
    rmdir(sub);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_default_programme, teardown),
        cmocka_unit_test_teardown(test_minimal_and_settings, teardown),
        cmocka_unit_test_teardown(test_speakers_and_allotments, teardown),
        cmocka_unit_test_teardown(test_speaker_errors, teardown),
        cmocka_unit_test_teardown(test_press_bookings, teardown),
        cmocka_unit_test_teardown(test_stream, teardown),
        cmocka_unit_test_teardown(test_stream_errors, teardown),
        cmocka_unit_test_teardown(test_film, teardown),
        cmocka_unit_test_teardown(test_syntax_error, teardown),
        cmocka_unit_test_teardown(test_unknown_setting, teardown),
        cmocka_unit_test_teardown(test_unknown_kind, teardown),
        cmocka_unit_test_teardown(test_bad_times, teardown),
        cmocka_unit_test_teardown(test_out_of_order, teardown),
        cmocka_unit_test_teardown(test_overlap_and_gap, teardown),
        cmocka_unit_test_teardown(test_last_item_needs_end, teardown),
        cmocka_unit_test_teardown(test_empty_and_missing, teardown),
        cmocka_unit_test_teardown(test_min_minutes_rules, teardown),
        cmocka_unit_test_teardown(test_ranges_and_types, teardown),
        cmocka_unit_test_teardown(test_invalid_utf8, teardown),
        cmocka_unit_test_teardown(test_control_characters, teardown),
        cmocka_unit_test_teardown(test_huge_number_is_out_of_range, teardown),
        cmocka_unit_test_teardown(test_end_before_own_start_in_the_middle, teardown),
        cmocka_unit_test_teardown(test_missing_file, teardown),
        cmocka_unit_test_teardown(test_directory_is_no_file, teardown),
        cmocka_unit_test_teardown(test_default_path, teardown),
    };

    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
