#include "stream_track.h"

#include <stdio.h>
#include <string.h>

void stream_track_init(struct stream_track *t, const char *name, bool every_poll)
{
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    t->every_poll = every_poll;
    t->state = STREAM_STARTING;
    t->last.at = -1;
    t->last_age = STREAM_NO_VALUE;
}

int64_t stream_late_ms(int64_t target_duration)
{
    return target_duration * 1500;
}

int64_t stream_stall_ms(const struct stream_config *cfg, int64_t target_duration)
{
    int64_t td = target_duration > 2 ? target_duration : 2;

    return (int64_t)(cfg->stall_factor * (double)td * 1000.0);
}

int stream_severity(enum stream_state s)
{
    switch (s) {
    case STREAM_SLOW: return 1;
    case STREAM_STALLED: return 2;
    case STREAM_DOWN: return 3;
    default: return 0;
    }
}

static void enter(struct stream_track *t, enum stream_state s, const char *reason)
{
    snprintf(t->reason, sizeof t->reason, "%.*s", (int)sizeof t->reason - 1,
             s == STREAM_LIVE ? "" : reason);
    t->state = s;
}

/* STALLED when the playlist has not moved for too long: judged by time,
 * between readings too (then a DOWN stays DOWN: it says more). False
 * when it has not come to that. */
static bool judge_stall(struct stream_track *t, const struct stream_config *cfg, int64_t now,
                        bool answered)
{
    int64_t frozen = now - t->advanced_at;
    char why[STREAM_REASON_MAX];

    if (!t->have_position || frozen <= stream_stall_ms(cfg, t->target_duration))
        return false;
    if (!answered && stream_severity(t->state) > stream_severity(STREAM_STALLED))
        return true;
    snprintf(why, sizeof why, "playlist not advancing for %lld s (%s)",
             (long long)(frozen / 1000),
             t->frozen_stale ? "a CDN serves a stale copy: Age grows" : "the origin stopped");
    enter(t, STREAM_STALLED, why);
    return true;
}

/* An answer that came: LIVE, unless a request took longer than slow_ms. */
static void judge_latency(struct stream_track *t, const struct stream_config *cfg,
                          const struct stream_poll *p)
{
    char why[STREAM_REASON_MAX];

    if (p->latency_ms > cfg->slow_ms) {
        snprintf(why, sizeof why, "slow poll: %d ms (over %d)", p->latency_ms, cfg->slow_ms);
        enter(t, STREAM_SLOW, why);
    } else {
        enter(t, STREAM_LIVE, "");
    }
}

/* The HLS rules on an answer: STALLED; late, when a reload that started
 * 1.5 target durations after the last advance still shows none (RFC 8216
 * 6.2.1: judged on answers, so the retry half a TD later is not taken
 * for lateness); a slow poll; or LIVE. */
static void judge_hls(struct stream_track *t, const struct stream_config *cfg,
                      const struct stream_poll *p)
{
    int64_t waited = p->started - t->advanced_at;
    char why[STREAM_REASON_MAX];

    if (judge_stall(t, cfg, p->started, true))
        return;
    if (waited > stream_late_ms(t->target_duration)) {
        snprintf(why, sizeof why, "playlist late: no new segment for %.1f s (target %lld s)",
                 (double)waited / 1000.0, (long long)t->target_duration);
        enter(t, STREAM_SLOW, why);
    } else {
        judge_latency(t, cfg, p);
    }
}

/* Where the playlist went since the last good one. An advance counts
 * from the start of the poll that saw it; for a playlist read in turn,
 * whose last reading may be long before, from a target duration before
 * that (had the newest segment come earlier, the next would be there
 * too), but not before the last reading. */
static void follow_position(struct stream_track *t, const struct stream_poll *p,
                            int64_t read_before, char *rollback, size_t size)
{
    if (t->have_position && p->position > t->position && !t->every_poll) {
        int64_t after = p->started - p->target_duration * 1000;

        t->advanced_at = after > read_before ? after : read_before;
        t->frozen_stale = false;
        t->last_age = p->age_s;
    } else if (!t->have_position || p->position > t->position) {
        t->advanced_at = p->started;
        t->frozen_stale = false;
        t->last_age = p->age_s;
    } else if (p->position < t->position) {
        snprintf(rollback, size,
                 "media sequence went back from %lld to %lld (stale origin or failover)",
                 (long long)t->last_sequence, (long long)p->media_sequence);
        t->advanced_at = p->started;
    } else if (t->last_age == STREAM_NO_VALUE) {
        t->last_age = p->age_s; /* the first Age seen since it froze */
    } else {
        /* frozen while Age grows since: a cache answers from its copy;
         * a steady small Age is a CDN refetching from a stopped origin */
        t->frozen_stale = p->age_s != STREAM_NO_VALUE && p->age_s > t->last_age;
    }
    t->have_position = true;
    t->position = p->position;
    t->last_sequence = p->media_sequence;
    t->target_duration = p->target_duration;
}

void stream_track_record(struct stream_track *t, const struct stream_config *cfg,
                         const struct stream_poll *p, char *rollback, size_t size)
{
    char why[STREAM_REASON_MAX + 32];
    int64_t read_before = t->last.started;

    rollback[0] = '\0';
    t->last = *p;
    if (!p->ok) {
        enum stream_state s = ++t->fails >= 2 ? STREAM_DOWN : STREAM_SLOW;

        snprintf(why, sizeof why, "%s%s", t->fails >= 2 ? "" : "one failed poll: ", p->error);
        /* a stalled playlist whose next reading fails is no better for it */
        if (stream_severity(s) >= stream_severity(t->state))
            enter(t, s, why);
        return;
    }
    t->fails = 0;
    if (p->endlist) {
        enter(t, STREAM_ENDED, "the playlist says the stream has ended (EXT-X-ENDLIST)");
        return;
    }
    if (t->state == STREAM_ENDED)
        t->have_position = false; /* started again: a new media sequence, no rollback */
    if (p->hls) {
        follow_position(t, p, read_before, rollback, size);
        judge_hls(t, cfg, p);
    } else {
        judge_latency(t, cfg, p);
    }
}

void stream_track_tick(struct stream_track *t, const struct stream_config *cfg, int64_t now)
{
    /* between answers only the HLS clock moves, and only toward STALLED:
     * lateness and failures wait for answers. A playlist read in rotation
     * is judged when it is read: between its turns nobody has looked. */
    if (t->every_poll && t->last.at >= 0 && t->state != STREAM_ENDED)
        judge_stall(t, cfg, now, false);
}
