#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void stream_init(struct stream_health *h, const struct stream_config *cfg, int64_t now,
                 int64_t wall_offset)
{
    memset(h, 0, sizeof *h);
    h->cfg = cfg;
    h->wall_offset = wall_offset;
    h->state = cfg ? STREAM_STARTING : STREAM_OFF;
    h->since = now;
    h->last.at = -1;
    h->counted_to = -1;
    h->recovered_at = -1;
    h->open_incident = -1;
    h->last_age = STREAM_NO_VALUE;
    h->past_at = -1;
}

void stream_free(struct stream_health *h)
{
    free(h->incidents);
    h->incidents = NULL;
    h->n_incidents = h->cap_incidents = 0;
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

static bool alarming(enum stream_state s)
{
    return s == STREAM_STALLED || s == STREAM_DOWN;
}

static struct stream_incident *open_incident(struct stream_health *h, int64_t at,
                                             enum stream_state worst, const char *cause)
{
    struct stream_incident *in;

    if (h->n_incidents == h->cap_incidents) {
        h->cap_incidents = h->cap_incidents ? h->cap_incidents * 2 : 8;
        h->incidents = xrealloc(h->incidents, h->cap_incidents, sizeof *h->incidents);
    }
    in = &h->incidents[h->n_incidents++];
    in->from = at;
    in->to = -1;
    in->worst = worst;
    snprintf(in->cause, sizeof in->cause, "%s", cause);
    return in;
}

static struct stream_incident *open_one(struct stream_health *h)
{
    return h->open_incident >= 0 ? &h->incidents[h->open_incident] : NULL;
}

/* Counts the time since the last count as LIVE or not. */
static void count_time(struct stream_health *h, int64_t now)
{
    /* once the broadcast has ended, its time is not the stream's to lose */
    if (h->counted_to >= 0 && now > h->counted_to && h->state != STREAM_ENDED) {
        h->judged_ms += now - h->counted_to;
        if (h->state == STREAM_LIVE)
            h->live_ms += now - h->counted_to;
    }
    if (h->counted_to >= 0)
        h->counted_to = now;
}

/* Moves to state s for reason at `at`: incidents open on leaving LIVE
 * and close on coming back; STALLED and DOWN ring the alarm. */
static void enter(struct stream_health *h, enum stream_state s, const char *reason, int64_t at)
{
    struct stream_incident *in = open_one(h);

    snprintf(h->reason, sizeof h->reason, "%s", s == STREAM_LIVE ? "" : reason);
    if (s == h->state)
        return;
    count_time(h, at);
    if (s == STREAM_LIVE || s == STREAM_ENDED) {
        if (in)
            in->to = at;
        h->open_incident = -1;
        if (s == STREAM_LIVE && h->alarm)
            h->recovered_at = at;
    } else if (s != STREAM_STARTING) {
        if (in == NULL) {
            open_incident(h, at, s, reason);
            h->open_incident = (int)h->n_incidents - 1;
        } else if (alarming(s) && !alarming(in->worst)) {
            /* it got worse: the incident is told by its worst */
            in->worst = s;
            snprintf(in->cause, sizeof in->cause, "%s", reason);
        }
    }
    if (alarming(s) && !alarming(h->state)) {
        h->alarms++;
        if (!h->alarm)
            h->alarm_at = at;
        h->alarm = true;
        h->recovered_at = -1;
    }
    h->state = s;
    h->since = at;
    if (h->counted_to < 0)
        h->counted_to = at; /* the first answer starts the count */
}

static void push_history(struct stream_health *h, int v)
{
    if (h->n_history == STREAM_HISTORY) {
        memmove(h->history, h->history + 1, (STREAM_HISTORY - 1) * sizeof *h->history);
        h->n_history--;
    }
    h->history[h->n_history++] = v;
}

/* How bad a state is, to never let a milder rule lower a worse one. */
static int severity(enum stream_state s)
{
    switch (s) {
    case STREAM_SLOW: return 1;
    case STREAM_STALLED: return 2;
    case STREAM_DOWN: return 3;
    default: return 0;
    }
}

/* STALLED when the playlist has not moved for too long: judged by time,
 * between polls too (then a DOWN stays DOWN: it says more). False when
 * it has not come to that. */
static bool judge_stall(struct stream_health *h, int64_t now, bool answered)
{
    int64_t frozen = now - h->advanced_at;
    char why[STREAM_REASON_MAX];

    if (!h->have_position || frozen <= stream_stall_ms(h->cfg, h->target_duration))
        return false;
    if (!answered && severity(h->state) > severity(STREAM_STALLED))
        return true;
    snprintf(why, sizeof why, "playlist not advancing for %lld s (%s)",
             (long long)(frozen / 1000),
             h->frozen_stale ? "a CDN serves a stale copy: Age grows" : "the origin stopped");
    enter(h, STREAM_STALLED, why, now);
    return true;
}

/* An answer that came: LIVE, unless it took longer than slow_ms. */
static void judge_latency(struct stream_health *h, const struct stream_poll *p)
{
    char why[STREAM_REASON_MAX];

    if (p->latency_ms > h->cfg->slow_ms) {
        snprintf(why, sizeof why, "slow poll: %d ms (over %d)", p->latency_ms, h->cfg->slow_ms);
        enter(h, STREAM_SLOW, why, p->at);
    } else {
        enter(h, STREAM_LIVE, "", p->at);
    }
}

/* The HLS rules on a poll's answer: STALLED; late, when a reload that
 * started 1.5 target durations after the last advance still shows none
 * (RFC 8216 6.2.1: judged on answers, so the retry half a TD later is
 * not taken for lateness); a slow poll; or LIVE. */
static void judge_hls(struct stream_health *h, const struct stream_poll *p)
{
    int64_t started = p->at - p->latency_ms, waited = started - h->advanced_at;
    char why[STREAM_REASON_MAX];

    if (judge_stall(h, p->at, true))
        return;
    if (waited > stream_late_ms(h->target_duration)) {
        snprintf(why, sizeof why, "playlist late: no new segment for %.1f s (target %lld s)",
                 waited / 1000.0, (long long)h->target_duration);
        enter(h, STREAM_SLOW, why, p->at);
    } else {
        judge_latency(h, p);
    }
}

/* Where the playlist went since the last good one. An advance counts
 * from the start of the poll that saw it. */
static void follow_position(struct stream_health *h, const struct stream_poll *p)
{
    int64_t started = p->at - p->latency_ms;
    char why[STREAM_REASON_MAX];

    if (!h->have_position || p->position > h->position) {
        h->advanced_at = started;
        h->frozen_stale = false;
        h->last_age = p->age_s;
    } else if (p->position < h->position) {
        snprintf(why, sizeof why,
                 "media sequence went back from %lld to %lld (stale origin or failover)",
                 (long long)h->last_sequence, (long long)p->media_sequence);
        open_incident(h, p->at, STREAM_SLOW, why)->to = p->at;
        h->advanced_at = started;
    } else if (h->last_age == STREAM_NO_VALUE) {
        h->last_age = p->age_s; /* the first Age seen since it froze */
    } else {
        /* frozen while Age grows since: a cache answers from its copy;
         * a steady small Age is a CDN refetching from a stopped origin */
        h->frozen_stale = p->age_s != STREAM_NO_VALUE && p->age_s > h->last_age;
    }
    h->have_position = true;
    h->position = p->position;
    h->last_sequence = p->media_sequence;
    h->target_duration = p->target_duration;
}

void stream_record(struct stream_health *h, const struct stream_poll *p)
{
    char why[STREAM_REASON_MAX + 32];

    if (h->cfg == NULL)
        return;
    h->last = *p;
    push_history(h, p->ok ? p->latency_ms : -1);
    if (!p->ok) {
        enum stream_state s = ++h->fails >= 2 ? STREAM_DOWN : STREAM_SLOW;

        snprintf(why, sizeof why, "%s%s", h->fails >= 2 ? "" : "one failed poll: ", p->error);
        /* a stalled stream whose next poll fails is no better for it */
        if (severity(s) >= severity(h->state))
            enter(h, s, why, p->at);
        return;
    }
    h->fails = 0;
    if (p->endlist) {
        enter(h, STREAM_ENDED, "the playlist says the stream has ended (EXT-X-ENDLIST)",
              p->at);
        return;
    }
    if (p->hls) {
        follow_position(h, p);
        judge_hls(h, p);
    } else {
        judge_latency(h, p);
    }
}

void stream_tick(struct stream_health *h, int64_t now)
{
    if (h->cfg == NULL)
        return;
    count_time(h, now);
    /* between answers only the HLS clock moves, and only toward STALLED:
     * lateness and failures wait for answers */
    if (h->last.at >= 0 && h->state != STREAM_ENDED)
        judge_stall(h, now, false);
}

static bool away(enum stream_state s)
{
    return s == STREAM_SLOW || s == STREAM_STALLED || s == STREAM_DOWN;
}

void stream_add_past(struct stream_health *h, enum stream_state s, const char *reason,
                     int64_t at)
{
    struct stream_incident *in = open_one(h);

    if (h->cfg == NULL)
        return;
    if (h->past_at >= 0 && at > h->past_at &&
        (h->past_state == STREAM_LIVE || away(h->past_state))) {
        h->judged_ms += at - h->past_at;
        h->live_ms += h->past_state == STREAM_LIVE ? at - h->past_at : 0;
    }
    h->past_state = s;
    h->past_at = at;
    if (away(s) && in == NULL) {
        open_incident(h, at, s, reason);
        h->open_incident = (int)h->n_incidents - 1;
    } else if (away(s) && severity(s) > severity(in->worst)) {
        in->worst = s;
        snprintf(in->cause, sizeof in->cause, "%s", reason);
    } else if (!away(s) && in != NULL) {
        in->to = at;
        h->open_incident = -1;
    }
}

void stream_past_end(struct stream_health *h)
{
    struct stream_incident *in = open_one(h);

    if (in != NULL)
        in->to = h->past_at; /* as far as the journal knows */
    h->open_incident = -1;
    h->past_at = -1;
}

bool stream_ack(struct stream_health *h)
{
    if (!h->alarm)
        return false;
    h->alarm = false;
    h->recovered_at = -1;
    return true;
}

double stream_live_share(const struct stream_health *h)
{
    if (h->judged_ms <= 0)
        return h->counted_to >= 0 && h->state == STREAM_LIVE ? 1.0 : -1.0;
    return (double)h->live_ms / (double)h->judged_ms;
}

static void append(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);

    if (n + 1 < size)
        snprintf(buf + n, size - n, "%s%s", n ? "; " : "", s);
}

void stream_warnings(const struct stream_health *h, char *buf, size_t size)
{
    const struct stream_poll *p = &h->last;
    char w[STREAM_REASON_MAX];

    buf[0] = '\0';
    if (h->cfg == NULL || p->at < 0)
        return;
    if (p->skew_ms != STREAM_NO_VALUE && llabs(p->skew_ms) > STREAM_SKEW_WARN_MS) {
        snprintf(w, sizeof w, "laptop clock %+.1f s off the server's", -p->skew_ms / 1000.0);
        append(buf, size, w);
    }
    if (!p->ok || !p->hls)
        return;
    if (p->longest > (double)p->target_duration + 0.5) {
        snprintf(w, sizeof w, "a segment of %.1f s is longer than the target %lld s",
                 p->longest, (long long)p->target_duration);
        append(buf, size, w);
    }
    /* a player holds back 3 target durations; 3 more is too far behind */
    if (p->delay_ms != STREAM_NO_VALUE && p->delay_ms > p->target_duration * 6000) {
        snprintf(w, sizeof w, "stream %lld s behind real time", (long long)(p->delay_ms / 1000));
        append(buf, size, w);
    }
}

const char *stream_state_name(enum stream_state s)
{
    static const char *const names[] = {"OFF",   "STARTING", "LIVE", "SLOW",
                                        "STALLED", "DOWN",   "ENDED"};

    return s <= STREAM_ENDED ? names[s] : "?";
}
