#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "xalloc.h"

void stream_init(struct stream_health *h, const struct stream_config *cfg, int64_t now,
                 int64_t wall)
{
    memset(h, 0, sizeof *h);
    h->cfg = cfg;
    h->init_mono = now;
    h->init_wall = wall;
    h->state = cfg ? STREAM_STARTING : STREAM_OFF;
    h->since = now;
    h->since_wall = wall;
    h->last.at = -1;
    h->counted_to = -1;
    h->recovered_at = -1;
    h->open_incident = -1;
    h->past_at = -1;
    h->n_tracks = 1;
    stream_track_init(&h->tracks[0], "", true);
}

void stream_free(struct stream_health *h)
{
    free(h->incidents);
    h->incidents = NULL;
    h->n_incidents = h->cap_incidents = 0;
}

void stream_set_tracks(struct stream_health *h, const char *const *names, size_t n,
                       size_t every_poll, size_t unwatched)
{
    bool same;

    n = n < STREAM_MAX_TRACKS ? n : STREAM_MAX_TRACKS;
    if (n == 0 && h->n_tracks == 1 && h->tracks[0].name[0] == '\0') {
        h->n_unwatched = 0; /* the one playlist found again: it keeps its state */
        return;
    }
    same = n == h->n_tracks;
    for (size_t i = 0; same && i < n; i++)
        same = strcmp(h->tracks[i].name, names[i]) == 0;
    for (size_t i = 0; i < n; i++) {
        if (!same)
            stream_track_init(&h->tracks[i], names[i], i < every_poll);
        h->tracks[i].every_poll = i < every_poll;
    }
    h->n_tracks = n > 0 ? n : 1;
    if (n == 0)
        stream_track_init(&h->tracks[0], "", true);
    h->n_unwatched = unwatched;
}

void stream_set_chain(struct stream_health *h, const char *chain, const char *warning)
{
    snprintf(h->chain, sizeof h->chain, "%s", chain);
    snprintf(h->chain_warning, sizeof h->chain_warning, "%s", warning);
}

static bool alarming(const struct stream_health *h, enum stream_state s)
{
    return s == STREAM_STALLED || s == STREAM_DOWN || (s == STREAM_ENDED && h->day_running);
}

/* Away from LIVE, for incidents and the share: an end while the day
 * runs is an outage like any other. */
static bool away(const struct stream_health *h, enum stream_state s)
{
    return s == STREAM_SLOW || s == STREAM_STALLED || s == STREAM_DOWN ||
           (s == STREAM_ENDED && h->day_running);
}

static struct stream_incident *open_incident(struct stream_health *h, int64_t at, int64_t wall,
                                             enum stream_state worst, const char *cause)
{
    struct stream_incident *in;

    if (h->n_incidents == h->cap_incidents) {
        h->cap_incidents = h->cap_incidents ? h->cap_incidents * 2 : 8;
        h->incidents = xrealloc(h->incidents, h->cap_incidents, sizeof *h->incidents);
    }
    in = &h->incidents[h->n_incidents++];
    in->from = at;
    in->from_wall = wall;
    in->to = in->to_wall = -1;
    in->worst = worst;
    snprintf(in->cause, sizeof in->cause, "%s", cause);
    return in;
}

static struct stream_incident *open_one(struct stream_health *h)
{
    return h->open_incident >= 0 ? &h->incidents[h->open_incident] : NULL;
}

static void close_incident(struct stream_health *h, int64_t at, int64_t wall)
{
    struct stream_incident *in = open_one(h);

    if (in) {
        in->to = at;
        in->to_wall = wall;
    }
    h->open_incident = -1;
}

/* Counts the time since the last count as LIVE or not. */
static void count_time(struct stream_health *h, int64_t now)
{
    /* once the broadcast has ended, its time is not the stream's to lose */
    if (h->counted_to >= 0 && now > h->counted_to &&
        (h->state != STREAM_ENDED || h->day_running)) {
        h->judged_ms += now - h->counted_to;
        if (h->state == STREAM_LIVE)
            h->live_ms += now - h->counted_to;
    }
    if (h->counted_to >= 0)
        h->counted_to = now;
}

static void ring(struct stream_health *h, int64_t at, int64_t wall)
{
    h->alarms++;
    if (!h->alarm) {
        h->alarm_at = at;
        h->alarm_wall = wall;
    }
    h->alarm = true;
    h->recovered_at = -1;
}

/* Moves to state s for reason: incidents open on going away from LIVE
 * and close on coming back; the alarming states ring the alarm. */
static void enter(struct stream_health *h, enum stream_state s, const char *reason, int64_t at,
                  int64_t wall)
{
    struct stream_incident *in = open_one(h);

    snprintf(h->reason, sizeof h->reason, "%s", s == STREAM_LIVE ? "" : reason);
    if (s == h->state)
        return;
    count_time(h, at);
    if (!away(h, s)) {
        if (s != STREAM_STARTING)
            close_incident(h, at, wall);
        if (s == STREAM_LIVE && h->alarm)
            h->recovered_at = at;
    } else if (in == NULL) {
        open_incident(h, at, wall, s, reason);
        h->open_incident = (int)h->n_incidents - 1;
    } else if (alarming(h, s) && !alarming(h, in->worst)) {
        /* it got worse: the incident is told by its worst */
        in->worst = s;
        snprintf(in->cause, sizeof in->cause, "%s", reason);
    }
    if (alarming(h, s) && !alarming(h, h->state))
        ring(h, at, wall);
    h->state = s;
    h->since = at;
    h->since_wall = wall;
    if (h->counted_to < 0)
        h->counted_to = at; /* the first answer starts the count */
}

void stream_set_day_running(struct stream_health *h, bool running, int64_t now, int64_t wall)
{
    if (h->day_running == running)
        return;
    count_time(h, now);
    h->day_running = running;
    /* the programme is over: the stream's end is its normal end */
    if (!running && h->state == STREAM_ENDED)
        close_incident(h, now, wall);
}

/* Adds sep (when buf holds something) and s to buf, as far as it goes. */
static void append(char *buf, size_t size, const char *sep, const char *s)
{
    size_t n = strlen(buf);

    for (const char *p = n ? sep : ""; *p && n + 1 < size; p++)
        buf[n++] = *p;
    for (; *s && n + 1 < size; s++)
        buf[n++] = *s;
    buf[n] = '\0';
}

/* The playlists' worst, with the bad ones named first and then the live:
 * "1080p (v2): playlist not advancing for 14 s (...); 720p (v3), 360p
 * (v1) live". */
static enum stream_state tracks_verdict(const struct stream_health *h, char *why, size_t size)
{
    int worst = 0, down = 0, judged = 0, ended = 0, live = 0, stalled = 0, watchable = 0;
    char names[STREAM_REASON_MAX] = "", one[STREAM_REASON_MAX + STREAM_NAME_MAX];

    if (h->n_tracks == 1) {
        snprintf(why, size, "%s", h->tracks[0].reason);
        return h->tracks[0].state;
    }
    why[0] = '\0';
    for (int sev = 3; sev >= 0; sev--) {
        for (size_t i = 0; i < h->n_tracks; i++) {
            const struct stream_track *t = &h->tracks[i];

            if (t->state == STREAM_STARTING || t->state == STREAM_LIVE ||
                stream_severity(t->state) != sev)
                continue;
            snprintf(one, sizeof one, "%s: %s", t->name, t->reason);
            append(why, size, "; ", one);
        }
    }
    for (size_t i = 0; i < h->n_tracks; i++) {
        const struct stream_track *t = &h->tracks[i];

        judged += t->state != STREAM_STARTING;
        down += t->state == STREAM_DOWN;
        ended += t->state == STREAM_ENDED;
        stalled += t->state == STREAM_STALLED;
        watchable += t->state == STREAM_LIVE || t->state == STREAM_SLOW;
        if (t->state == STREAM_LIVE) {
            live++;
            append(names, sizeof names, ", ", t->name);
        }
        worst = stream_severity(t->state) > worst ? stream_severity(t->state) : worst;
    }
    if (live > 0) {
        append(names, sizeof names, "", " live");
        append(why, size, "; ", names);
    }
    if (judged == 0)
        return STREAM_STARTING;
    /* a frozen variant stalls its viewers, whatever the others do */
    if (stalled > 0)
        return STREAM_STALLED;
    if (watchable == 0) /* nothing left to watch: failing, or ended */
        return down > 0 ? STREAM_DOWN : STREAM_ENDED;
    return worst > 0 || ended > 0 ? STREAM_SLOW : STREAM_LIVE;
}

/* The stream's state now: the way to the playlists, then the playlists. */
static void judge(struct stream_health *h, int64_t at, int64_t wall)
{
    char why[STREAM_REASON_MAX], chain[STREAM_REASON_MAX + 32];
    enum stream_state s = tracks_verdict(h, why, sizeof why);

    if (h->chain_fails > 0) {
        enum stream_state c = h->chain_fails >= 2 ? STREAM_DOWN : STREAM_SLOW;

        snprintf(chain, sizeof chain, "%s%s", h->chain_fails >= 2 ? "" : "one failed poll: ",
                 h->chain_error);
        if (stream_severity(c) >= stream_severity(s)) {
            s = c;
            why[0] = '\0';
            append(why, sizeof why, "", chain);
        }
    }
    if (s == STREAM_ENDED && h->day_running)
        snprintf(why, sizeof why, "the encoder ended the stream (EXT-X-ENDLIST) while the "
                                  "programme runs");
    if (s != STREAM_STARTING || h->state == STREAM_STARTING)
        enter(h, s, why, at, wall);
}

static void push_history(struct stream_health *h, int v)
{
    if (h->n_history == STREAM_HISTORY) {
        memmove(h->history, h->history + 1, (STREAM_HISTORY - 1) * sizeof *h->history);
        h->n_history--;
    }
    h->history[h->n_history++] = v;
}

static void note_failure(struct stream_health *h, const struct stream_poll *p)
{
    const char *name = p->track >= 0 ? h->tracks[p->track].name : "";

    h->last_error[0] = '\0';
    append(h->last_error, sizeof h->last_error, "", name);
    append(h->last_error, sizeof h->last_error, ": ", p->error);
    h->last_error_wall = p->wall;
}

void stream_record(struct stream_health *h, const struct stream_poll *p)
{
    char rollback[STREAM_REASON_MAX], cause[STREAM_REASON_MAX + STREAM_NAME_MAX];

    if (h->cfg == NULL || p->track >= (int)h->n_tracks)
        return;
    if (p->track <= 0) {
        h->last = *p;
        push_history(h, p->ok ? p->latency_ms : -1);
    }
    if (!p->ok)
        note_failure(h, p);
    if (p->track == STREAM_CHAIN) {
        h->chain_fails++;
        snprintf(h->chain_error, sizeof h->chain_error, "%s", p->error);
    } else {
        struct stream_track *t = &h->tracks[p->track];

        h->chain_fails = 0;
        stream_track_record(t, h->cfg, p, rollback, sizeof rollback);
        if (rollback[0]) {
            snprintf(cause, sizeof cause, "%s%s%s", t->name, t->name[0] ? ": " : "", rollback);
            open_incident(h, p->at, p->wall, STREAM_SLOW, cause)->to = p->at;
            h->incidents[h->n_incidents - 1].to_wall = p->wall;
        }
    }
    judge(h, p->at, p->wall);
}

void stream_tick(struct stream_health *h, int64_t now, int64_t wall, bool polling)
{
    if (h->cfg == NULL)
        return;
    count_time(h, now);
    for (size_t i = 0; i < h->n_tracks && !polling; i++)
        stream_track_tick(&h->tracks[i], h->cfg, now);
    if (h->last.at >= 0)
        judge(h, now, wall);
}

void stream_add_past(struct stream_health *h, enum stream_state s, bool outage,
                     const char *reason, int64_t wall)
{
    struct stream_incident *in = open_one(h);
    int64_t at = h->init_mono - (h->init_wall - wall);

    if (h->cfg == NULL)
        return;
    bool gone = stream_severity(s) > 0 || (s == STREAM_ENDED && outage);

    if (h->past_at >= 0 && wall > h->past_at &&
        (h->past_state == STREAM_LIVE || h->past_away)) {
        h->judged_ms += wall - h->past_at;
        h->live_ms += h->past_state == STREAM_LIVE ? wall - h->past_at : 0;
    }
    h->past_state = s;
    h->past_away = gone;
    h->past_at = wall;
    if (gone && in == NULL) {
        open_incident(h, at, wall, s, reason);
        h->open_incident = (int)h->n_incidents - 1;
    } else if (gone && stream_severity(s) > stream_severity(in->worst)) {
        in->worst = s;
        snprintf(in->cause, sizeof in->cause, "%s", reason);
    } else if (!gone && in != NULL) {
        close_incident(h, at, wall);
    }
}

void stream_past_end(struct stream_health *h)
{
    if (h->past_at >= 0) /* as far as the journal knows */
        close_incident(h, h->init_mono - (h->init_wall - h->past_at), h->past_at);
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

void stream_warnings(const struct stream_health *h, char *buf, size_t size)
{
    const struct stream_poll *p = &h->last;
    char w[STREAM_REASON_MAX];

    buf[0] = '\0';
    if (h->cfg == NULL || p->at < 0)
        return;
    if (p->skew_ms != STREAM_NO_VALUE && llabs(p->skew_ms) > STREAM_SKEW_WARN_MS) {
        snprintf(w, sizeof w, "laptop clock %+.1f s off the server's", -p->skew_ms / 1000.0);
        append(buf, size, "; ", w);
    }
    if (h->chain_warning[0])
        append(buf, size, "; ", h->chain_warning);
    if (!p->ok || !p->hls)
        return;
    if (p->warning[0])
        append(buf, size, "; ", p->warning);
    if (p->longest > (double)p->target_duration + 0.5) {
        snprintf(w, sizeof w, "a segment of %.1f s is longer than the target %lld s",
                 p->longest, (long long)p->target_duration);
        append(buf, size, "; ", w);
    }
    /* a player holds back 3 target durations; 3 more is too far behind */
    if (p->delay_ms != STREAM_NO_VALUE && p->delay_ms > p->target_duration * 6000) {
        snprintf(w, sizeof w, "stream %lld s behind real time", (long long)(p->delay_ms / 1000));
        append(buf, size, "; ", w);
    }
}

const char *stream_state_label(enum stream_state s)
{
    static const char *const words[] = {N_("OFF"),     N_("STARTING"), "LIVE", N_("SLOW"),
                                        N_("STALLED"), N_("DOWN"),     N_("ENDED")};

    return s <= STREAM_ENDED ? words[s] : "?";
}

const char *stream_state_name(enum stream_state s)
{
    static const char *const names[] = {"OFF",   "STARTING", "LIVE", "SLOW",
                                        "STALLED", "DOWN",   "ENDED"};

    return s <= STREAM_ENDED ? names[s] : "?";
}
