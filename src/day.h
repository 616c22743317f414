/* day: which day the dashboard runs, decided once at start from the
 * programme's date, today's date and the command line.
 *
 * A programme for another day than today is rehearsed, not run on
 * today's clock into PROGRAMME OVER: it starts, without asking, at the
 * first item's start minus DAY_LEAD_IN seconds, unless --live asks for
 * today's clock. --at or --speed always make the rehearsal they ask for.
 * A programme without a date runs today. Nothing here reads a clock:
 * today comes in as "YYYY-MM-DD". */
#ifndef PODIUM_DAY_H
#define PODIUM_DAY_H

#include <stdbool.h>
#include <stdint.h>

#include "programme.h"

#define DAY_LEAD_IN (5 * 60) /* before the first item, in seconds */

struct day_choice {
    int64_t at;     /* where the clock starts (s since midnight), -1: real time */
    double speed;
    bool other_day; /* the programme's date is not today: the header says so */
};

/* at and speed as given (-1 and 1.0 when not), live for --live. */
struct day_choice day_choose(const struct programme *prog, const char *today, int64_t at,
                             double speed, bool live);

#endif
