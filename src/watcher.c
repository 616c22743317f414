#include "watcher.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hls.h"
#include "http.h"
#include "qbrick.h"
#include "url.h"
#include "xalloc.h"

#ifndef PODIUM_VERSION
#define PODIUM_VERSION "0.1"
#endif

/* A Qbrick document is read again this often: the playlist it names can
 * move between CDNs during the day. */
#define RESOLVE_EVERY_MS (5 * 60 * 1000)

enum body_kind { BODY_OTHER, BODY_HLS, BODY_QBRICK };
enum step { STEP_IDLE, STEP_ENTRY, STEP_MEDIA, STEP_SEGMENT };

struct watcher {
    const struct stream_config *cfg;
    struct clock_source time;
    struct http *http;
    struct stream_health health;
    enum body_kind seen;   /* what the configured URL answered with, once */
    char *playlist;        /* the media playlist, once known */
    bool playlist_failed;  /* its last fetch failed: resolve it again */
    int64_t resolved_at;
    enum step step;
    int64_t started, deadline, next_at;
    struct stream_poll cur;
};

static int64_t mono(const struct watcher *w)
{
    return w->time.mono_ms(w->time.ctx);
}

struct watcher *watcher_new(const struct stream_config *cfg, struct clock_source time,
                            int64_t wall_offset)
{
    struct watcher *w = xcalloc(1, sizeof *w);

    w->cfg = cfg;
    w->time = time;
    w->http = http_new("podium/" PODIUM_VERSION);
    stream_init(&w->health, cfg, mono(w), wall_offset);
    w->next_at = mono(w); /* the first poll at once */
    return w;
}

void watcher_free(struct watcher *w)
{
    if (w == NULL)
        return;
    http_free(w->http);
    stream_free(&w->health);
    free(w->playlist);
    free(w);
}

const struct stream_health *watcher_health(const struct watcher *w)
{
    return &w->health;
}

bool watcher_ack(struct watcher *w)
{
    return stream_ack(&w->health);
}

/* ms since local midnight of epoch_ms's day, and that day. */
static int64_t local_ms(int64_t epoch_ms, int *yday)
{
    time_t sec = (time_t)(epoch_ms / 1000);
    struct tm tm;

    localtime_r(&sec, &tm);
    *yday = tm.tm_year * 400 + tm.tm_yday;
    return ((int64_t)tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec) * 1000 + epoch_ms % 1000;
}

void watcher_restore(struct watcher *w, enum stream_state s, const char *reason,
                     int64_t epoch_ms)
{
    int day, today;
    int64_t at;

    if (w->time.epoch_ms == NULL)
        return;
    at = local_ms(epoch_ms, &day);
    local_ms(w->time.epoch_ms(w->time.ctx), &today);
    if (day == today)
        stream_add_past(&w->health, s, reason, at - w->health.wall_offset);
}

void watcher_restore_end(struct watcher *w)
{
    stream_past_end(&w->health);
}

int64_t watcher_now(const struct watcher *w)
{
    return mono(w);
}

const char *watcher_playlist_url(const struct watcher *w)
{
    return w->playlist;
}

/* The poll is over: its outcome goes to the health, the next is paced. */
static void report(struct watcher *w)
{
    int64_t now = mono(w), pace = (int64_t)w->cfg->interval * 1000;

    w->cur.at = now;
    w->cur.latency_ms = (int)(now - w->started);
    /* HLS: reload after a target duration, half of it when unchanged */
    if (w->cur.ok && w->cur.hls) {
        int64_t td = w->cur.target_duration * 1000;
        bool same = w->health.have_position && w->cur.position == w->health.position;
        int64_t hls = same ? td / 2 : td;

        pace = hls < pace ? hls : pace;
        pace = pace < 500 ? 500 : pace;
    }
    stream_record(&w->health, &w->cur);
    w->step = STEP_IDLE;
    w->next_at = w->started + pace;
}

static void fail(struct watcher *w, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(w->cur.error, sizeof w->cur.error, fmt, ap);
    va_end(ap);
    w->cur.ok = false;
    report(w);
}

static void on_response(void *ctx, const struct http_response *r);

/* The next request of this poll, within what is left of its timeout. */
static void request(struct watcher *w, enum step step, const char *url)
{
    int64_t left = w->deadline - mono(w);
    struct http_request req = {.url = url, .timeout_ms = (int)left, .ca_file = w->cfg->ca_file,
                               .first_byte = step == STEP_SEGMENT};

    if (left <= 0) {
        fail(w, "timed out after %d s", w->cfg->timeout);
        return;
    }
    w->step = step;
    if (!http_get(w->http, &req, on_response, w))
        fail(w, "cannot start a request for %s", url);
}

static void start_poll(struct watcher *w)
{
    int64_t now = mono(w);
    bool resolve = w->playlist == NULL || w->playlist_failed ||
                   (w->seen == BODY_QBRICK && now - w->resolved_at >= RESOLVE_EVERY_MS);

    memset(&w->cur, 0, sizeof w->cur);
    w->cur.delay_ms = w->cur.age_s = w->cur.skew_ms = STREAM_NO_VALUE;
    w->started = now;
    w->deadline = now + (int64_t)w->cfg->timeout * 1000;
    request(w, resolve ? STEP_ENTRY : STEP_MEDIA, resolve ? w->cfg->url : w->playlist);
}

static enum body_kind kind_of(const char *body, size_t len)
{
    size_t i = 0;

    if (len >= 3 && memcmp(body, "\xef\xbb\xbf", 3) == 0)
        i = 3; /* a byte-order mark */
    while (i < len && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'))
        i++;
    if (len - i >= 7 && memcmp(body + i, "#EXTM3U", 7) == 0)
        return BODY_HLS;
    if (i < len && body[i] == '{' && qbrick_is_media(body, len))
        return BODY_QBRICK;
    return BODY_OTHER;
}

static void set_playlist(struct watcher *w, const char *base, const char *ref)
{
    free(w->playlist);
    w->playlist = url_resolve(base, ref);
    w->playlist_failed = false;
    w->resolved_at = mono(w);
}

/* The newest segment, one byte of it: a playlist can name segments the
 * server no longer (or not yet) has. */
static void check_segment(struct watcher *w, const struct http_response *r)
{
    if (!r->ok)
        fail(w, "newest segment missing: %s", r->error);
    else if (r->status >= 400)
        fail(w, "newest segment missing: HTTP %ld", r->status);
    else {
        w->cur.ok = true;
        report(w);
    }
}

static void take_media(struct watcher *w, const struct http_response *r,
                       const struct hls_playlist *pl)
{
    const int64_t epoch = w->time.epoch_ms ? w->time.epoch_ms(w->time.ctx) : 0;
    char *segment;

    w->cur.hls = true;
    w->cur.position = hls_position(pl);
    w->cur.media_sequence = pl->media_sequence;
    w->cur.target_duration = pl->target_duration;
    w->cur.longest = pl->longest;
    w->cur.endlist = pl->endlist;
    if (r->age_s != HTTP_NO_VALUE)
        w->cur.age_s = r->age_s;
    if (pl->newest_pdt_ms >= 0 && w->time.epoch_ms)
        w->cur.delay_ms = epoch - pl->newest_pdt_ms;
    if (pl->endlist) {
        w->cur.ok = true;
        report(w);
        return;
    }
    segment = url_resolve(r->url, pl->newest);
    request(w, STEP_SEGMENT, segment);
    free(segment);
}

/* A playlist answer: a master leads to its variant, a media playlist is
 * judged. */
static void take_playlist(struct watcher *w, const struct http_response *r)
{
    struct hls_playlist pl;
    char err[160];

    if (!hls_parse(r->body, r->len, &pl, err, sizeof err)) {
        if (w->step == STEP_MEDIA)
            w->playlist_failed = true;
        fail(w, "unreadable playlist: %s", err);
        return;
    }
    if (pl.master && w->step == STEP_ENTRY) {
        set_playlist(w, r->url, pl.variant);
        hls_free(&pl);
        request(w, STEP_MEDIA, w->playlist);
        return;
    }
    if (pl.master) {
        w->playlist_failed = true;
        fail(w, "unreadable playlist: a master playlist where its variant was expected");
    } else {
        if (w->step == STEP_ENTRY)
            set_playlist(w, r->url, r->url);
        take_media(w, r, &pl);
    }
    hls_free(&pl);
}

static void take_qbrick(struct watcher *w, const struct http_response *r)
{
    char *href, err[160];

    if (!qbrick_playlist(r->body, r->len, &href, err, sizeof err)) {
        fail(w, "%s", err);
        return;
    }
    set_playlist(w, r->url, href);
    free(href);
    request(w, STEP_MEDIA, w->playlist);
}

/* What the configured URL answered: its format decides what follows. */
static void take_entry(struct watcher *w, const struct http_response *r)
{
    enum stream_format f = w->cfg->format;
    enum body_kind k = kind_of(r->body, r->len);

    if (f == FORMAT_HTTP || (f == FORMAT_AUTO && k == BODY_OTHER && w->seen == BODY_OTHER)) {
        w->cur.ok = true;
        report(w);
    } else if (f == FORMAT_QBRICK || (f == FORMAT_AUTO && w->seen == BODY_QBRICK) ||
               (f == FORMAT_AUTO && k == BODY_QBRICK)) {
        if (k != BODY_QBRICK) {
            fail(w, "not a Qbrick media document (%s)", k == BODY_HLS ? "a playlist" :
                 "no JSON with asset.resources");
            return;
        }
        w->seen = BODY_QBRICK;
        take_qbrick(w, r);
    } else {
        /* hls, or auto once a playlist was seen here: an HTML page served
         * with 200 where the playlist was is a failure, not LIVE */
        w->seen = BODY_HLS;
        take_playlist(w, r);
    }
}

static void on_response(void *ctx, const struct http_response *r)
{
    struct watcher *w = ctx;
    const int64_t epoch = w->time.epoch_ms ? w->time.epoch_ms(w->time.ctx) : 0;

    w->cur.http_status = r->status;
    /* Date is stamped in whole seconds while the server answers: compare
     * it with the middle of the request, half a second on */
    if (r->date_s != HTTP_NO_VALUE && w->time.epoch_ms && w->cur.skew_ms == STREAM_NO_VALUE)
        w->cur.skew_ms = r->date_s * 1000 + 500 - (epoch - r->latency_ms / 2);
    if (w->step == STEP_SEGMENT) {
        check_segment(w, r);
        return;
    }
    if (!r->ok || r->status >= 400) {
        if (w->step == STEP_MEDIA)
            w->playlist_failed = true; /* the next poll resolves it again */
        if (!r->ok)
            fail(w, "%s", r->error);
        else
            fail(w, "HTTP %ld from %s", r->status, r->url);
        return;
    }
    if (w->step == STEP_ENTRY)
        take_entry(w, r);
    else
        take_playlist(w, r);
}

int watcher_fds(const struct watcher *w, struct pollfd *fds, int max)
{
    return http_fds(w->http, fds, max);
}

/* A poll past its timeout by this much is ended by the watcher itself,
 * whatever curl is doing. */
#define OVERDUE_MS 1000

int watcher_timeout_ms(const struct watcher *w)
{
    int64_t now = mono(w);
    int t = http_timeout_ms(w->http, now);
    int64_t due = w->step == STEP_IDLE ? w->next_at - now : w->deadline + OVERDUE_MS - now;
    const struct stream_health *h = &w->health;

    /* wake when a frozen playlist crosses the stall threshold, not at
     * the next poll or clock tick after it */
    if (h->have_position && h->state != STREAM_STALLED && h->state != STREAM_ENDED) {
        int64_t stall = h->advanced_at + stream_stall_ms(w->cfg, h->target_duration) + 1 - now;

        if (stall >= 0 && stall < due)
            due = stall;
    }
    due = due < 0 ? 0 : due;
    if (t < 0 || due < t)
        t = (int)due;
    return t;
}

void watcher_process(struct watcher *w, const struct pollfd *fds, int n)
{
    int64_t now = mono(w);

    http_process(w->http, fds, n, now);
    if (w->step != STEP_IDLE && now > w->deadline + OVERDUE_MS) {
        http_cancel_all(w->http);
        fail(w, "timed out after %d s (no answer from the network layer)", w->cfg->timeout);
    }
    if (w->step == STEP_IDLE && now >= w->next_at)
        start_poll(w);
    stream_tick(&w->health, mono(w));
}
