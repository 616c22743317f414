/* What several unit tests set up alike, said once: the fixture day
 * (tests/unit/fixtures/day.cfg) loaded, a programme with its agenda and
 * their views as the screens see them (a cmocka setup and teardown
 * pair), the n of an item as the journal holds it, and a clock whose
 * sources the test moves by hand. Included by path from a test's .c
 * (the Makefile builds each test_*.c alone, with -Isrc); all of it is
 * static inline, so a test that needs only part of it is not warned. */
#ifndef PODIUM_UNIT_FIXTURES_H
#define PODIUM_UNIT_FIXTURES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "agenda_view.h"
#include "clock.h"
#include "config.h"
#include "stage_view.h"
#include "xalloc.h"

/* h:m as seconds since midnight. */
#define HM(h, m) ((int64_t)(h) * 3600 + (m) * 60)

/* The default programme as the unit tests know it (not conf/podium.cfg,
 * which a region may change). */
#define DAY_CFG PODIUM_SRCDIR "/tests/unit/fixtures/day.cfg"

/* A configuration the test needs: its errors printed, the test failed
 * without it. */
static inline struct programme *fixture_load(const char *path)
{
    struct diag d = {0};
    struct programme *p = config_load(path, &d);

    diag_print(&d, stderr);
    diag_free(&d);
    assert_non_null(p);
    return p;
}

/* A programme, its agenda, and the views of the dashboard (v) and of the
 * stage screen (s, filled by stage_view_update; nothing to free). */
struct day {
    struct programme *prog;
    struct agenda a;
    struct agenda_view v;
    struct stage_view s;
};

/* A setup's body: prog, taken over, as the test's day (in *state). */
static inline int day_setup_with(void **state, struct programme *prog)
{
    struct day *f = xcalloc(1, sizeof *f);

    f->prog = prog;
    agenda_init(&f->a, f->prog);
    agenda_view_init(&f->v, &f->a);
    *state = f;
    return 0;
}

/* cmocka setup: the fixture day. */
static inline int day_setup(void **state)
{
    return day_setup_with(state, fixture_load(DAY_CFG));
}

/* cmocka teardown of either setup. */
static inline int day_teardown(void **state)
{
    struct day *f = *state;

    agenda_view_free(&f->v);
    agenda_free(&f->a);
    programme_free(f->prog);
    free(f);
    return 0;
}

/* A test over a day of its own, from setup (day_setup, or one that
 * calls day_setup_with). */
#define DAY_TEST(test, setup) cmocka_unit_test_setup_teardown(test, setup, day_teardown)

/* The moderator's start of item at t, as a journal holds it. */
static inline struct agenda_event start_event(int item, int64_t at)
{
    return (struct agenda_event){.type = AGENDA_ITEM_START, .item = item, .at = at};
}

/* A clock's sources, moved by hand: wall is ms since midnight, mono any
 * monotonic ms. */
struct fake_time {
    int64_t wall, mono;
};

static inline int64_t fake_wall(void *ctx) { return ((struct fake_time *)ctx)->wall; }
static inline int64_t fake_mono(void *ctx) { return ((struct fake_time *)ctx)->mono; }

static inline struct clock_source fake_source(struct fake_time *t)
{
    return (struct clock_source){fake_wall, fake_mono, t, NULL};
}

#endif
