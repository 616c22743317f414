#include "hls.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iso8601.h"
#include "xalloc.h"

/* How much may come before #EXTM3U (comments a player skips) before the
 * text is taken for something else. */
#define PREAMBLE_MAX 4096

static bool starts(const char *line, const char *tag)
{
    return strncmp(line, tag, strlen(tag)) == 0;
}

static bool give_up(struct hls_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static bool give_up(struct hls_reader *r, const char *fmt, ...)
{
    va_list ap;

    if (r->failed)
        return false;
    va_start(ap, fmt);
    vsnprintf(r->err, sizeof r->err, fmt, ap);
    va_end(ap);
    r->failed = true;
    return false;
}

static void warn(struct hls_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(struct hls_reader *r, const char *fmt, ...)
{
    va_list ap;

    if (r->pl.warning[0])
        return; /* the first is enough to send the technician looking */
    va_start(ap, fmt);
    vsnprintf(r->pl.warning, sizeof r->pl.warning, fmt, ap);
    va_end(ap);
}

/* A number as written, for a reason: the first few characters, only
 * those a number is made of (the text is somebody else's). */
static const char *as_written(const char *s, char out[24])
{
    size_t n = 0;

    while (*s == ' ')
        s++;
    while (n < 23 && s[n] != '\0' && strchr("0123456789+-.eExXabcdefABCDEFinfINFnaN", s[n]))
        n++;
    memcpy(out, s, n);
    out[n] = '\0';
    if (n == 0)
        snprintf(out, 24, "(no number)");
    return out;
}

/* A decimal number, finite, within [lo, hi]; false when it is none. */
static bool number_in(const char *s, double lo, double hi, double *v)
{
    char *end;

    *v = strtod(s, &end);
    return end != s && isfinite(*v) && *v >= lo && *v <= hi;
}

/* A decimal-integer (RFC 8216 4.2), at most max; blank space and a '+'
 * before it are taken as players take them. */
static bool integer_in(const char *s, int64_t max, int64_t *v)
{
    int64_t n = 0;
    const char *p;

    while (*s == ' ' || *s == '\t')
        s++;
    s += *s == '+';
    p = s;

    for (; *p >= '0' && *p <= '9'; p++) {
        if (n > (max - (*p - '0')) / 10)
            return false;
        n = n * 10 + (*p - '0');
    }
    if (p == s || (*p != '\0' && *p != ' ' && *p != '\t'))
        return false;
    *v = n;
    return true;
}

/* The value of attribute name in an attribute list (RFC 8216 4.2),
 * quotes taken off; false when it is not there. */
static bool attribute(const char *list, const char *name, char *out, size_t size)
{
    size_t nlen = strlen(name);
    const char *p = list;

    while (*p) {
        bool match = strncmp(p, name, nlen) == 0 && p[nlen] == '=';
        const char *v = strchr(p, '='), *end;

        if (v == NULL)
            return false;
        v++;
        end = *v == '"' ? strchr(v + 1, '"') : v + strcspn(v, ",");
        if (end == NULL)
            return false;
        if (match) {
            const char *from = *v == '"' ? v + 1 : v;
            size_t n = (size_t)(end - from);

            n = n < size - 1 ? n : size - 1;
            memcpy(out, from, n);
            out[n] = '\0';
            return true;
        }
        p = *end == '"' ? end + 1 : end;
        p += *p == ',';
    }
    return false;
}

/* A name from the playlist, for the screen: printable characters only. */
static void keep_name(char *dst, size_t size, const char *src)
{
    size_t n = 0;

    for (const unsigned char *c = (const unsigned char *)src; *c && n + 1 < size; c++) {
        if (*c == 0xc2 && c[1] >= 0x80 && c[1] <= 0x9f) {
            c++; /* a C1 control, as UTF-8 */
            continue;
        }
        if (*c >= 0x20 && *c != 0x7f)
            dst[n++] = (char)*c;
    }
    while (n > 0 && ((unsigned char)dst[n - 1] & 0xc0) == 0x80)
        n--; /* cut mid-character: back to its start, then drop it */
    if (n > 0 && (unsigned char)dst[n - 1] >= 0xc0)
        n--;
    dst[n] = '\0';
}

static void add_rendition(struct hls_reader *r, const struct hls_rendition *rd, const char *uri)
{
    struct hls_playlist *pl = &r->pl;
    size_t audio = 0;

    for (size_t i = 0; i < pl->n_renditions; i++)
        audio += pl->renditions[i].audio;
    if (rd->audio)
        pl->n_audio++;
    else
        pl->n_variants++;
    /* the variants are what most viewers watch: a long list of
     * languages first must not crowd them out */
    if (pl->n_renditions == HLS_MAX_RENDITIONS || (rd->audio && audio == HLS_MAX_AUDIO)) {
        pl->n_unlisted++;
        return;
    }
    pl->renditions[pl->n_renditions] = *rd;
    pl->renditions[pl->n_renditions++].uri = xstrdup(uri);
}

static void take_stream_inf(struct hls_reader *r, const char *attrs)
{
    char v[64];
    int64_t n;
    int w, h;

    memset(&r->pending, 0, sizeof r->pending);
    if (attribute(attrs, "BANDWIDTH", v, sizeof v) && integer_in(v, INT64_MAX / 2, &n))
        r->pending.bandwidth = n;
    if (attribute(attrs, "RESOLUTION", v, sizeof v) && sscanf(v, "%5dx%5d", &w, &h) == 2 &&
        w > 0 && h > 0) {
        r->pending.width = w;
        r->pending.height = h;
    }
    r->pl.master = true;
    r->variant_next = true;
}

/* An alternate rendition with a playlist of its own (audio, another
 * angle) is watched like a variant; subtitles and captions are not. */
static void take_media_tag(struct hls_reader *r, const char *attrs)
{
    struct hls_rendition rd = {.audio = true};
    char type[32], uri[HLS_MAX_LINE > 4096 ? 4096 : HLS_MAX_LINE], name[sizeof rd.name];

    r->pl.master = true;
    if (!attribute(attrs, "TYPE", type, sizeof type) || !attribute(attrs, "URI", uri, sizeof uri) ||
        (strcmp(type, "AUDIO") != 0 && strcmp(type, "VIDEO") != 0))
        return;
    if (attribute(attrs, "NAME", name, sizeof name))
        keep_name(rd.name, sizeof rd.name, name);
    for (const char *c = uri; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            return;
    add_rendition(r, &rd, uri);
}

static bool take_target(struct hls_reader *r, const char *s)
{
    char shown[24], *end;
    double v = strtod(s, &end);

    if (end == s)
        return give_up(r, "EXT-X-TARGETDURATION %s is no number", as_written(s, shown));
    if (!isfinite(v) || v > HLS_MAX_TARGET)
        return give_up(r, "EXT-X-TARGETDURATION %s is out of range (at most %d s)",
                       as_written(s, shown), HLS_MAX_TARGET);
    if (v <= 0) {
        warn(r, "EXT-X-TARGETDURATION %s is no duration (RFC 8216 4.3.3.1): "
                "the longest segment taken instead", as_written(s, shown));
        return true;
    }
    r->pl.target_duration = (int64_t)ceil(v);
    r->td_given = true;
    return true;
}

static bool take_tag(struct hls_reader *r, const char *line)
{
    struct hls_playlist *pl = &r->pl;
    char shown[24];

    if (starts(line, "#EXT-X-STREAM-INF:"))
        take_stream_inf(r, line + 18);
    else if (starts(line, "#EXT-X-MEDIA:"))
        take_media_tag(r, line + 13);
    else if (starts(line, "#EXT-X-TARGETDURATION:"))
        return take_target(r, line + 22);
    else if (starts(line, "#EXT-X-MEDIA-SEQUENCE:")) {
        if (!integer_in(line + 22, HLS_MAX_SEQUENCE, &pl->media_sequence))
            return give_up(r, "EXT-X-MEDIA-SEQUENCE %s is out of range (0 to 10^15)",
                           as_written(line + 22, shown));
    } else if (starts(line, "#EXTINF:")) {
        if (!number_in(line + 8, 0, HLS_MAX_SEGMENT, &r->extinf))
            return give_up(r, "EXTINF %s is out of range (0 to %.0f s)",
                           as_written(line + 8, shown), HLS_MAX_SEGMENT);
    } else if (starts(line, "#EXT-X-PROGRAM-DATE-TIME:")) {
        if (!iso8601_parse(line + 25, &r->pdt))
            r->pdt = -1;
    } else if (starts(line, "#EXT-X-ENDLIST")) {
        pl->endlist = true;
    }
    return true;
}

static void take_segment(struct hls_reader *r, const char *uri, size_t len)
{
    struct hls_playlist *pl = &r->pl;
    double d = r->extinf >= 0 ? r->extinf : 0;

    /* a date-time not given again runs on from the segment before; both
     * are bounded (a date in years 0..9999, a segment at most a day) */
    if (r->pdt >= 0)
        r->running_pdt = r->pdt;
    else if (r->running_pdt >= 0 && pl->n_segments > 0)
        r->running_pdt += (int64_t)(pl->newest_duration * 1000);
    r->recent[pl->n_segments % HLS_RECENT] = d;
    pl->n_segments++;
    pl->newest_duration = d;
    if (d > r->longest_ever)
        r->longest_ever = d;
    if (len + 1 > r->newest_cap) {
        r->newest_cap = len + 1;
        pl->newest = xrealloc(pl->newest, r->newest_cap, 1);
    }
    memcpy(pl->newest, uri, len + 1);
    pl->newest_pdt_ms = r->running_pdt;
    r->extinf = -1;
    r->pdt = -1;
}

/* Before #EXTM3U: blank lines and comments a player skips, with a
 * warning; anything else is no playlist. */
static bool take_preamble(struct hls_reader *r, const char *line)
{
    if (starts(line, "#EXTM3U")) {
        r->started = true;
        return true;
    }
    if (line[0] == '#' && !starts(line, "#EXT")) {
        warn(r, "a comment before #EXTM3U (RFC 8216 4.3.1.1 wants it first)");
        return true;
    }
    return give_up(r, "not a playlist (no #EXTM3U at the start)");
}

/* One line without its end ("\n" or "\r\n"), blank lines ignored. */
static bool take_line(struct hls_reader *r, char *line, size_t n)
{
    if (r->lines++ == 0 && n >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
        line += 3; /* a byte-order mark */
        n -= 3;
    }
    while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = '\0';
    if (n == 0)
        return true;
    if (!r->started)
        return take_preamble(r, line);
    if (line[0] == '#')
        return take_tag(r, line);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
            return give_up(r, "a URI with control characters in it");
    if (r->variant_next) {
        add_rendition(r, &r->pending, line);
        r->variant_next = false;
    } else if (!r->pl.master) {
        take_segment(r, line, n);
    }
    return true;
}

void hls_reader_init(struct hls_reader *r)
{
    memset(r, 0, sizeof *r);
    r->pl.newest_pdt_ms = -1;
    r->extinf = -1;
    r->pdt = -1;
    r->running_pdt = -1;
}

/* Adds data to the line being gathered. */
static bool gather(struct hls_reader *r, const char *data, size_t n)
{
    if (r->line_len + n > HLS_MAX_LINE)
        return give_up(r, "a line over %d KiB", HLS_MAX_LINE / 1024);
    if (r->line_len + n + 1 > r->line_cap) {
        r->line_cap = (r->line_len + n + 1) * 2;
        r->line = xrealloc(r->line, r->line_cap, 1);
    }
    memcpy(r->line + r->line_len, data, n);
    r->line_len += n;
    r->line[r->line_len] = '\0';
    return true;
}

bool hls_reader_feed(struct hls_reader *r, const char *data, size_t len)
{
    if (r->failed)
        return false;
    r->pl.bytes += len;
    if (r->pl.bytes > (size_t)HLS_MAX_BYTES)
        return give_up(r, "playlist over %ld MiB: no real playlist is that long",
                       HLS_MAX_BYTES / (1024 * 1024));
    while (len > 0) {
        const char *nl = memchr(data, '\n', len);
        size_t n = nl ? (size_t)(nl - data) : len;

        if (!gather(r, data, n))
            return false;
        if (nl == NULL)
            break;
        if (!take_line(r, r->line, r->line_len))
            return false;
        r->line_len = 0;
        data += n + 1;
        len -= n + 1;
    }
    if (!r->started && r->pl.bytes > PREAMBLE_MAX)
        return give_up(r, "not a playlist (no #EXTM3U at the start)");
    return true;
}

static size_t variants(const struct hls_playlist *pl)
{
    size_t n = 0;

    for (size_t i = 0; i < pl->n_renditions; i++)
        n += !pl->renditions[i].audio;
    return n;
}

/* Once every line is in: what the rules need, or why it is unreadable. */
static bool verdict(struct hls_reader *r)
{
    struct hls_playlist *pl = &r->pl;

    if (r->failed)
        return false;
    if (!r->started)
        return give_up(r, "not a playlist (no #EXTM3U at the start)");
    if (pl->master)
        return variants(pl) > 0 || pl->n_unlisted > 0 ||
               give_up(r, "master playlist without a variant");
    for (size_t i = 0; i < pl->n_segments && i < HLS_RECENT; i++)
        pl->longest = r->recent[i] > pl->longest ? r->recent[i] : pl->longest;
    if (!r->td_given && r->longest_ever > 0) {
        pl->target_duration = (int64_t)ceil(r->longest_ever);
        warn(r, "no EXT-X-TARGETDURATION (RFC 8216 4.3.3.1): the longest segment, %lld s, "
                "taken instead", (long long)pl->target_duration);
    }
    if (pl->target_duration <= 0)
        return give_up(r, "playlist without EXT-X-TARGETDURATION");
    if (pl->n_segments == 0 && !pl->endlist)
        return give_up(r, "playlist without segments");
    return true;
}

bool hls_reader_finish(struct hls_reader *r, struct hls_playlist *pl, char *err,
                       size_t errsize)
{
    bool ok;

    if (!r->failed && r->line_len > 0)
        take_line(r, r->line, r->line_len); /* the last line, without its end */
    ok = verdict(r);
    if (ok) {
        *pl = r->pl;
        memset(&r->pl, 0, sizeof r->pl);
    } else {
        snprintf(err, errsize, "%s", r->err);
    }
    hls_reader_free(r);
    return ok;
}

void hls_reader_free(struct hls_reader *r)
{
    hls_free(&r->pl);
    free(r->line);
    r->line = NULL;
    r->line_len = r->line_cap = 0;
}

bool hls_parse(const char *text, size_t len, struct hls_playlist *pl, char *err,
               size_t errsize)
{
    struct hls_reader r;

    hls_reader_init(&r);
    hls_reader_feed(&r, text, len);
    return hls_reader_finish(&r, pl, err, errsize);
}

void hls_free(struct hls_playlist *pl)
{
    for (size_t i = 0; i < pl->n_renditions; i++)
        free(pl->renditions[i].uri);
    pl->n_renditions = 0;
    free(pl->newest);
    pl->newest = NULL;
}

int64_t hls_position(const struct hls_playlist *pl)
{
    return pl->media_sequence + (int64_t)pl->n_segments;
}
