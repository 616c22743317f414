#include "iso8601.h"

#include <stdio.h>
#include <string.h>

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The zone after the time: "Z", "+01:00", "+0100"; seconds east of UTC. */
static bool parse_zone(const char *s, int64_t *east)
{
    int h, m = 0;
    char sign;

    if (strcmp(s, "Z") == 0 || strcmp(s, "z") == 0) {
        *east = 0;
        return true;
    }
    if ((sscanf(s, "%c%2d:%2d", &sign, &h, &m) != 3 && sscanf(s, "%c%2d%2d", &sign, &h, &m) != 3) ||
        (sign != '+' && sign != '-') || h > 23 || m > 59)
        return false;
    *east = (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
    return true;
}

bool iso8601_parse(const char *s, int64_t *ms)
{
    int y, mo, d, h, mi, sec, used = 0;
    int64_t frac = 0, east;

    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &used) != 6 ||
        used != 19 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    s += used;
    if (*s == '.' || *s == ',') {
        int64_t scale = 100;

        for (s++; *s >= '0' && *s <= '9'; s++, scale /= 10)
            frac += (*s - '0') * scale;
    }
    if (!parse_zone(s, &east))
        return false;
    *ms = ((days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) - east) * 1000 + frac;
    return true;
}
