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

/* The tests' configurations are built of these. HEAD is line 1 of most. */
#define HEAD "event = { title = \"Vård i rörelse\"; };\n"
/* One item on one line, after an event or settings of the test's own. */
#define ONE_ITEM "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\"; } );\n"
/* After HEAD: the agenda on line 2, its one item "a" on line 3, rest
 * from line 4. */
#define ITEM_A(rest) \
    HEAD "agenda = (\n { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n" rest
/* A film item from 12:30 until end on line 3, its film group from line 4. */
#define FILM(end, film) \
    HEAD "agenda = (\n { start = \"12:30\"; end = \"" end "\";" \
    " title = \"Film\"; kind = \"film\";\n   film = " film "; }\n);\n"
/* A press slot from 13:45 to 14:15 on line 3, the bookings from line 5. */
#define PRESS(kind, bookings) \
    HEAD "agenda = (\n { start = \"13:45\"; end = \"14:15\";" \
    " title = \"Press\"; kind = \"" kind "\";\n   press = (\n" bookings " ); }\n);\n"
/* A 40-minute item on line 3, its speakers from line 4. */
#define SPEAKERS(list) \
    HEAD "agenda = (\n { start = \"10:00\"; end = \"10:40\"; title = \"a\";\n" \
    "   speakers = (" list "); }\n);\n"
/* A one-item day with this stream group from line 2. */
#define STREAM(group) \
    HEAD "stream = {\n" group "};\nagenda = (\n { start = \"10:00\";" \
    " end = \"11:00\"; title = \"T\"; }\n);\n"

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

/* A mistake in a configuration: the loader refuses it with exactly one
 * error, "FILE:line: ..." with message in it. */
struct error_case {
    const char *name; /* what is wrong */
    const char *text;
    int line;
    const char *message;
};

/* Loads every case of a table; names each that is not refused as it
 * should be, and fails if any is not. */
static void expect_errors(const char *table, const struct error_case *c, size_t n)
{
    size_t failed = 0;
    char prefix[96];

    for (size_t i = 0; i < n; i++, c++) {
        struct programme *p = load(c->text);

        snprintf(prefix, sizeof prefix, "%s:%d: ", path, c->line);
        if (p != NULL) {
            programme_free(p);
            print_error("%s: \"%s\": loaded, expected \"%s%s\"\n", table, c->name, prefix,
                        c->message);
        } else if (d.n != 1) {
            print_error("%s: \"%s\": %zu errors, expected one, \"%s%s\":\n", table, c->name,
                        d.n, prefix, c->message);
            for (size_t k = 0; k < d.n; k++)
                print_error("    %s\n", d.lines[k]);
        } else if (strncmp(d.lines[0], prefix, strlen(prefix)) != 0 ||
                   strstr(d.lines[0], c->message) == NULL) {
            print_error("%s: \"%s\": got \"%s\", expected \"%s...%s\"\n", table, c->name,
                        d.lines[0], prefix, c->message);
        } else {
            continue;
        }
        failed++;
    }
    unlink(path);
    if (failed > 0)
        fail_msg("%s: %zu of %zu cases not refused as expected", table, failed, n);
}

/* One test a table: test_<table>. */
#define ERROR_TABLE_TEST(table) \
    static void test_##table(void **state) \
    { \
        (void)state; \
        expect_errors(#table, table, sizeof table / sizeof table[0]); \
    }

static const struct error_case event_errors[] = {
    {"an unknown setting in event",
     "event = { title = \"T\"; place = \"x\"; };\n" ONE_ITEM, 1,
     "unknown setting 'place' in event"},
    {"an empty title", "event = {\n title = \"\"; };\n" ONE_ITEM, 2, "event has an empty title"},
    {"no title", "event = { region = \"Norra\"; };\n" ONE_ITEM, 1, "event has no title"},
    {"a date in words", "event = { title = \"T\";\n date = \"20 nov\"; };\n" ONE_ITEM, 2,
     "bad date \"20 nov\""},
    {"no leap day in 2021", "event = { title = \"T\";\n date = \"2021-02-29\"; };\n" ONE_ITEM,
     2, "bad date \"2021-02-29\""},
    {"April 31", "event = { title = \"T\";\n date = \"2020-04-31\"; };\n" ONE_ITEM, 2,
     "bad date \"2020-04-31\""},
    {"a control character in the title",
     "event = {\n title = \"\\x1b[31mR\u00f6d\"; };\n" ONE_ITEM, 2,
     "title in event contains a control character"},
};

static const struct error_case top_level_errors[] = {
    {"warn_minutes over 60", HEAD "\n\nwarn_minutes = 99;\n" ONE_ITEM, 4,
     "warn_minutes in the top level must be 0 to 60, not 99"},
    /* a 64-bit value must not wrap into range (libconfig 1.5 itself cuts
     * a plain literal to 32 bits; written with L it arrives whole) */
    {"warn_minutes of 64 bits", HEAD "warn_minutes = 99999999999L;\n" ONE_ITEM, 2,
     "warn_minutes in the top level must be 0 to 60, not 99999999999"},
    /* written without L, libconfig wraps it to 32 bits (4294967298 is 2,
     * in range): the literal as written is the error, not a silent 2 */
    {"warn_minutes that wraps to 2", HEAD "warn_minutes = 4294967298;\n" ONE_ITEM, 2,
     "warn_minutes in the top level must be 0 to 60, not 4294967298"},
    {"bell a string", HEAD "bell = \"yes\";\n" ONE_ITEM, 2,
     "bell in the top level must be true or false"},
};

static const struct error_case agenda_errors[] = {
    {"a syntax error", HEAD "\nagenda = (\n  { start = \"10:00\"; title = ; }\n);\n", 4,
     "syntax error"},
    {"an empty agenda", HEAD "\nagenda = ( );\n", 3, "the agenda is empty"},
    {"an item without title", HEAD "agenda = (\n  { start = \"10:00\"; end = \"11:00\"; }\n);\n",
     3, "agenda item 1 has no title"},
    {"an unknown kind", ITEM_A("   kind = \"workshop\"; }\n);\n"), 4,
     "unknown kind \"workshop\""},
    {"start a number", HEAD "agenda = (\n { start = 10.30; end = \"11:00\"; title = \"a\"; }\n);\n",
     3, "start in agenda item 1 must be a quoted string"},
    {"poll a number", ITEM_A(" poll = 1; }\n);\n"), 4,
     "poll in agenda item 1 must be true or false"},
    {"two items at one time",
     HEAD "agenda = (\n"
          "  { start = \"10:00\"; title = \"a\"; },\n"
          "  { start = \"10:00\"; title = \"b\"; end = \"12:00\"; }\n);\n",
     4, "agenda item 2 starts at 10:00, not after"},
    {"an end after the next start",
     HEAD "agenda = (\n"
          "  { start = \"10:00\"; title = \"a\";\n"
          "    end = \"10:45\"; },\n"
          "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n",
     4, "ends at 10:45, overlapping the next item at 10:30"},
    {"an end before the next start",
     HEAD "agenda = (\n"
          "  { start = \"10:00\"; title = \"a\"; end = \"10:15\"; },\n"
          "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n",
     3, "leaving a gap before the next item at 10:30"},
    {"the last item without end",
     HEAD "agenda = (\n"
          "  { start = \"10:00\"; title = \"a\"; },\n"
          "  { start = \"10:30\"; title = \"b\"; }\n);\n",
     4, "the last agenda item (2) needs an end"},
    {"the last item ends before it starts",
     HEAD "agenda = (\n  { start = \"10:00\"; title = \"a\";\n end = \"09:00\"; }\n);\n", 4,
     "ends at 09:00, not after its start"},
    {"an item in the middle ends before it starts",
     HEAD "agenda = (\n"
          "  { start = \"10:00\"; title = \"a\"; end = \"09:00\"; },\n"
          "  { start = \"10:30\"; title = \"b\"; end = \"12:00\"; }\n);\n",
     3, "agenda item 1 ends at 09:00, not after its start"},
    {"min_minutes on a talk",
     HEAD "agenda = (\n  { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
          "    min_minutes = 5; }\n);\n",
     4, "min_minutes in agenda item 1 applies to breaks only"},
    {"min_minutes longer than the break",
     HEAD "agenda = (\n  { start = \"10:00\"; end = \"10:10\"; title = \"Paus\";\n"
          "    kind = \"break\"; min_minutes = 15; }\n);\n",
     4, "min_minutes 15 in agenda item 1 is longer than the break (10 min)"},
    {"a title in Latin-1",
     HEAD "agenda = (\n { start = \"10:00\"; end = \"11:00\";\n   title = \"Fram\xe5t\"; }\n);\n",
     4, "title in agenda item 1 is not valid UTF-8"},
    {"a newline in a title",
     HEAD "agenda = (\n { start = \"10:00\"; end = \"11:00\";\n"
          "   title = \"Rad ett\\nRad tv\u00e5\"; }\n);\n",
     4, "title in agenda item 1 contains a control character"},
};

static const struct error_case speaker_errors[] = {
    {"an unknown setting",
     SPEAKERS(" { name = \"Åsa\"; },\n     { namn = \"Örjan\"; name = \"Ö\"; } "), 5,
     "unknown setting 'namn' in speaker 2 of agenda item 1"},
    {"no name", SPEAKERS("\n { role = \"RSO\"; } "), 5,
     "speaker 1 of agenda item 1 has no name"},
    {"0 minutes", SPEAKERS(" { name = \"Åsa\";\n minutes = 0; } "), 5,
     "minutes in speaker 1 of agenda item 1 must be 1 to 1440, not 0"},
    /* one of several on a line, the one that wraps to 32 bits (5) */
    {"minutes that wrap to 5",
     HEAD "agenda = ( { start = \"10:00\"; end = \"11:00\"; title = \"a\";\n"
          "  speakers = ( { name = \"A\"; minutes = 10; }, { name = \"B\"; "
          "minutes = 4294967301; } ); } );\n",
     3, "minutes in speaker 2 of agenda item 1 must be 1 to 1440, not 4294967301"},
};

static const struct error_case press_errors[] = {
    {"bookings on a talk", PRESS("talk", "{ outlet = \"SVT\"; }\n"), 4,
     "press in agenda item 1 applies to press items only (kind = \"press\")"},
    {"no outlet", PRESS("press", "{ outlet = \"SVT\"; },\n{ with = \"Lena\"; }\n"), 6,
     "press booking 2 of agenda item 1 has no outlet"},
    {"an unknown setting", PRESS("press", "{ outlet = \"SVT\";\n name = \"Lena\"; }\n"), 6,
     "unknown setting 'name' in press booking 1 of agenda item 1 "
     "(known: outlet, with, minutes)"},
    {"0 minutes", PRESS("press", "{ outlet = \"SVT\";\n minutes = 0; }\n"), 6,
     "minutes in press booking 1 of agenda item 1 must be 1 to 1440, not 0"},
    {"a booking no group", PRESS("press", "\"SVT\"\n"), 6,
     "press booking 1 of agenda item 1 must be a group { outlet = \"...\"; }"},
};

static const struct error_case film_errors[] = {
    {"longer than five minutes", FILM("12:36", "{\n duration = \"5:01\"; }"), 5,
     "the film of agenda item 1 runs 5:01: a film runs more than 0:00 and at most 5:00"},
    {"a duration with a dot", FILM("12:35", "{\n duration = \"4.50\"; }"), 5,
     "bad duration \"4.50\" for the film of agenda item 1"},
    {"no duration", FILM("12:35", "{ title = \"x\"; }"), 4,
     "the film of agenda item 1 has no duration"},
    {"a film on a talk",
     HEAD "agenda = (\n { start = \"12:30\"; end = \"12:35\"; title = \"Talk\";\n"
          "   film = { duration = \"4:50\"; }; }\n);\n",
     4, "film in agenda item 1 applies to film items only"},
};

static const struct error_case stream_errors[] = {
    {"timeout not under interval", STREAM(" url = \"https://x/\";\n timeout = 5;\n"), 4,
     "timeout 5 in stream must be less than interval 5"},
    {"an unknown format", STREAM(" url = \"https://x/\";\n format = \"dash\";\n"), 4,
     "unknown format \"dash\" in stream (use auto, page, qbrick, hls or http)"},
    {"stall_factor under 1", STREAM(" url = \"https://x/\";\n stall_factor = 0.5;\n"), 4,
     "stall_factor in stream must be 1 to 100, not 0.5"},
    {"slow_ms 0", STREAM(" url = \"https://x/\";\n slow_ms = 0;\n"), 4,
     "slow_ms in stream must be 1 to 60000, not 0"},
    {"no url", STREAM(" interval = 5;\n"), 2, "stream has no url"},
    {"an ftp url", STREAM("\n url = \"ftp://x/\";\n"), 4,
     "url \"ftp://x/\" in stream must begin with https:// or http://"},
    {"a missing ca_file", STREAM(" url = \"https://x/\";\n ca_file = \"/nonexistent/ca.pem\";\n"),
     4, "cannot read ca_file \"/nonexistent/ca.pem\" in stream"},
    {"a file reference_url", STREAM(" url = \"https://x/\";\n reference_url = \"file:///\";\n"),
     4, "reference_url \"file:///\" in stream must begin with https:// or http://"},
    {"an unknown setting", STREAM(" url = \"https://x/\";\n intervall = 5;\n"), 4,
     "unknown setting 'intervall' in stream (known: url, format, interval,"},
    {"interval a string", STREAM(" url = \"https://x/\";\n interval = \"5\";\n"), 4,
     "interval in stream must be a whole number"},
};

ERROR_TABLE_TEST(event_errors)
ERROR_TABLE_TEST(top_level_errors)
ERROR_TABLE_TEST(agenda_errors)
ERROR_TABLE_TEST(speaker_errors)
ERROR_TABLE_TEST(press_errors)
ERROR_TABLE_TEST(film_errors)
ERROR_TABLE_TEST(stream_errors)

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

    (void)state;
    p = load(HEAD "agenda = (\n"
             " { start = \"10:00\"; end = \"10:40\"; title = \"Panel\"; kind = \"panel\";\n"
             "   speakers = ( { name = \"Åsa\"; role = \"RSO\"; minutes = 10; },\n"
             "                { name = \"Örjan\"; }, { name = \"Ärla\"; } ); }\n);\n");
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
    struct programme *p;

    (void)state;
    p = load(FILM("12:35", "{ title = \"Gott exempel\"; duration = \"4:50\"; }"));
    assert_non_null(p);
    assert_int_equal(p->items[0].film->duration, 4 * 60 + 50);
    assert_string_equal(p->items[0].film->title, "Gott exempel");
    programme_free(p);
}

static void test_press_bookings(void **state)
{
    struct programme *p;

    (void)state;
    p = load(PRESS("press",
                   "{ outlet = \"Sydsvenskan\"; with = \"Lena Hallengren\"; minutes = 5; },\n"
                   "{ outlet = \"P4 Malmöhus\"; }\n"));
    assert_non_null(p);
    assert_int_equal(p->items[0].n_bookings, 2);
    assert_string_equal(p->items[0].bookings[0].name, "Sydsvenskan");
    assert_string_equal(p->items[0].bookings[0].role, "Lena Hallengren");
    assert_null(p->items[0].bookings[1].role);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_PRESS, 0), 5 * 60);
    assert_int_equal(people_allotment(&p->items[0], PEOPLE_PRESS, 1), 25 * 60); /* the rest */
    assert_int_equal(p->items[0].n_speakers, 0);
    programme_free(p);
}

static void test_stream(void **state)
{
    struct programme *p;

    (void)state;
    p = load(STREAM(" url = \"https://video.example/live.m3u8\";\n"));
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
    p = load(STREAM(" url = \"http://127.0.0.1:8080/\"; format = \"hls\";\n"
                    " interval = 10; timeout = 9; stall_factor = 4; slow_ms = 500;\n"));
    assert_int_equal(p->stream->format, FORMAT_HLS);
    assert_true(p->stream->stall_factor == 4.0); /* a whole number is a number too */
    programme_free(p);
    p = load(HEAD "agenda = (\n { start = \"10:00\"; end = \"11:00\"; title = \"T\"; }\n);\n");
    assert_null(p->stream); /* no stream: OFF, not an error */
    programme_free(p);
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

static void test_leap_day_is_a_day(void **state)
{
    (void)state;
    programme_free(load("event = { title = \"T\"; date = \"2020-02-29\"; };\n" ONE_ITEM));
    assert_int_equal(d.n, 0);
}

/* 010 is ten to libconfig, and here too: no error. */
static void test_leading_zero_is_decimal(void **state)
{
    struct programme *p;

    (void)state;
    p = load(HEAD "warn_minutes = 010;\n" ONE_ITEM);
    assert_non_null(p);
    assert_int_equal(p->warn_minutes, 10);
    programme_free(p);
}

/* Errors that come two at a time, or with no line. */

static void test_unknown_setting(void **state)
{
    (void)state;
    /* the typo, and then the missing start it causes */
    assert_null(load(HEAD "agenda = (\n"
                     "  { start = \"10:00\"; title = \"a\"; },\n"
                     "  { strat = \"10:30\";\n"
                     "    title = \"b\"; end = \"11:00\"; }\n);\n"));
    assert_int_equal(d.n, 2);
    assert_non_null(strstr(d.lines[0], ":4: unknown setting 'strat' in agenda item 2"));
    assert_non_null(strstr(d.lines[0], "known: start, end, title"));
    assert_non_null(strstr(d.lines[1], ":4: agenda item 2 has no start"));
    assert_null(load(HEAD "agendum = ();\n"));
    assert_non_null(strstr(d.lines[0], ":2: unknown setting 'agendum' in the top level"));
}

static void test_bad_times(void **state)
{
    (void)state;
    assert_null(load(HEAD "agenda = (\n"
                     " { start = \"25:00\"; end = \"26:00\"; title = \"a\"; }\n);\n"));
    assert_int_equal(d.n, 2);
    assert_non_null(strstr(d.lines[0], ":3: bad time \"25:00\" for start"));
    assert_non_null(strstr(d.lines[1], ":3: bad time \"26:00\" for end"));
}

static void test_out_of_order(void **state)
{
    (void)state;
    assert_null(load(HEAD "agenda = (\n"
                     "  { start = \"10:00\"; title = \"a\"; },\n"
                     "  { start = \"11:00\"; title = \"b\"; },\n"
                     "  { start = \"10:30\"; title = \"c\"; end = \"12:00\"; }\n);\n"));
    /* c before b: reported where c starts */
    assert_non_null(strstr(d.lines[0], ":5: agenda item 3 starts at 10:30, not after"));
}

static void test_missing_agenda(void **state)
{
    (void)state;
    assert_null(load(HEAD));
    assert_int_equal(d.n, 1);
    assert_non_null(strstr(d.lines[0], ": missing agenda"));
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
        cmocka_unit_test_teardown(test_press_bookings, teardown),
        cmocka_unit_test_teardown(test_stream, teardown),
        cmocka_unit_test_teardown(test_film, teardown),
        cmocka_unit_test_teardown(test_leap_day_is_a_day, teardown),
        cmocka_unit_test_teardown(test_leading_zero_is_decimal, teardown),
        cmocka_unit_test_teardown(test_event_errors, teardown),
        cmocka_unit_test_teardown(test_top_level_errors, teardown),
        cmocka_unit_test_teardown(test_agenda_errors, teardown),
        cmocka_unit_test_teardown(test_speaker_errors, teardown),
        cmocka_unit_test_teardown(test_press_errors, teardown),
        cmocka_unit_test_teardown(test_film_errors, teardown),
        cmocka_unit_test_teardown(test_stream_errors, teardown),
        cmocka_unit_test_teardown(test_unknown_setting, teardown),
        cmocka_unit_test_teardown(test_bad_times, teardown),
        cmocka_unit_test_teardown(test_out_of_order, teardown),
        cmocka_unit_test_teardown(test_missing_agenda, teardown),
        cmocka_unit_test_teardown(test_missing_file, teardown),
        cmocka_unit_test_teardown(test_directory_is_no_file, teardown),
        cmocka_unit_test_teardown(test_default_path, teardown),
    };

    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
