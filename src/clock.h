/* clock: the one place that reads the system clock.
 *
 * It turns wall time into podium time (milliseconds since local midnight
 * of the day podium started, see timefmt.h) and, for rehearsals, starts
 * at a chosen moment (--at) and runs faster (--speed). The engine is given
 * its result and never asks the system itself. The sources are function
 * pointers so tests can drive the clock by hand. */
#ifndef PODIUM_CLOCK_H
#define PODIUM_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

struct clock_source {
    int64_t (*wall_ms)(void *ctx); /* ms since local midnight of start day */
    int64_t (*mono_ms)(void *ctx); /* monotonic ms, any origin */
    void *ctx;
    /* ms since the epoch, UTC: the stream watcher compares servers'
     * clocks and program date-times with it; may be NULL elsewhere */
    int64_t (*epoch_ms)(void *ctx);
};

struct clock {
    struct clock_source src;
    bool rehearsal;
    double speed;
    int64_t origin_mono, origin_ms;
    int64_t day_shift_ms; /* whole days taken off by clock_next_day() */
};

/* The system's sources, in the local time zone. */
struct clock_source clock_system_source(void);

/* at_seconds < 0 means "start at the real time". speed 1 with no --at is
 * the real clock; anything else is a rehearsal. */
void clock_init(struct clock *c, struct clock_source src, int64_t at_seconds, double speed);

int64_t clock_now_ms(const struct clock *c);
int64_t clock_now(const struct clock *c); /* whole seconds */

/* Moves podium time's midnight one day on: the same moment reads a day
 * less. For a dashboard left running overnight before anything started. */
void clock_next_day(struct clock *c);

/* Today's local date as "YYYY-MM-DD", read from the system once at
 * start: which day it is decides whether the programme is today's. */
void clock_today(char out[11]);

/* Real milliseconds until podium time reaches its next whole second. */
int clock_ms_to_next_second(const struct clock *c);

#endif
