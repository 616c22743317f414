#include "hls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "xalloc.h"

/* Parsing state: what the tags before the next URI line said. */
struct reader {
    struct hls_playlist *pl;
    bool variant_next;   /* an EXT-X-STREAM-INF awaits its URI */
    double extinf;       /* the pending segment's duration, -1 */
    int64_t pdt;         /* the pending segment's program date-time, -1 */
    int64_t running_pdt; /* the last segment's date-time, carried on, -1 */
};

static bool starts(const char *line, const char *tag)
{
    return strncmp(line, tag, strlen(tag)) == 0;
}

static void take_segment(struct reader *r, const char *uri)
{
    struct hls_playlist *pl = r->pl;
    double d = r->extinf >= 0 ? r->extinf : 0;

    /* a date-time not given again runs on from the segment before */
    if (r->pdt >= 0)
        r->running_pdt = r->pdt;
    else if (r->running_pdt >= 0 && pl->n_segments > 0)
        r->running_pdt += (int64_t)(pl->newest_duration * 1000);
    pl->n_segments++;
    pl->newest_duration = d;
    if (d > pl->longest)
        pl->longest = d;
    free(pl->newest);
    pl->newest = xstrdup(uri);
    pl->newest_pdt_ms = r->running_pdt;
    r->extinf = -1;
    r->pdt = -1;
}

static void take_uri(struct reader *r, const char *uri)
{
    if (r->variant_next) {
        if (r->pl->variant == NULL)
            r->pl->variant = xstrdup(uri);
        r->variant_next = false;
    } else if (!r->pl->master) {
        take_segment(r, uri);
    }
}

static void take_tag(struct reader *r, const char *line)
{
    struct hls_playlist *pl = r->pl;

    if (starts(line, "#EXT-X-STREAM-INF:")) {
        pl->master = true;
        r->variant_next = true;
    } else if (starts(line, "#EXT-X-TARGETDURATION:")) {
        pl->target_duration = strtoll(line + 22, NULL, 10);
    } else if (starts(line, "#EXT-X-MEDIA-SEQUENCE:")) {
        pl->media_sequence = strtoll(line + 22, NULL, 10);
    } else if (starts(line, "#EXTINF:")) {
        r->extinf = strtod(line + 8, NULL);
    } else if (starts(line, "#EXT-X-PROGRAM-DATE-TIME:")) {
        if (!hls_parse_datetime(line + 25, &r->pdt))
            r->pdt = -1;
    } else if (starts(line, "#EXT-X-ENDLIST")) {
        pl->endlist = true;
    }
}

/* One line without its end ("\n" or "\r\n"), blank lines ignored. */
static void take_line(struct reader *r, char *line)
{
    size_t n = strlen(line);

    while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
    if (n == 0)
        return;
    if (line[0] == '#')
        take_tag(r, line);
    else
        take_uri(r, line);
}

static bool verdict(const struct hls_playlist *pl, char *err, size_t errsize)
{
    if (pl->master) {
        if (pl->variant != NULL)
            return true;
        snprintf(err, errsize, "master playlist without a variant");
        return false;
    }
    if (pl->target_duration <= 0) {
        snprintf(err, errsize, "playlist without EXT-X-TARGETDURATION");
        return false;
    }
    if (pl->n_segments == 0 && !pl->endlist) {
        snprintf(err, errsize, "playlist without segments");
        return false;
    }
    return true;
}

bool hls_parse(const char *text, size_t len, struct hls_playlist *pl, char *err,
               size_t errsize)
{
    char *copy, *line, *save = NULL;
    struct reader r = {.pl = pl, .extinf = -1, .pdt = -1, .running_pdt = -1};

    memset(pl, 0, sizeof *pl);
    pl->newest_pdt_ms = -1;
    /* the first line of every playlist, RFC 8216 §4.3.1.1 (a BOM allowed) */
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
        text += 3;
        len -= 3;
    }
    if (len < 7 || memcmp(text, "#EXTM3U", 7) != 0) {
        snprintf(err, errsize, "not a playlist (no #EXTM3U at the start)");
        return false;
    }
    copy = xstrndup(text, len);
    for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save))
        take_line(&r, line);
    free(copy);
    if (verdict(pl, err, errsize))
        return true;
    hls_free(pl);
    return false;
}

void hls_free(struct hls_playlist *pl)
{
    free(pl->variant);
    free(pl->newest);
    pl->variant = pl->newest = NULL;
}

int64_t hls_position(const struct hls_playlist *pl)
{
    return pl->media_sequence + (int64_t)pl->n_segments;
}

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

bool hls_parse_datetime(const char *s, int64_t *ms)
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
