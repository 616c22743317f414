/* The stream's health rules over a fake clock: polls in, state, reason,
 * incidents, alarms and live share out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stream.h"
#include "xalloc.h"

static const struct stream_config cfg = {
    .url = "http://127.0.0.1/live.m3u8", .format = FORMAT_HLS, .interval = 5, .timeout = 4,
    .stall_factor = 3.0, .slow_ms = 2000};

/* A good HLS poll at t seconds, the playlist at position pos, TD 4 s. */
static struct stream_poll hls_at(int64_t t, int64_t pos)
{
    return (struct stream_poll){.at = t * 1000, .started = t * 1000 - 40, .wall = t * 1000,
                                .ok = true, .http_status = 200,
                                .latency_ms = 40, .hls = true, .position = pos,
                                .media_sequence = pos - 5, .target_duration = 4,
                                .longest = 4.0, .delay_ms = STREAM_NO_VALUE,
                                .age_s = STREAM_NO_VALUE, .skew_ms = STREAM_NO_VALUE};
}

static struct stream_poll failed_at(int64_t t, const char *why)
{
    struct stream_poll p = {.at = t * 1000, .started = t * 1000 - 40, .wall = t * 1000,
                            .ok = false, .http_status = 0,
                            .skew_ms = STREAM_NO_VALUE};

    snprintf(p.error, sizeof p.error, "%s", why);
    return p;
}

/* Failed poll of playlist track at t seconds. */
static struct stream_poll failed_on(int track, int64_t t, const char *why)
{
    struct stream_poll p = failed_at(t, why);

    p.track = track;
    return p;
}

static void record(struct stream_health *h, struct stream_poll p)
{
    stream_record(h, &p);
}

/* The state of most tests: cfg watched from 0 ms, monotonic and wall. */
static int watch(void **state)
{
    struct stream_health *h = xcalloc(1, sizeof *h);

    stream_init(h, &cfg, 0, 0);
    *state = h;
    return 0;
}

static int unwatch(void **state)
{
    stream_free(*state);
    free(*state);
    return 0;
}

static void test_off_without_config(void **state)
{
    struct stream_health h;

    (void)state;
    stream_init(&h, NULL, 0, 0);
    assert_int_equal(h.state, STREAM_OFF);
    record(&h, hls_at(1, 10));
    assert_int_equal(h.state, STREAM_OFF);
    assert_true(stream_live_share(&h) < 0);
    stream_free(&h);
}

static void test_advancing_is_live_then_late_then_stalled(void **state)
{
    struct stream_health *h = *state;

    assert_int_equal(h->state, STREAM_STARTING);
    record(h, hls_at(1, 10));
    assert_int_equal(h->state, STREAM_LIVE);
    record(h, hls_at(5, 11)); /* advanced: seen by the poll that began at 4.96 s */
    assert_int_equal(h->state, STREAM_LIVE);
    /* late is judged on answers: a reload begun 1.5 x 4 = 6 s after the
     * advance with nothing new; time alone does not make it late */
    stream_tick(h, 11500, 11500, false);
    assert_int_equal(h->state, STREAM_LIVE);
    record(h, hls_at(11, 11)); /* begun 6.0 s after: not yet */
    assert_int_equal(h->state, STREAM_LIVE);
    record(h, hls_at(12, 11));
    assert_int_equal(h->state, STREAM_SLOW);
    assert_string_equal(h->reason, "playlist late: no new segment for 7.0 s (target 4 s)");
    assert_int_equal(h->alarms, 0);
    /* STALLED after 3 x 4 = 12 s without an advance, between polls too */
    stream_tick(h, 4960 + 12000, 4960 + 12000, false);
    assert_int_equal(h->state, STREAM_SLOW);
    stream_tick(h, 4960 + 12001, 4960 + 12001, false);
    assert_int_equal(h->state, STREAM_STALLED);
    assert_string_equal(h->reason, "playlist not advancing for 12 s (the origin stopped)");
    assert_int_equal(h->alarms, 1);
    assert_true(h->alarm);
    /* one incident, from the late answer, told by its worst */
    assert_int_equal(h->n_incidents, 1);
    assert_int_equal(h->incidents[0].from, 12000);
    assert_int_equal(h->incidents[0].worst, STREAM_STALLED);
    assert_string_equal(h->incidents[0].cause, h->reason);
    assert_int_equal(h->incidents[0].to, -1);
    /* a failed poll does not make a stalled stream look better */
    record(h, failed_at(18, "HTTP 503"));
    assert_int_equal(h->state, STREAM_STALLED);
    /* it recovers: the incident closes, the alarm stays until acknowledged */
    record(h, hls_at(20, 12));
    assert_int_equal(h->state, STREAM_LIVE);
    assert_int_equal(h->incidents[0].to, 20000);
    assert_true(h->alarm);
    assert_int_equal(h->recovered_at, 20000);
    assert_true(stream_ack(h));
    assert_false(h->alarm);
    assert_false(stream_ack(h));
    /* LIVE from 1 s to 12 s, and from 20 s to 21 s, of 20 s judged */
    stream_tick(h, 21000, 21000, false);
    assert_float_equal(stream_live_share(h), (11000.0 + 1000.0) / 20000.0, 1e-9);
}

/* Down, then the origin answers again with an older playlist (failover):
 * the rollback is its own incident and the outage closes on LIVE. */
static void test_failover_closes_its_incident(void **state)
{
    struct stream_health *h = *state;

    record(h, hls_at(0, 100));
    record(h, failed_at(4, "Connection refused"));
    record(h, failed_at(8, "Connection refused"));
    assert_int_equal(h->state, STREAM_DOWN);
    record(h, hls_at(9, 60));
    assert_int_equal(h->state, STREAM_LIVE);
    assert_int_equal(h->n_incidents, 2);
    assert_int_equal(h->incidents[0].worst, STREAM_DOWN);
    assert_int_equal(h->incidents[0].to, 9000);
    assert_string_equal(h->incidents[1].cause,
                        "media sequence went back from 95 to 55 (stale origin or failover)");
}

/* Answering again after DOWN, but frozen too long: STALLED, not DOWN. */
static void test_answer_after_down_can_be_stalled(void **state)
{
    struct stream_health *h = *state;

    record(h, hls_at(0, 100));
    record(h, failed_at(4, "timed out"));
    record(h, failed_at(8, "timed out"));
    stream_tick(h, 20000, 20000, false);
    assert_int_equal(h->state, STREAM_DOWN);
    record(h, hls_at(21, 100));
    assert_int_equal(h->state, STREAM_STALLED);
}

static void test_stall_factor_has_a_floor_of_two_seconds(void **state)
{
    (void)state;
    assert_int_equal(stream_stall_ms(&cfg, 1), 6000);
    assert_int_equal(stream_stall_ms(&cfg, 6), 18000);
    assert_int_equal(stream_late_ms(6), 9000);
}

/* The playlist frozen at position 10 from 0 s, read again at 5 s and at
 * 9 s with these Age headers; judged at 13 s. */
static void frozen_with_ages(struct stream_health *h, int64_t first, int64_t second)
{
    struct stream_poll p;

    record(h, hls_at(0, 10));
    p = hls_at(5, 10);
    p.age_s = first;
    record(h, p);
    p = hls_at(9, 10);
    p.age_s = second;
    record(h, p);
    stream_tick(h, 13000, 13000, false);
}

static void test_frozen_with_age_is_a_stale_cdn(void **state)
{
    struct stream_health *h = *state;

    frozen_with_ages(h, 4, 8); /* it grows: the copy is the CDN's */
    assert_int_equal(h->state, STREAM_STALLED);
    assert_string_equal(h->reason,
                        "playlist not advancing for 13 s (a CDN serves a stale copy: Age grows)");
}

/* A CDN in front of a stopped origin refetches: a small Age that does
 * not grow is no stale copy. */
static void test_steady_age_is_the_origin(void **state)
{
    struct stream_health *h = *state;

    frozen_with_ages(h, 1, 1);
    assert_string_equal(h->reason, "playlist not advancing for 13 s (the origin stopped)");
}

static void test_one_failure_is_slow_two_are_down(void **state)
{
    struct stream_health *h = *state;

    record(h, hls_at(0, 10));
    record(h, failed_at(5, "HTTP 500"));
    assert_int_equal(h->state, STREAM_SLOW);
    assert_string_equal(h->reason, "one failed poll: HTTP 500");
    assert_int_equal(h->alarms, 0);
    record(h, failed_at(10, "Connection refused"));
    assert_int_equal(h->state, STREAM_DOWN);
    assert_string_equal(h->reason, "Connection refused");
    assert_int_equal(h->alarms, 1);
    /* while down, time does not make it STALLED */
    stream_tick(h, 60000, 60000, false);
    assert_int_equal(h->state, STREAM_DOWN);
    assert_int_equal(h->n_incidents, 1);
    assert_int_equal(h->incidents[0].worst, STREAM_DOWN);
    assert_int_equal(h->history[h->n_history - 1], -1);
}

static void test_rollback_is_an_incident_of_its_own(void **state)
{
    struct stream_health *h = *state;

    record(h, hls_at(0, 100));
    record(h, hls_at(4, 90));
    assert_int_equal(h->state, STREAM_LIVE);
    assert_int_equal(h->n_incidents, 1);
    assert_string_equal(h->incidents[0].cause,
                        "media sequence went back from 95 to 85 (stale origin or failover)");
    assert_int_equal(h->incidents[0].to, 4000);
    /* and the clock for advancing starts again from there */
    stream_tick(h, 9000, 9000, false);
    assert_int_equal(h->state, STREAM_LIVE);
}

static void test_endlist_is_ended_without_alarm(void **state)
{
    struct stream_health *h = *state;
    struct stream_poll p;

    record(h, hls_at(0, 10));
    p = hls_at(4, 11);
    p.endlist = true;
    record(h, p);
    assert_int_equal(h->state, STREAM_ENDED);
    stream_tick(h, 60000, 60000, false);
    assert_int_equal(h->state, STREAM_ENDED);
    assert_int_equal(h->alarms, 0);
    /* LIVE from 0 to 4 s; the time after the end is nobody's loss */
    assert_float_equal(stream_live_share(h), 1.0, 1e-9);
}

static void test_slow_poll_and_warnings(void **state)
{
    struct stream_health *h = *state;
    struct stream_poll p = hls_at(0, 10);
    char w[512];

    p.latency_ms = 2500;
    p.longest = 6.2;
    p.skew_ms = 3500;
    p.delay_ms = 30000;
    record(h, p);
    assert_int_equal(h->state, STREAM_SLOW);
    assert_string_equal(h->reason, "slow poll: 2500 ms (over 2000)");
    stream_warnings(h, w, sizeof w);
    assert_string_equal(w, "laptop clock -3.5 s off the server's; a segment of 6.2 s is longer "
                           "than the target 4 s; stream 30 s behind real time");
    p = hls_at(4, 11);
    p.skew_ms = 1500;
    p.delay_ms = 20000;
    record(h, p);
    stream_warnings(h, w, sizeof w);
    assert_string_equal(w, "");
}

/* A restart: earlier today's changes, from the journal, give back the
 * incidents and the share of time LIVE, and ring no alarm. */
static void test_past_from_the_journal(void **state)
{
    struct stream_health h;

    (void)state;
    stream_init(&h, &cfg, 100000, 100000);
    stream_add_past(&h, STREAM_LIVE, false, "", 10000);
    stream_add_past(&h, STREAM_SLOW, false, "playlist late", 40000);
    stream_add_past(&h, STREAM_DOWN, false, "HTTP 503", 45000);
    stream_add_past(&h, STREAM_LIVE, false, "", 60000);
    stream_add_past(&h, STREAM_STALLED, false, "playlist not advancing", 90000);
    stream_past_end(&h);
    assert_int_equal(h.n_incidents, 2);
    assert_int_equal(h.incidents[0].from, 40000);
    assert_int_equal(h.incidents[0].to, 60000);
    assert_int_equal(h.incidents[0].from_wall, 40000);
    assert_int_equal(h.incidents[0].worst, STREAM_DOWN);
    assert_string_equal(h.incidents[0].cause, "HTTP 503");
    assert_int_equal(h.incidents[1].to, 90000); /* as far as the journal knew */
    assert_int_equal(h.alarms, 0);
    assert_false(h.alarm);
    assert_int_equal(h.state, STREAM_STARTING);
    assert_float_equal(stream_live_share(&h), 60000.0 / 80000.0, 1e-9);
    /* an end while the programme ran was an outage; after it, the end */
    stream_add_past(&h, STREAM_LIVE, false, "", 100000);
    stream_add_past(&h, STREAM_ENDED, true, "the encoder ended the stream", 110000);
    stream_add_past(&h, STREAM_ENDED, false, "the encoder ended the stream", 130000);
    stream_past_end(&h);
    assert_int_equal(h.n_incidents, 3);
    assert_int_equal(h.incidents[2].worst, STREAM_ENDED);
    assert_int_equal(h.incidents[2].from_wall, 110000);
    assert_int_equal(h.incidents[2].to_wall, 130000);
    /* the live watch goes on from there: a new incident of its own */
    record(&h, failed_at(131, "timed out"));
    assert_int_equal(h.n_incidents, 4);
    stream_free(&h);
}

static void test_plain_http(void **state)
{
    struct stream_health *h = *state;
    struct stream_poll p = {.at = 1000, .ok = true, .http_status = 200, .latency_ms = 30,
                            .skew_ms = STREAM_NO_VALUE};

    record(h, p);
    assert_int_equal(h->state, STREAM_LIVE);
    stream_tick(h, 600000, 600000, false); /* no playlist: time alone changes nothing */
    assert_int_equal(h->state, STREAM_LIVE);
}

static const char *const ladder[] = {"360p (v1)", "1080p (v2)", "720p (v3)"};

/* Playlist i of the ladder at t s, at position pos. */
static struct stream_poll on(int i, int64_t t, int64_t pos)
{
    struct stream_poll p = hls_at(t, pos);

    p.track = i;
    return p;
}

/* A ladder's state is its worst variant's, named, with the live ones
 * after it: a frozen variant is STALLED even while the others run. */
static void test_ladder_worst_variant_named(void **state)
{
    struct stream_health *h = *state;

    stream_set_tracks(h, ladder, 3, 1, 0);
    record(h, on(0, 1, 10));
    record(h, on(1, 1, 10));
    record(h, on(2, 1, 10));
    assert_int_equal(h->state, STREAM_LIVE);
    /* v1 every poll, v2 and v3 in turn; v2 stops at 10 */
    for (int t = 5, k = 2; t <= 21; t += 4, k = 3 - k) {
        record(h, on(0, t, 10 + t / 4));
        record(h, on(k, t, k == 1 ? 10 : 10 + t / 4));
    }
    assert_int_equal(h->state, STREAM_STALLED);
    assert_string_equal(h->reason, "1080p (v2): playlist not advancing for 16 s (the origin "
                                  "stopped); 360p (v1), 720p (v3) live");
    assert_int_equal(h->tracks[0].state, STREAM_LIVE);
    assert_true(h->alarm);
    /* the same ladder read again keeps what is known of each */
    stream_set_tracks(h, ladder, 3, 1, 0);
    assert_int_equal(h->tracks[1].state, STREAM_STALLED);
}

/* One variant frozen and another failing: STALLED (its viewers are
 * stuck), not SLOW. */
static void test_ladder_stalled_and_down(void **state)
{
    struct stream_health *h = *state;

    stream_set_tracks(h, ladder, 2, 2, 0);
    record(h, on(0, 1, 10));
    record(h, on(1, 1, 10));
    for (int t = 5; t <= 17; t += 4) {
        record(h, on(0, t, 10));
        record(h, failed_on(1, t, "HTTP 404 from http://cdn/v2.m3u8"));
    }
    assert_int_equal(h->tracks[0].state, STREAM_STALLED);
    assert_int_equal(h->tracks[1].state, STREAM_DOWN);
    assert_int_equal(h->state, STREAM_STALLED);
}

/* The way found again (the document read again) keeps the one
 * playlist's state: its second failure is DOWN. */
static void test_found_again_keeps_the_state(void **state)
{
    struct stream_health *h = *state;

    record(h, hls_at(1, 10));
    record(h, failed_at(5, "HTTP 500"));
    stream_set_tracks(h, NULL, 0, 1, 0);
    record(h, failed_at(9, "HTTP 500"));
    assert_int_equal(h->state, STREAM_DOWN);
}

/* Between its turns a variant read in rotation is not judged by time:
 * nobody has looked, so it cannot be called frozen. */
static void test_rotation_judged_when_read(void **state)
{
    struct stream_health *h = *state;

    stream_set_tracks(h, ladder, 3, 1, 0);
    record(h, on(0, 1, 10));
    record(h, on(2, 1, 10));
    for (int t = 5; t <= 41; t += 4)
        record(h, on(0, t, 10 + t / 4));
    stream_tick(h, 41000, 41000, false);
    assert_int_equal(h->tracks[2].state, STREAM_LIVE);
    assert_int_equal(h->state, STREAM_LIVE);
}

/* Where one variant fails and the others live, viewers are switched:
 * SLOW (degraded), named; all failing is DOWN. */
static void test_ladder_failing_variant_degraded(void **state)
{
    struct stream_health *h = *state;

    stream_set_tracks(h, ladder, 2, 2, 1);
    assert_int_equal(h->n_unwatched, 1);
    record(h, on(0, 1, 10));
    record(h, on(1, 1, 10));
    for (int t = 5; t <= 9; t += 4) {
        record(h, failed_on(0, t, "HTTP 404 from http://cdn/v1.m3u8"));
        record(h, on(1, t, 10 + t / 4));
    }
    assert_int_equal(h->state, STREAM_SLOW);
    assert_string_equal(h->reason, "360p (v1): HTTP 404 from http://cdn/v1.m3u8; 1080p (v2) live");
    assert_false(h->alarm);
    assert_string_equal(h->last_error, "360p (v1): HTTP 404 from http://cdn/v1.m3u8");
    record(h, failed_on(1, 13, "HTTP 503 from http://cdn/v2.m3u8"));
    record(h, failed_on(1, 17, "HTTP 503 from http://cdn/v2.m3u8"));
    assert_int_equal(h->state, STREAM_DOWN);
    assert_true(h->alarm);
}

/* An end while the programme runs is an outage with an alarm, not the
 * quiet end of the day; once the programme has ended it is. A new media
 * sequence after it is the stream back. */
static void test_ended_while_the_day_runs(void **state)
{
    struct stream_health *h = *state;
    struct stream_poll p;

    stream_set_day_running(h, true, 0, 0);
    record(h, hls_at(0, 10));
    p = hls_at(4, 11);
    p.endlist = true;
    record(h, p);
    assert_int_equal(h->state, STREAM_ENDED);
    assert_string_equal(h->reason,
                        "the encoder ended the stream (EXT-X-ENDLIST) while the programme runs");
    assert_true(h->alarm);
    assert_int_equal(h->n_incidents, 1);
    assert_int_equal(h->incidents[0].worst, STREAM_ENDED);
    stream_tick(h, 8000, 8000, false);
    assert_float_equal(stream_live_share(h), 0.5, 1e-9); /* not LIVE meanwhile */
    record(h, hls_at(8, 5000)); /* the encoder is back, a new sequence */
    assert_int_equal(h->state, STREAM_LIVE);
    assert_int_equal(h->incidents[0].to, 8000);
    assert_int_equal(h->n_incidents, 1); /* no rollback for a new start */
    /* after the programme's end, an end is the normal end: quiet */
    stream_set_day_running(h, false, 9000, 9000);
    p = hls_at(12, 5001);
    p.endlist = true;
    record(h, p);
    assert_int_equal(h->state, STREAM_ENDED);
    assert_int_equal(h->n_incidents, 1);
    assert_int_equal(h->alarms, 1);
}

/* Moments are the wall clock's as read then: a laptop suspended for an
 * hour (the monotonic clock stood still) shows the incident at the real
 * time, not an hour early. */
static void test_moments_by_the_wall_clock(void **state)
{
    struct stream_health h;
    struct stream_poll p;

    (void)state;
    stream_init(&h, &cfg, 0, 36000000);
    p = hls_at(1, 10);
    p.wall = 36001000;
    record(&h, p);
    p = failed_at(5, "timed out");
    p.wall = 36005000 + 3600000; /* after the suspend */
    record(&h, p);
    assert_int_equal(h.incidents[0].from, 5000);
    assert_int_equal(h.incidents[0].from_wall, 39605000);
    assert_int_equal(h.since_wall, 39605000);
    assert_int_equal(h.last_error_wall, 39605000);
    stream_free(&h);
}

/* A test over watch's state. */
#define WATCHED(test) cmocka_unit_test_setup_teardown(test, watch, unwatch)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_off_without_config),
        WATCHED(test_advancing_is_live_then_late_then_stalled),
        cmocka_unit_test(test_stall_factor_has_a_floor_of_two_seconds),
        WATCHED(test_failover_closes_its_incident),
        WATCHED(test_answer_after_down_can_be_stalled),
        WATCHED(test_frozen_with_age_is_a_stale_cdn),
        WATCHED(test_steady_age_is_the_origin),
        WATCHED(test_one_failure_is_slow_two_are_down),
        WATCHED(test_rollback_is_an_incident_of_its_own),
        WATCHED(test_endlist_is_ended_without_alarm),
        WATCHED(test_slow_poll_and_warnings),
        cmocka_unit_test(test_past_from_the_journal),
        WATCHED(test_ladder_worst_variant_named),
        WATCHED(test_rotation_judged_when_read),
        WATCHED(test_ladder_stalled_and_down),
        WATCHED(test_found_again_keeps_the_state),
        WATCHED(test_ladder_failing_variant_degraded),
        WATCHED(test_ended_while_the_day_runs),
        cmocka_unit_test(test_moments_by_the_wall_clock),
        WATCHED(test_plain_http),
    };

    return cmocka_run_group_tests_name("stream", tests, NULL, NULL);
}
