#include "watcher.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "body.h"
#include "hls.h"
#include "http.h"
#include "ladder.h"
#include "transport.h"
#include "stream_format.h"
#include "url.h"
#include "xalloc.h"

#ifndef PODIUM_VERSION
#define PODIUM_VERSION "0.1"
#endif

/* The way to the playlists (page, document, master) is read again this
 * often: the playlist a document names can move between CDNs during the
 * day; and at once when a playlist fails. */
#define RESOLVE_EVERY_MS (5 * 60 * 1000)
/* A request past its timeout by this much is ended by the watcher
 * itself, whatever curl is doing. */
#define OVERDUE_MS 1000
/* Polls are never closer than this, whatever the target duration. */
#define MIN_PACE_MS 1000
/* A poll due this soon starts now when the loop is awake anyway (the
 * clock's tick): one wake-up instead of two, a few ms early at most. */
#define SHARE_WAKE_MS 10
/* A newest segment is checked at most this often while the last check
 * found it (every poll while one is missing): with 2 s segments, every
 * third poll, which halves what watching costs; with 6 s ones, every
 * poll. A missing segment is rarer than a stall and a failed playlist,
 * which every poll sees. */
#define SEGMENT_EVERY_MS 6000
#define TLS_HINT " (give the broadcaster's CA in stream.ca_file, see podium.cfg(5))"

/* What a request is for: the configured address, a later step on the way
 * to the playlists (read as a format of stream_format.h), a playlist, the
 * check of a playlist's newest segment, or the reference address. */
enum link { LINK_ENTRY, LINK_WAY, LINK_TRACK, LINK_SEGMENT, LINK_REFERENCE };

struct fetch {
    struct watcher *w;
    enum link link;
    enum stream_format as; /* the way: what the answer is read as */
    int track;
    bool busy;
    int64_t began;
    struct body body;
};

/* the way, a playlist or two, the segment: never more at once */
#define MAX_FETCHES 4

struct watcher {
    const struct stream_config *cfg;
    struct clock_source time;
    struct transport net;
    struct stream_health health;
    /* the playlists, once found (names in health.tracks) */
    char *urls[STREAM_MAX_TRACKS];
    bool known;        /* found: polls read them directly */
    bool direct;       /* the address is itself the one playlist, or a page */
    bool plain;        /* format http (or auto on a plain page): up when 2xx */
    bool seen_hls;     /* the address once served a playlist */
    bool resolve_now;  /* a playlist failed: find them again first */
    int64_t resolved_at;
    char chain[STREAM_REASON_MAX]; /* the way, as it is being read */
    size_t rotate;     /* turns of the playlists read in rotation */
    /* the poll under way */
    bool polling;
    int64_t started, next_at;
    int slowest;       /* ms, its slowest request */
    int64_t skew_ms;
    int reading_left;  /* playlists still to answer */
    bool read[STREAM_MAX_TRACKS];
    struct stream_poll readings[STREAM_MAX_TRACKS];
    char *newest[STREAM_MAX_TRACKS]; /* each read playlist's newest segment */
    bool unreachable[STREAM_MAX_TRACKS]; /* its host could not be reached */
    int64_t checked_at[STREAM_MAX_TRACKS]; /* when its segments last were */
    int64_t segment_at;  /* when a segment last was checked, of any */
    int missing;       /* the track whose newest segment was missing, or -1 */
    bool lost;         /* no playlist found this poll: why, in words */
    char lost_why[STREAM_REASON_MAX];
    long lost_status;
    bool lost_unreachable;
    bool referred;     /* the reference address was asked this poll */
    bool no_network;   /* and it could not be reached either */
    struct fetch fetches[MAX_FETCHES];
};

static int64_t mono(const struct watcher *w)
{
    return w->time.mono_ms(w->time.ctx);
}

static int64_t wall(const struct watcher *w)
{
    return w->time.wall_ms ? w->time.wall_ms(w->time.ctx) : mono(w);
}

static int64_t epoch(const struct watcher *w)
{
    return w->time.epoch_ms ? w->time.epoch_ms(w->time.ctx) : 0;
}

struct watcher *watcher_new(const struct stream_config *cfg, struct clock_source time)
{
    return watcher_new_on(cfg, time, transport_http("podium/" PODIUM_VERSION));
}

struct watcher *watcher_new_on(const struct stream_config *cfg, struct clock_source time,
                               struct transport net)
{
    struct watcher *w = xcalloc(1, sizeof *w);

    w->cfg = cfg;
    w->time = time;
    w->net = net;
    stream_init(&w->health, cfg, mono(w), wall(w));
    w->next_at = mono(w); /* the first poll at once */
    w->segment_at = INT64_MIN / 2;
    w->missing = -1;
    for (int i = 0; i < MAX_FETCHES; i++)
        w->fetches[i].w = w;
    return w;
}

static void forget_poll(struct watcher *w)
{
    for (int i = 0; i < STREAM_MAX_TRACKS; i++) {
        free(w->newest[i]);
        w->newest[i] = NULL;
        w->read[i] = false;
        w->unreachable[i] = false;
    }
    w->lost = w->lost_unreachable = w->referred = w->no_network = false;
}

void watcher_free(struct watcher *w)
{
    if (w == NULL)
        return;
    w->net.ops->free(w->net.impl);
    for (int i = 0; i < MAX_FETCHES; i++)
        if (w->fetches[i].busy)
            body_free(&w->fetches[i].body);
    forget_poll(w);
    for (int i = 0; i < STREAM_MAX_TRACKS; i++)
        free(w->urls[i]);
    stream_free(&w->health);
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

void watcher_restore(struct watcher *w, enum stream_state s, bool outage, const char *reason,
                     int64_t epoch_ms)
{
    int day, today;
    int64_t at;

    if (w->time.epoch_ms == NULL)
        return;
    at = local_ms(epoch_ms, &day);
    local_ms(epoch(w), &today);
    if (day == today)
        stream_add_past(&w->health, s, outage, reason, at);
}

void watcher_restore_end(struct watcher *w)
{
    stream_past_end(&w->health);
}

void watcher_set_day_running(struct watcher *w, bool running)
{
    stream_set_day_running(&w->health, running, mono(w), wall(w));
}

int64_t watcher_now(const struct watcher *w)
{
    return mono(w);
}

const char *watcher_track_url(const struct watcher *w, size_t i)
{
    return w->known && i < w->health.n_tracks ? w->urls[i] : NULL;
}

/* ---- the poll's end ---- */

/* Reload after a target duration, half of it when unchanged (RFC 8216
 * 6.3.4), within interval. A playlist already named stalled is read
 * each target duration: its recovery is seen as soon, at half the cost. */
static int64_t pace(const struct watcher *w)
{
    const struct stream_poll *p = &w->readings[0];
    const struct stream_track *t = &w->health.tracks[0];
    int64_t each = (int64_t)w->cfg->interval * 1000;

    if (w->read[0] && p->ok && p->hls) {
        int64_t td = p->target_duration * 1000;
        bool unchanged = t->have_position && p->position == t->position;
        int64_t hls = unchanged && t->state != STREAM_STALLED ? td / 2 : td;

        each = hls < each ? hls : each;
    }
    return each < MIN_PACE_MS ? MIN_PACE_MS : each;
}

static void fetch(struct watcher *w, enum link link, int track, enum stream_format as,
                  const char *url);

/* Nothing of the stream could be reached this poll, and something could
 * not be reached at all (no name, no connection): the laptop's network
 * may be the one down. */
static bool unreachable_poll(const struct watcher *w)
{
    bool any = w->lost && w->lost_unreachable;

    for (size_t i = 0; i < w->health.n_tracks; i++) {
        if (w->read[i] && w->readings[i].ok)
            return false;
        any = any || (w->read[i] && w->unreachable[i]);
    }
    return any;
}

/* "NO NETWORK on this laptop (...): " before a failure's words. */
static void say_no_network(const struct watcher *w, char *error, size_t size)
{
    char was[STREAM_REASON_MAX], host[64];
    const char *h = strstr(w->cfg->reference_url, "//");
    size_t n;

    h = h ? h + 2 : w->cfg->reference_url;
    n = strcspn(h, "/?#");
    snprintf(host, sizeof host, "%.*s", (int)(n < sizeof host ? n : sizeof host - 1), h);
    snprintf(was, sizeof was, "%s", error);
    snprintf(error, size, "NO NETWORK on this laptop (%.40s cannot be reached either: "
                          "check the venue's line): %.120s", host, was);
}

/* The poll is over: what it read goes to the health, the next is paced.
 * When the stream could not be reached, the reference address is asked
 * first, to tell the venue's network from the stream's servers. */
static void end_poll(struct watcher *w)
{
    int64_t at = mono(w), now_wall = wall(w), next = w->started + pace(w);

    if (!w->referred && unreachable_poll(w)) {
        w->referred = true;
        fetch(w, LINK_REFERENCE, 0, FORMAT_AUTO, w->cfg->reference_url);
        return;
    }
    if (w->lost) {
        struct stream_poll p = {.track = STREAM_CHAIN, .started = w->started, .at = at,
                                .wall = now_wall, .http_status = w->lost_status,
                                .latency_ms = w->slowest, .delay_ms = STREAM_NO_VALUE,
                                .age_s = STREAM_NO_VALUE, .skew_ms = w->skew_ms};

        snprintf(p.error, sizeof p.error, "%s", w->lost_why);
        if (w->no_network)
            say_no_network(w, p.error, sizeof p.error);
        stream_record(&w->health, &p);
        next = w->started + (int64_t)w->cfg->interval * 1000;
    }
    for (size_t i = 0; i < w->health.n_tracks && !w->lost; i++) {
        struct stream_poll *p = &w->readings[i];

        if (!w->read[i])
            continue;
        p->at = at;
        p->wall = now_wall;
        p->latency_ms = w->slowest;
        p->skew_ms = w->skew_ms;
        if (w->no_network && w->unreachable[i])
            say_no_network(w, p->error, sizeof p->error);
        stream_record(&w->health, p);
    }
    forget_poll(w);
    w->polling = false;
    w->next_at = next;
}

/* No playlist could be found this poll. */
static void chain_failed_poll(struct watcher *w, const char *why, long status,
                              bool unreachable)
{
    w->lost = true;
    snprintf(w->lost_why, sizeof w->lost_why, "%s", why);
    w->lost_status = status;
    w->lost_unreachable = unreachable;
    end_poll(w);
}

static void take_reference(struct fetch *f, const struct http_response *r)
{
    f->w->no_network = !r->ok && r->failure == HTTP_FAIL_UNREACHABLE;
    end_poll(f->w);
}

/* ---- requests ---- */

static void on_response(void *ctx, const struct http_response *r);

/* A request: for track (LINK_TRACK, LINK_SEGMENT), or a step on the way
 * read as format as. */
static void fetch(struct watcher *w, enum link link, int track, enum stream_format as,
                  const char *url)
{
    struct fetch *f = NULL;
    struct http_request req = {.url = url, .timeout_ms = w->cfg->timeout * 1000,
                               .ca_file = w->cfg->ca_file, .first_byte = link == LINK_SEGMENT};

    for (int i = 0; i < MAX_FETCHES && f == NULL; i++)
        f = w->fetches[i].busy ? NULL : &w->fetches[i];
    if (f == NULL)
        abort(); /* a poll never asks for more: a bug, not a network's doing */
    f->link = link;
    f->as = as;
    f->track = track;
    f->busy = true;
    f->began = mono(w);
    body_init(&f->body, link == LINK_TRACK);
    if (link != LINK_SEGMENT) {
        req.reader = body_take;
        req.reader_ctx = &f->body;
    }
    if (!w->net.ops->get(w->net.impl, &req, on_response, f)) {
        struct http_response r = {.failure = HTTP_FAIL_OTHER, .body = "", .url = url,
                                  .date_s = HTTP_NO_VALUE, .age_s = HTTP_NO_VALUE};

        snprintf(r.error, sizeof r.error, "cannot start a request for %s", url);
        on_response(f, &r);
    }
}

/* Why an answer is no good, in words; false when it is good so far. */
static bool failed(struct fetch *f, const struct http_response *r, char *why, size_t size)
{
    struct hls_playlist pl;
    char err[HLS_TEXT_MAX];

    if (r->status >= 400) { /* whatever its body, which a reader may have refused */
        char shown[1024]; /* no password in a reason: it is shown and journaled */

        snprintf(why, size, "HTTP %ld from %s", r->status, url_shown(r->url, shown, sizeof shown));
    } else if (!r->ok && r->failure == HTTP_FAIL_READER && f->body.over) {
        snprintf(why, size, "response over %d KiB: cut off", BODY_MAX_KEPT / 1024);
    } else if (!r->ok && r->failure == HTTP_FAIL_READER) {
        /* the playlist reader gave up: it says why */
        if (body_playlist(&f->body, &pl, err, sizeof err))
            hls_free(&pl); /* cannot be: it stopped the transfer */
        snprintf(why, size, "unreadable playlist: %s", err);
    } else if (!r->ok) {
        snprintf(why, size, "%.180s%s", r->error, r->failure == HTTP_FAIL_TLS ? TLS_HINT : "");
    } else {
        return false;
    }
    return true;
}

/* ---- the playlists ---- */

static void read_playlists(struct watcher *w);
static void check_segment(struct watcher *w);

/* A media playlist's answer, as playlist i's reading in this poll. */
static void take_media(struct watcher *w, int i, const struct http_response *r,
                       const struct hls_playlist *pl)
{
    struct stream_poll *p = &w->readings[i];

    p->ok = true;
    p->hls = true;
    p->position = hls_position(pl);
    p->media_sequence = pl->media_sequence;
    p->target_duration = pl->target_duration;
    p->longest = pl->longest;
    p->endlist = pl->endlist;
    snprintf(p->warning, sizeof p->warning, "%s", pl->warning);
    if (r->age_s != HTTP_NO_VALUE)
        p->age_s = r->age_s;
    /* a date-time more than a day off is no clock to measure by */
    if (pl->newest_pdt_ms >= 0 && w->time.epoch_ms &&
        llabs(epoch(w) - pl->newest_pdt_ms) <= 24LL * 3600 * 1000)
        p->delay_ms = epoch(w) - pl->newest_pdt_ms;
    if (pl->newest && !pl->endlist)
        w->newest[i] = url_resolve(r->url, pl->newest);
}

static void begin_reading(struct watcher *w, int i, long status)
{
    struct stream_poll *p = &w->readings[i];

    memset(p, 0, sizeof *p);
    p->track = i;
    p->started = w->started;
    p->http_status = status;
    p->delay_ms = p->age_s = p->skew_ms = STREAM_NO_VALUE;
    w->read[i] = true;
}

static void take_track(struct fetch *f, const struct http_response *r)
{
    struct watcher *w = f->w;
    struct stream_poll *p = &w->readings[f->track];
    struct hls_playlist pl;
    char err[HLS_TEXT_MAX];

    begin_reading(w, f->track, r->status);
    if (failed(f, r, p->error, sizeof p->error)) {
        w->unreachable[f->track] = r->failure == HTTP_FAIL_UNREACHABLE;
        w->resolve_now = !w->direct;
    } else if (!body_playlist(&f->body, &pl, err, sizeof err)) {
        snprintf(p->error, sizeof p->error, "unreadable playlist: %s", err);
        w->resolve_now = !w->direct;
    } else {
        if (pl.master) {
            snprintf(p->error, sizeof p->error,
                     "unreadable playlist: a master playlist where a media playlist was "
                     "expected");
            w->known = false; /* the way changed: find it again */
        } else {
            take_media(w, f->track, r, &pl);
        }
        hls_free(&pl);
    }
    if (--w->reading_left == 0)
        check_segment(w);
}

/* The playlists read on every poll, and one more in turn: the bytes a
 * poll costs stay bounded however many variants there are. */
static void read_playlists(struct watcher *w)
{
    size_t n = w->health.n_tracks, every = n <= 2 ? n : 1;

    w->reading_left = 0;
    for (size_t i = 0; i < n; i++)
        w->read[i] = false;
    for (size_t i = 0; i < every; i++) {
        w->reading_left++;
        fetch(w, LINK_TRACK, (int)i, FORMAT_HLS, w->urls[i]);
    }
    if (every < n) {
        size_t k = every + w->rotate++ % (n - every);

        w->reading_left++;
        fetch(w, LINK_TRACK, (int)k, FORMAT_HLS, w->urls[k]);
    }
}

/* Which read playlist's newest segment to check: the one found missing
 * last time (is it back?), else of those that advanced (else of any
 * read) the one whose segments were checked longest ago: every variant's
 * turn comes. -1: none. */
static int segment_to_check(const struct watcher *w)
{
    int pick = -1;
    bool pick_moved = false;

    if (w->missing >= 0 && w->read[w->missing] && w->newest[w->missing] != NULL)
        return w->missing;
    for (size_t i = 0; i < w->health.n_tracks; i++) {
        const struct stream_track *t = &w->health.tracks[i];
        bool moved = !t->have_position || w->readings[i].position > t->position;

        if (!w->read[i] || w->newest[i] == NULL)
            continue;
        if (pick < 0 || (moved && !pick_moved) ||
            (moved == pick_moved && w->checked_at[i] < w->checked_at[pick])) {
            pick = (int)i;
            pick_moved = moved;
        }
    }
    return pick;
}

/* The newest segment, one byte of it, of a playlist (a playlist can name
 * segments the server no longer, or not yet, has), when one is due. */
static void check_segment(struct watcher *w)
{
    int64_t now = mono(w);
    int pick = segment_to_check(w);

    if (pick < 0 || (w->missing < 0 && now - w->segment_at < SEGMENT_EVERY_MS)) {
        end_poll(w);
        return;
    }
    w->checked_at[pick] = now;
    w->segment_at = now;
    if (pick == w->missing)
        w->missing = -1; /* until it is found missing again */
    fetch(w, LINK_SEGMENT, pick, FORMAT_AUTO, w->newest[pick]);
}

static void take_segment(struct fetch *f, const struct http_response *r)
{
    struct watcher *w = f->w;
    struct stream_poll *p = &w->readings[f->track];

    if (!r->ok) {
        p->ok = false;
        snprintf(p->error, sizeof p->error, "newest segment missing: %.160s%s", r->error,
                 r->failure == HTTP_FAIL_TLS ? TLS_HINT : "");
    } else if (r->status >= 400) {
        p->ok = false;
        snprintf(p->error, sizeof p->error, "newest segment missing: HTTP %ld", r->status);
    }
    if (!p->ok)
        w->missing = f->track;
    end_poll(w);
}

/* ---- the way to the playlists ---- */

static void add_step(struct watcher *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add_step(struct watcher *w, const char *fmt, ...)
{
    size_t n = strlen(w->chain);
    va_list ap;

    if (n > 0 && n + 6 < sizeof w->chain) {
        snprintf(w->chain + n, sizeof w->chain - n, " → ");
        n = strlen(w->chain);
    }
    va_start(ap, fmt);
    vsnprintf(w->chain + n, sizeof w->chain - n, fmt, ap);
    va_end(ap);
}

static void set_urls(struct watcher *w, char **urls, size_t n)
{
    for (size_t i = 0; i < STREAM_MAX_TRACKS; i++) {
        free(w->urls[i]);
        w->urls[i] = i < n ? urls[i] : NULL;
    }
    w->known = true;
    w->resolve_now = false;
    w->resolved_at = mono(w);
    if (w->rotate > 1000000)
        w->rotate = 0;
}

/* A master: the ladder it names is what is watched from now on. */
static void take_master(struct watcher *w, const char *base, const struct hls_playlist *pl)
{
    struct ladder l;

    ladder_pick(pl, base, &l);
    add_step(w, "%s", l.step);
    set_urls(w, l.urls, l.n);
    w->direct = false;
    stream_set_tracks(&w->health, l.name_list, l.n, l.n <= 2 ? l.n : 1, l.unwatched);
    stream_set_chain(&w->health, w->chain, "");
    read_playlists(w);
}

/* A media playlist on the way: it is the one playlist, and this answer
 * is already its reading. */
static void take_single(struct fetch *f, const struct http_response *r,
                        const struct hls_playlist *pl)
{
    struct watcher *w = f->w;
    /* the address as configured when it is the playlist: a redirect's
     * target may carry a token that expires */
    char *url = xstrdup(f->link == LINK_ENTRY ? w->cfg->url : r->url);

    add_step(w, "media playlist");
    set_urls(w, &url, 1);
    w->direct = f->link == LINK_ENTRY;
    stream_set_tracks(&w->health, NULL, 0, 1, 0);
    stream_set_chain(&w->health, w->chain, "");
    begin_reading(w, 0, r->status);
    take_media(w, 0, r, pl);
    w->reading_left = 0;
    check_segment(w);
}

/* A plain page (format http, or auto on a page that is nothing else):
 * up when it answers. */
static void take_plain(struct watcher *w, const struct http_response *r)
{
    char *url = xstrdup(w->cfg->url);

    set_urls(w, &url, 1);
    w->direct = w->plain = true;
    stream_set_chain(&w->health, "http", "");
    begin_reading(w, 0, r->status);
    w->readings[0].ok = true;
    end_poll(w);
}

/* A step on the way failed. With playlists already known, they are
 * watched on (the page or document failing is not the stream failing);
 * otherwise the poll found nothing. */
static void way_failed(struct watcher *w, const char *why, long status, bool unreachable)
{
    char warning[STREAM_REASON_MAX];

    if (w->known && !w->plain) {
        snprintf(warning, sizeof warning, "could not read the way to the playlists again: %s",
                 why);
        stream_set_chain(&w->health, w->health.chain, warning);
        w->resolved_at = mono(w); /* try again in a while, not on every poll */
        read_playlists(w);
    } else {
        chain_failed_poll(w, why, status, unreachable);
    }
}

static void take_playlist_step(struct fetch *f, const struct http_response *r)
{
    struct hls_playlist pl;
    char err[HLS_TEXT_MAX], why[STREAM_REASON_MAX];

    if (f->link == LINK_ENTRY)
        f->w->seen_hls = true;
    if (!body_playlist(&f->body, &pl, err, sizeof err)) {
        snprintf(why, sizeof why, "unreadable playlist: %s", err);
        way_failed(f->w, why, r->status, false);
        return;
    }
    if (pl.master)
        take_master(f->w, r->url, &pl);
    else
        take_single(f, r, &pl);
    hls_free(&pl);
}

/* A step on the way answered: its format says what it leads to. */
static void take_step(struct fetch *f, const struct http_response *r)
{
    struct watcher *w = f->w;
    struct format_input in = {.text = f->body.text ? f->body.text : "", .len = f->body.len,
                              .playlist = body_is_playlist(&f->body), .url = r->url};
    struct format_answer a = {0};

    if (f->as == FORMAT_AUTO)
        stream_format_read_auto(&in, w->seen_hls, w->cfg->url, &a);
    else
        stream_formats[f->as].read(&in, &a);
    switch (a.lead) {
    case LEAD_NOT_THIS:
    case LEAD_FAIL:
        way_failed(w, a.why, r->status, false);
        break;
    case LEAD_UP:
        take_plain(w, r);
        break;
    case LEAD_PLAYLIST:
        take_playlist_step(f, r);
        break;
    case LEAD_FOLLOW:
        add_step(w, "%s", a.step);
        fetch(w, LINK_WAY, 0, a.next_as, a.next);
        break;
    }
    free(a.next);
}

static void on_response(void *ctx, const struct http_response *r)
{
    struct fetch *f = ctx;
    struct watcher *w = f->w;
    char why[STREAM_REASON_MAX];

    if (r->latency_ms > w->slowest)
        w->slowest = r->latency_ms;
    /* Date is stamped in whole seconds while the server answers: compare
     * it with the middle of the request, half a second on */
    if (r->date_s != HTTP_NO_VALUE && w->time.epoch_ms && w->skew_ms == STREAM_NO_VALUE)
        w->skew_ms = r->date_s * 1000 + 500 - (epoch(w) - r->latency_ms / 2);
    if (f->link == LINK_TRACK)
        take_track(f, r);
    else if (f->link == LINK_SEGMENT)
        take_segment(f, r);
    else if (f->link == LINK_REFERENCE)
        take_reference(f, r);
    else if (failed(f, r, why, sizeof why))
        way_failed(w, why, r->status, r->failure == HTTP_FAIL_UNREACHABLE);
    else
        take_step(f, r);
    /* only now is its slot free: what follows was started in others */
    body_free(&f->body);
    f->busy = false;
}

/* ---- the loop ---- */

static void start_poll(struct watcher *w)
{
    int64_t now = mono(w);
    bool again = w->known && !w->direct &&
                 (w->resolve_now || now - w->resolved_at >= RESOLVE_EVERY_MS);

    forget_poll(w);
    w->polling = true;
    w->started = now;
    w->slowest = 0;
    w->skew_ms = STREAM_NO_VALUE;
    if (w->known && !again) {
        if (w->plain)
            fetch(w, LINK_ENTRY, 0, w->cfg->format, w->cfg->url);
        else
            read_playlists(w);
        return;
    }
    w->chain[0] = '\0';
    fetch(w, LINK_ENTRY, 0, w->cfg->format, w->cfg->url);
}

int watcher_fds(const struct watcher *w, struct pollfd *fds, int max)
{
    return w->net.ops->fds(w->net.impl, fds, max);
}

/* When the next frozen playlist read on every poll crosses the stall
 * threshold, ms from now; -1 for none. */
static int64_t next_stall(const struct watcher *w, int64_t now)
{
    int64_t due = -1;

    for (size_t i = 0; i < w->health.n_tracks; i++) {
        const struct stream_track *t = &w->health.tracks[i];
        int64_t at;

        if (!t->every_poll || !t->have_position || t->state == STREAM_STALLED ||
            t->state == STREAM_ENDED)
            continue;
        at = t->advanced_at + stream_stall_ms(w->cfg, t->target_duration) + 1 - now;
        if (at >= 0 && (due < 0 || at < due))
            due = at;
    }
    return due;
}

int watcher_timeout_ms(const struct watcher *w)
{
    int64_t now = mono(w), due = w->next_at - now, stall = next_stall(w, now);
    int t = w->net.ops->timeout_ms(w->net.impl, now);

    if (w->polling) {
        due = INT32_MAX;
        for (int i = 0; i < MAX_FETCHES; i++) {
            int64_t end = w->fetches[i].began + w->cfg->timeout * 1000LL + OVERDUE_MS - now;

            if (w->fetches[i].busy && end < due)
                due = end;
        }
    }
    /* wake when a frozen playlist crosses the stall threshold, not at
     * the next poll or clock tick after it */
    if (stall >= 0 && stall < due && !w->polling)
        due = stall;
    due = due < 0 ? 0 : due;
    if (t < 0 || due < t)
        t = (int)due;
    return t;
}

/* Requests the network layer has not ended long after their timeout are
 * ended here, each with its reason. */
static void end_overdue(struct watcher *w, int64_t now)
{
    bool busy[MAX_FETCHES];
    bool any = false;

    for (int i = 0; i < MAX_FETCHES; i++) {
        const struct fetch *f = &w->fetches[i];

        busy[i] = f->busy;
        any = any || (f->busy && now > f->began + w->cfg->timeout * 1000LL + OVERDUE_MS);
    }
    if (!any)
        return;
    /* all of the poll's requests end here, those under way before (what
     * their ends start is new, with its own time) */
    w->net.ops->cancel_all(w->net.impl);
    for (int i = 0; i < MAX_FETCHES; i++) {
        struct http_response r = {.failure = HTTP_FAIL_OTHER, .body = "", .url = "",
                                  .date_s = HTTP_NO_VALUE, .age_s = HTTP_NO_VALUE};

        if (!busy[i])
            continue;
        snprintf(r.error, sizeof r.error,
                 "timed out after %d s (no answer from the network layer)", w->cfg->timeout);
        on_response(&w->fetches[i], &r);
    }
}

static void process_once(struct watcher *w, const struct pollfd *fds, int n)
{
    int64_t now = mono(w);

    w->net.ops->process(w->net.impl, fds, n, now);
    if (w->polling)
        end_overdue(w, now);
    if (!w->polling && now + SHARE_WAKE_MS >= w->next_at)
        start_poll(w);
    stream_tick(&w->health, mono(w), wall(w), w->polling);
}

void watcher_process(struct watcher *w, const struct pollfd *fds, int n)
{
    process_once(w, fds, n);
    /* what is due at once (the next request of a poll) is done now, not
     * after a poll(2) that cannot wait; a few rounds at most */
    for (int i = 0; i < 8 && watcher_timeout_ms(w) == 0; i++)
        process_once(w, NULL, 0);
}
