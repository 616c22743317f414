/* The stream watcher over a fake transport and a fake clock: a scripted
 * world answers each request (an event page, a Qbrick document, a master,
 * live variants, segments) after the latency it chooses, and time jumps
 * from one wake-up to the next, so whole days of polls replay in
 * milliseconds, exactly, with no network. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "transport.h"
#include "watcher.h"
#include "xalloc.h"

/* ---- the clock ---- */

static int64_t now_ms; /* monotonic, and the wall since midnight: 10:00 + now */

static int64_t fake_mono(void *ctx) { (void)ctx; return now_ms; }
static int64_t fake_wall(void *ctx) { (void)ctx; return 10 * 3600 * 1000LL + now_ms; }
/* 2026-12-02 09:00 UTC + now */
static int64_t fake_epoch(void *ctx) { (void)ctx; return 1796202000000LL + now_ms; }

static const struct clock_source fake_clock = {fake_wall, fake_mono, NULL, fake_epoch};

/* ---- the world: what each address answers ---- */

#define TD 2 /* seconds */
#define RENDITIONS 4

static struct {
    int64_t frozen_at[RENDITIONS];  /* -1: live */
    bool ended[RENDITIONS];
    bool lost[RENDITIONS];          /* its segments answer 404 */
    long status[RENDITIONS];        /* 0: 200 */
    int latency_ms;                 /* every answer */
    bool unreachable;               /* the stream's host: no connection */
    bool reference_unreachable;
    const char *document_href;      /* what the Qbrick document names */
    int requests, playlist_requests, document_requests, segment_requests;
} world;

static void world_reset(void)
{
    memset(&world, 0, sizeof world);
    for (int i = 0; i < RENDITIONS; i++)
        world.frozen_at[i] = -1;
    world.latency_ms = 40;
    world.document_href = "http://cdn.test/live/master.m3u8";
}

static const char *const rendition_path[RENDITIONS] = {
    "http://cdn.test/live/v1.m3u8", "http://cdn.test/live/v2.m3u8",
    "http://cdn.test/live/v3.m3u8", "http://cdn.test/live/audio.m3u8"};

struct answer {
    long status;
    enum http_failure failure;
    char error[128];
    char *body;
};

static char *media_playlist(int r)
{
    int64_t t = world.frozen_at[r] >= 0 ? world.frozen_at[r] : now_ms;
    int64_t newest = 100 + t / (TD * 1000);
    char *out = xmalloc(4096);
    size_t n = (size_t)snprintf(out, 4096,
                                "#EXTM3U\n#EXT-X-TARGETDURATION:%d\n#EXT-X-MEDIA-SEQUENCE:%lld\n",
                                TD, (long long)(newest - 4));

    for (int64_t s = newest - 4; s <= newest; s++)
        n += (size_t)snprintf(out + n, 4096 - n, "#EXTINF:%d.0,\nseg-%d-%lld.ts\n", TD, r,
                              (long long)s);
    if (world.ended[r])
        snprintf(out + n, 4096 - n, "#EXT-X-ENDLIST\n");
    return out;
}

static void answer_for(const char *url, struct answer *a)
{
    memset(a, 0, sizeof *a);
    a->status = 200;
    world.requests++;
    if (strncmp(url, "http://ref.test/", 16) == 0) {
        if (world.reference_unreachable) {
            a->failure = HTTP_FAIL_UNREACHABLE;
            snprintf(a->error, sizeof a->error, "Could not resolve host: ref.test");
        }
        a->body = xstrdup("<html>front page</html>");
        return;
    }
    if (world.unreachable) {
        a->failure = HTTP_FAIL_UNREACHABLE;
        snprintf(a->error, sizeof a->error, "Could not resolve host: www.test");
        return;
    }
    if (strcmp(url, "http://www.test/event") == 0) {
        a->body = xstrdup("<html><body><div class='player'><script>var p = {src: "
                          "'//video.test/api/v1/public/accounts/7/medias/0f3e5a7cab'};"
                          "</script></div></body></html>");
    } else if (strcmp(url, "http://video.test/api/v1/public/accounts/7/medias/0f3e5a7cab") == 0) {
        char doc[512];

        world.document_requests++;
        snprintf(doc, sizeof doc,
                 "{\"asset\":{\"resources\":[{\"type\":\"index\",\"renditions\":[{\"type\":"
                 "\"index\",\"links\":[{\"mimeType\":\"application/x-mpegURL\",\"href\":"
                 "\"%s\"}]}]}]}}", world.document_href);
        a->body = xstrdup(doc);
    } else if (strcmp(url, "http://cdn.test/live/master.m3u8") == 0) {
        a->body = xstrdup(
            "#EXTM3U\n#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"Svenska\",URI=\"audio.m3u8\"\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,AUDIO=\"a\"\nv1.m3u8\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080,AUDIO=\"a\"\nv2.m3u8\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720,AUDIO=\"a\"\nv3.m3u8\n");
    } else if (strstr(url, "/seg-") != NULL) {
        int r = atoi(strstr(url, "/seg-") + 5);

        world.segment_requests++;
        a->status = r >= 0 && r < RENDITIONS && world.lost[r] ? 404 : 206;
        a->body = xstrdup(a->status == 206 ? "G" : "Not Found");
    } else {
        for (int r = 0; r < RENDITIONS; r++) {
            if (strcmp(url, rendition_path[r]) == 0) {
                world.playlist_requests++;
                a->status = world.status[r] ? world.status[r] : 200;
                a->body = a->status == 200 ? media_playlist(r) : xstrdup("Not Found");
                return;
            }
        }
        a->status = 404;
        a->body = xstrdup("no such thing");
    }
}

/* ---- the fake transport: answers come due after their latency ---- */

#define MAX_PENDING 16

struct pending {
    bool live;
    int64_t due;
    char *url;
    struct http_request req;
    http_done_fn *done;
    void *ctx;
    struct answer a;
    bool timed_out;
};

struct fake {
    struct pending p[MAX_PENDING];
};

static bool fake_get(void *impl, const struct http_request *req, http_done_fn *done, void *ctx)
{
    struct fake *f = impl;

    for (int i = 0; i < MAX_PENDING; i++) {
        struct pending *p = &f->p[i];

        if (p->live)
            continue;
        p->live = true;
        p->url = xstrdup(req->url);
        p->req = *req;
        p->req.url = p->url;
        p->done = done;
        p->ctx = ctx;
        answer_for(req->url, &p->a);
        /* as curl does: a request slower than its timeout ends at it */
        p->timed_out = world.latency_ms > req->timeout_ms;
        p->due = now_ms + (p->timed_out ? req->timeout_ms : world.latency_ms);
        return true;
    }
    fail_msg("more than %d requests at once", MAX_PENDING);
    return false;
}

static void drop(struct pending *p)
{
    free(p->url);
    free(p->a.body);
    memset(p, 0, sizeof *p);
}

static void fake_cancel_all(void *impl)
{
    struct fake *f = impl;

    for (int i = 0; i < MAX_PENDING; i++)
        if (f->p[i].live)
            drop(&f->p[i]);
}

static int fake_fds(const void *impl, struct pollfd *fds, int max)
{
    (void)impl;
    (void)fds;
    (void)max;
    return 0;
}

static int fake_timeout_ms(const void *impl, int64_t now)
{
    const struct fake *f = impl;
    int64_t t = -1;

    for (int i = 0; i < MAX_PENDING; i++) {
        if (f->p[i].live && (t < 0 || f->p[i].due - now < t))
            t = f->p[i].due - now;
    }
    return t < 0 ? -1 : (int)(t > 0 ? t : 0);
}

/* The body as it would arrive: in small pieces, to the reader if any. */
static void deliver(struct pending *p)
{
    struct http_response r = {.ok = true, .status = p->a.status, .url = p->url,
                              .latency_ms = p->timed_out ? p->req.timeout_ms : world.latency_ms,
                              .date_s = HTTP_NO_VALUE, .age_s = HTTP_NO_VALUE};
    const char *body = p->a.body ? p->a.body : "";
    size_t len = strlen(body);

    if (p->a.failure != HTTP_FAIL_NONE || p->timed_out) {
        r.ok = false;
        r.status = 0;
        r.failure = p->timed_out ? HTTP_FAIL_OTHER : p->a.failure;
        if (p->timed_out)
            snprintf(r.error, sizeof r.error, "Operation timed out after %d milliseconds",
                     p->req.timeout_ms);
        else
            snprintf(r.error, sizeof r.error, "%s", p->a.error);
        r.body = "";
    } else if (p->req.reader && !p->req.first_byte) {
        r.body = "";
        for (size_t at = 0; at < len; at += 7) {
            if (!p->req.reader(p->req.reader_ctx, body + at, len - at < 7 ? len - at : 7)) {
                r.ok = false;
                r.failure = HTTP_FAIL_READER;
                snprintf(r.error, sizeof r.error, "the reader stopped the transfer");
                break;
            }
            r.len += len - at < 7 ? len - at : 7;
        }
    } else {
        r.body = (char *)body;
        r.len = len;
    }
    p->done(p->ctx, &r);
}

static void fake_process(void *impl, const struct pollfd *fds, int n, int64_t now)
{
    struct fake *f = impl;
    bool again = true;

    (void)fds;
    (void)n;
    while (again) { /* what an answer starts may be due at once too */
        again = false;
        for (int i = 0; i < MAX_PENDING; i++) {
            struct pending p = f->p[i];

            if (!p.live || p.due > now)
                continue;
            memset(&f->p[i], 0, sizeof f->p[i]); /* its slot is free for what follows */
            deliver(&p);
            drop(&p);
            again = true;
        }
    }
}

static void fake_free(void *impl)
{
    fake_cancel_all(impl);
    free(impl);
}

static const struct transport_ops fake_ops = {fake_get, fake_cancel_all, fake_fds,
                                              fake_timeout_ms, fake_process, fake_free};

/* ---- driving it ---- */

static struct stream_config cfg;

static struct watcher *watch(const char *url, enum stream_format format)
{
    cfg = (struct stream_config){.url = (char *)url, .format = format, .interval = 5,
                                 .timeout = 4, .stall_factor = 3.0, .slow_ms = 2000,
                                 .reference_url = (char *)"http://ref.test/"};
    now_ms = 0;
    return watcher_new_on(&cfg, fake_clock,
                          (struct transport){&fake_ops, xcalloc(1, sizeof(struct fake))});
}

/* Time moves from one wake-up to the next until `until` (ms). */
static void run_until(struct watcher *w, int64_t until)
{
    for (int guard = 0; now_ms < until; guard++) {
        int t = watcher_timeout_ms(w);
        int64_t next = t < 0 || now_ms + t > until ? until : now_ms + t;

        if (guard > 1000000)
            fail_msg("the watcher never sleeps (at %lld ms)", (long long)now_ms);
        now_ms = next;
        watcher_process(w, NULL, 0);
    }
}

/* The moment the state first becomes s, at most until; -1 if never. */
static int64_t run_until_state(struct watcher *w, enum stream_state s, int64_t until)
{
    while (now_ms < until) {
        run_until(w, now_ms + 100);
        if (watcher_health(w)->state == s)
            return now_ms;
    }
    return -1;
}

/* ---- the tests ---- */

/* The event page leads to the document, the master, its three variants
 * and the audio; each named, the way said, LIVE; two playlists a poll. */
static void test_page_to_ladder(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    w = watch("http://www.test/event", FORMAT_PAGE);
    h = watcher_health(w);
    run_until(w, 20000);
    assert_string_equal(h->chain, "page → qbrick media 0f3e5a7c… → master (3 variants, 1 audio)");
    assert_int_equal(h->n_tracks, 4);
    assert_string_equal(h->tracks[0].name, "360p (v1)");
    assert_string_equal(h->tracks[1].name, "1080p (v2)");
    assert_string_equal(h->tracks[2].name, "720p (v3)");
    assert_string_equal(h->tracks[3].name, "audio Svenska (a1)");
    assert_string_equal(watcher_track_url(w, 1), "http://cdn.test/live/v2.m3u8");
    assert_int_equal(h->state, STREAM_LIVE);
    for (size_t i = 0; i < h->n_tracks; i++)
        assert_int_equal(h->tracks[i].state, STREAM_LIVE);
    /* TD 2 s: about a poll a 2 s, each two playlists; a segment byte
     * every 6 s (at 0, 6, 12 and 18 s) */
    assert_in_range(world.playlist_requests, 2 * 8, 2 * 12);
    assert_in_range(world.segment_requests, 3, 4);
    watcher_free(w);
}

/* A frozen variant is named within stall_factor x TD plus one round of
 * those read in turn, and not before the stall threshold. */
static void test_frozen_variant_named_in_time(void **state)
{
    struct watcher *w;
    const struct stream_health *h;
    int64_t at;

    (void)state;
    world_reset();
    w = watch("http://www.test/event", FORMAT_PAGE);
    h = watcher_health(w);
    run_until(w, 20000);
    world.frozen_at[1] = now_ms;
    at = run_until_state(w, STREAM_STALLED, 60000);
    assert_true(at >= 20000 + 6000);
    assert_true(at <= 20000 + 6000 + 3 * TD * 1000 + TD * 1000); /* + a round of 3, + a poll */
    assert_non_null(strstr(h->reason, "1080p (v2): playlist not advancing for"));
    assert_non_null(strstr(h->reason, "360p (v1), 720p (v3), audio Svenska (a1) live"));
    assert_true(h->alarm);
    watcher_free(w);
}

/* A slow origin that answers (3 s a request, timeout 4 s) is SLOW with
 * its figure all the while, never DOWN. */
static void test_slow_origin_is_slow(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    world.latency_ms = 3000;
    w = watch("http://cdn.test/live/v1.m3u8", FORMAT_HLS);
    h = watcher_health(w);
    for (int t = 10000; t <= 120000; t += 1000) {
        run_until(w, t);
        assert_int_not_equal(h->state, STREAM_DOWN);
        assert_int_not_equal(h->state, STREAM_STALLED);
    }
    assert_int_equal(h->state, STREAM_SLOW);
    assert_string_equal(h->reason, "slow poll: 3000 ms (over 2000)");
    watcher_free(w);
}

/* Each request has the whole timeout: one over it fails in curl's words. */
static void test_request_over_its_timeout(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    world.latency_ms = 4500;
    w = watch("http://cdn.test/live/v1.m3u8", FORMAT_HLS);
    h = watcher_health(w);
    run_until(w, 20000);
    assert_int_equal(h->state, STREAM_DOWN);
    assert_string_equal(h->reason, "Operation timed out after 4000 milliseconds");
    watcher_free(w);
}

/* Polls are paced by the target duration, half of it when the playlist
 * did not change, never closer than 1 s; a playlist named stalled is read
 * each target duration. */
static void test_pacing(void **state)
{
    struct watcher *w;

    (void)state;
    world_reset();
    w = watch("http://cdn.test/live/v1.m3u8", FORMAT_HLS);
    run_until(w, 60000);
    /* live, TD 2: a poll every 2 s, now and then 1 s when just missed */
    assert_in_range(world.playlist_requests, 29, 45);
    watcher_free(w);

    world_reset();
    world.frozen_at[0] = 0;
    w = watch("http://cdn.test/live/v1.m3u8", FORMAT_HLS);
    run_until(w, 60000);
    /* frozen: half a TD (1 s, the floor) until named stalled after 3 TD
     * (6 s), then a TD: about 6 + 27 */
    assert_in_range(world.playlist_requests, 31, 36);
    watcher_free(w);
}

/* A newest segment is checked every 6 s while found, every poll while
 * missing: the loss is named within 6 s and a poll, the return seen at
 * the next poll. Without the rule, 15 checks in the first 30 s; with the
 * check of the one found missing not kept on, its return unseen. */
static void test_segment_checks(void **state)
{
    struct watcher *w;
    const struct stream_health *h;
    int before;

    (void)state;
    world_reset();
    w = watch("http://cdn.test/live/v1.m3u8", FORMAT_HLS);
    h = watcher_health(w);
    run_until(w, 30000);
    assert_in_range(world.segment_requests, 5, 6); /* 0, 6, ... 30 s */
    assert_int_equal(h->state, STREAM_LIVE);
    world.lost[0] = true;
    run_until(w, 30000 + 6000 + 2 * TD * 1000 + 500);
    assert_non_null(strstr(h->tracks[0].reason, "newest segment missing: HTTP 404"));
    before = world.segment_requests;
    run_until(w, now_ms + 10000);
    /* missing: every poll checks it again (a failed poll is followed by
     * the next after stream.interval, 5 s) */
    assert_int_equal(world.segment_requests - before, 2);
    world.lost[0] = false;
    run_until(w, now_ms + 5000 + 500);
    assert_int_equal(h->tracks[0].state, STREAM_LIVE);
    before = world.segment_requests;
    run_until(w, now_ms + 12000);
    assert_in_range(world.segment_requests - before, 2, 3);
    watcher_free(w);
}

/* The way is read again every 5 minutes; and at once when a playlist
 * fails, which is how a moved stream is found. */
static void test_way_read_again(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    w = watch("http://www.test/event", FORMAT_PAGE);
    h = watcher_health(w);
    run_until(w, 11 * 60 * 1000);
    assert_int_equal(world.document_requests, 3); /* at 0, 5 and 10 minutes */
    /* the broadcaster moves the stream: the old ladder fails */
    world.document_href = "http://cdn.test/live/v3.m3u8";
    world.status[0] = world.status[1] = world.status[2] = world.status[3] = 404;
    world.status[2] = 0;
    /* the failing poll, then the next (a failed poll waits interval) */
    run_until(w, now_ms + TD * 1000 + cfg.interval * 1000 + 1000);
    assert_int_equal(world.document_requests, 4);
    assert_string_equal(h->chain, "page → qbrick media 0f3e5a7c… → media playlist");
    run_until(w, now_ms + 10000);
    assert_int_equal(h->state, STREAM_LIVE);
    watcher_free(w);
}

/* Nothing of the stream reachable: the reference tells whether it is the
 * laptop's network. */
static void test_no_network(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    world.unreachable = true;
    world.reference_unreachable = true;
    w = watch("http://www.test/event", FORMAT_PAGE);
    h = watcher_health(w);
    run_until(w, 20000);
    assert_int_equal(h->state, STREAM_DOWN);
    assert_string_equal(h->reason, "NO NETWORK on this laptop (ref.test cannot be reached "
                                   "either: check the venue's line): Could not resolve host: "
                                   "www.test");
    watcher_free(w);

    world_reset();
    world.unreachable = true;
    w = watch("http://www.test/event", FORMAT_PAGE);
    h = watcher_health(w);
    run_until(w, 20000);
    assert_string_equal(h->reason, "Could not resolve host: www.test");
    watcher_free(w);
}

/* The encoder stopped while the programme runs: ENDED with an alarm;
 * started again, LIVE. */
static void test_end_while_the_day_runs(void **state)
{
    struct watcher *w;
    const struct stream_health *h;

    (void)state;
    world_reset();
    w = watch("http://cdn.test/live/master.m3u8", FORMAT_HLS);
    h = watcher_health(w);
    watcher_set_day_running(w, true);
    run_until(w, 20000);
    for (int r = 0; r < RENDITIONS; r++) {
        world.frozen_at[r] = now_ms;
        world.ended[r] = true;
    }
    assert_true(run_until_state(w, STREAM_ENDED, 60000) > 0);
    assert_true(h->alarm);
    assert_int_equal(h->incidents[h->n_incidents - 1].worst, STREAM_ENDED);
    for (int r = 0; r < RENDITIONS; r++) {
        world.frozen_at[r] = -1;
        world.ended[r] = false;
    }
    assert_true(run_until_state(w, STREAM_LIVE, 90000) > 0);
    watcher_free(w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_to_ladder),
        cmocka_unit_test(test_frozen_variant_named_in_time),
        cmocka_unit_test(test_slow_origin_is_slow),
        cmocka_unit_test(test_request_over_its_timeout),
        cmocka_unit_test(test_pacing),
        cmocka_unit_test(test_segment_checks),
        cmocka_unit_test(test_way_read_again),
        cmocka_unit_test(test_no_network),
        cmocka_unit_test(test_end_while_the_day_runs),
    };

    return cmocka_run_group_tests_name("watcher", tests, NULL, NULL);
}
