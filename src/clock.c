#include "clock.h"

#include <time.h>

#include "timefmt.h"

/* Local midnight of the first call's day, so that podium time keeps
 * counting past midnight instead of wrapping to zero. */
static int64_t system_wall_ms(void *ctx)
{
    static int start_yday = -1, start_year;
    struct timespec ts;
    struct tm tm;
    int64_t days;

    (void)ctx;
    clock_gettime(CLOCK_REALTIME, &ts);
    localtime_r(&ts.tv_sec, &tm);
    if (start_yday < 0) {
        start_yday = tm.tm_yday;
        start_year = tm.tm_year;
    }
    days = tm.tm_year == start_year ? tm.tm_yday - start_yday : 1;
    return ((days * 24 + tm.tm_hour) * 3600 + tm.tm_min * 60 + tm.tm_sec) * 1000LL +
           ts.tv_nsec / 1000000;
}

static int64_t system_mono_ms(void *ctx)
{
    struct timespec ts;

    (void)ctx;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static int64_t system_epoch_ms(void *ctx)
{
    struct timespec ts;

    (void)ctx;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

void clock_today(char out[11])
{
    time_t t = time(NULL);
    struct tm tm;

    localtime_r(&t, &tm);
    if (strftime(out, 11, "%Y-%m-%d", &tm) == 0)
        out[0] = '\0';
}

struct clock_source clock_system_source(void)
{
    return (struct clock_source){system_wall_ms, system_mono_ms, NULL, system_epoch_ms};
}

void clock_init(struct clock *c, struct clock_source src, int64_t at_seconds, double speed)
{
    c->src = src;
    c->speed = speed > 0 ? speed : 1;
    c->rehearsal = at_seconds >= 0 || c->speed != 1;
    c->origin_mono = src.mono_ms(src.ctx);
    c->origin_ms = at_seconds >= 0 ? at_seconds * 1000 : src.wall_ms(src.ctx);
    c->day_shift_ms = 0;
}

void clock_next_day(struct clock *c)
{
    c->day_shift_ms += DAY_SECONDS * 1000LL;
}

int64_t clock_now_ms(const struct clock *c)
{
    int64_t elapsed;

    /* The real clock follows wall time so NTP corrections show on stage. */
    if (!c->rehearsal)
        return c->src.wall_ms(c->src.ctx) - c->day_shift_ms;
    elapsed = c->src.mono_ms(c->src.ctx) - c->origin_mono;
    return c->origin_ms + (int64_t)((double)elapsed * c->speed) - c->day_shift_ms;
}

int64_t clock_now(const struct clock *c)
{
    int64_t ms = clock_now_ms(c);

    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

int clock_ms_to_next_second(const struct clock *c)
{
    int64_t ms = clock_now_ms(c);
    int64_t left = 1000 - ((ms % 1000) + 1000) % 1000;
    int64_t real = (int64_t)((double)left / c->speed) + 1;

    return real > 1000 ? 1000 : (int)real;
}
