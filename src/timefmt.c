#include "timefmt.h"

#include <stdio.h>

#include "i18n.h"

/* Reads one or two decimal digits; returns how many it read. */
static int read_number(const char *s, int *value)
{
    int n = 0;

    *value = 0;
    while (n < 2 && s[n] >= '0' && s[n] <= '9') {
        *value = *value * 10 + (s[n] - '0');
        n++;
    }
    return n;
}

bool time_parse(const char *text, bool allow_seconds, int64_t *out)
{
    int h, m, s = 0, n;
    const char *p = text;

    if (text == NULL)
        return false;
    n = read_number(p, &h);
    if (n == 0 || (p[n] != ':' && p[n] != '.'))
        return false;
    p += n + 1;
    if (read_number(p, &m) != 2)
        return false;
    p += 2;
    if (*p == ':' && allow_seconds) {
        if (read_number(p + 1, &s) != 2)
            return false;
        p += 3;
    }
    if (*p != '\0' || h > 23 || m > 59 || s > 59)
        return false;
    *out = (int64_t)h * 3600 + m * 60 + s;
    return true;
}

bool time_parse_length(const char *text, int64_t *out)
{
    int m, sec, n;

    if (text == NULL || (n = read_number(text, &m)) == 0 || text[n] != ':' ||
        read_number(text + n + 1, &sec) != 2 || text[n + 3] != '\0' || sec > 59)
        return false;
    *out = (int64_t)m * 60 + sec;
    return true;
}

static int64_t time_of_day(int64_t t)
{
    t %= DAY_SECONDS;
    return t < 0 ? t + DAY_SECONDS : t;
}

void time_format_face(int64_t t, char buf[static 6])
{
    t = time_of_day(t);
    snprintf(buf, 6, "%02d:%02d", (int)(t / 3600), (int)(t / 60 % 60));
}

void time_format_hm(int64_t t, char buf[static 6])
{
    t = time_of_day(t);
    /* TRANSLATORS: a time of day in text and tables (hours, minutes);
     * Swedish writes 10.15 */
    snprintf(buf, 6, _("%02d:%02d"), (int)(t / 3600), (int)(t / 60 % 60));
}

void time_format_face_hms(int64_t t, char buf[static 9])
{
    t = time_of_day(t);
    snprintf(buf, 9, "%02d:%02d:%02d", (int)(t / 3600), (int)(t / 60 % 60), (int)(t % 60));
}

void time_format_hms(int64_t t, char buf[static 9])
{
    t = time_of_day(t);
    /* TRANSLATORS: a time of day with seconds; Swedish writes 10.47.51 */
    snprintf(buf, 9, _("%02d:%02d:%02d"), (int)(t / 3600), (int)(t / 60 % 60), (int)(t % 60));
}

void time_format_duration(int64_t d, char *buf, size_t size)
{
    /* unsigned: the magnitude of INT64_MIN too (-d would overflow) */
    uint64_t m = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;

    if (m >= 3600)
        snprintf(buf, size, "%llu:%02d:%02d", (unsigned long long)(m / 3600),
                 (int)(m / 60 % 60), (int)(m % 60));
    else
        snprintf(buf, size, "%d:%02d", (int)(m / 60), (int)(m % 60));
}

void time_format_delay(int64_t d, char *buf, size_t size)
{
    int64_t min = d / 60;

    if (min == 0)
        snprintf(buf, size, "%s", _("on time"));
    else
        snprintf(buf, size, min < 0 ? _("%lld min early") : _("%lld min late"),
                 (long long)(min < 0 ? -min : min));
}

void time_format_delay_short(int64_t d, char *buf, size_t size)
{
    int64_t min = d / 60;

    if (min == 0)
        snprintf(buf, size, "%s", "");
    else if (min <= -1000 || min >= 1000) /* hours: four columns hold it */
        snprintf(buf, size, "%+lldh", (long long)(min / 60));
    else
        snprintf(buf, size, "%+lld", (long long)min);
}
