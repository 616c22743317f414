/* stream_track: one media playlist's health (a variant of a master, an
 * alternate audio rendition, or the one playlist there is), judged from
 * its readings by the rules of stream.h. Plain state over injected time:
 * stream.c keeps one per watched playlist and tells the stream's state
 * from them. */
#ifndef PODIUM_STREAM_TRACK_H
#define PODIUM_STREAM_TRACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stream_config.h"

enum stream_state {
    STREAM_OFF,      /* no stream configured */
    STREAM_STARTING, /* no answer yet */
    STREAM_LIVE,
    STREAM_SLOW,
    STREAM_STALLED,
    STREAM_DOWN,
    STREAM_ENDED,
};

#define STREAM_REASON_MAX 256
#define STREAM_NAME_MAX 48
#define STREAM_NO_VALUE INT64_MIN

/* One reading: a poll of one playlist (with the check of its newest
 * segment), or a poll that failed before any playlist (track < 0). */
struct stream_poll {
    int track;         /* which playlist; STREAM_CHAIN: the way to them failed */
    int64_t started;   /* when the poll began (monotonic ms) */
    int64_t at;        /* when it finished (monotonic ms) */
    int64_t wall;      /* at, as the wall clock read then: ms since local midnight */
    bool ok;           /* answered, and the answer was what was expected */
    char error[STREAM_REASON_MAX]; /* why not, in words */
    long http_status;  /* of the last request, 0 for none */
    int latency_ms;    /* the slowest of its requests */
    bool hls;          /* a media playlist was read: the fields below */
    int64_t position;  /* hls_position() */
    int64_t media_sequence;
    int64_t target_duration; /* seconds */
    double longest;    /* the longest of the newest segments, seconds */
    bool endlist;
    int64_t delay_ms;  /* behind real time by program date-time, or NO_VALUE */
    int64_t age_s;     /* the playlist's Age header, or NO_VALUE */
    int64_t skew_ms;   /* server Date - laptop clock, or NO_VALUE */
    char warning[STREAM_REASON_MAX]; /* a rule of RFC 8216 broken, tolerated */
};

#define STREAM_CHAIN (-1)

struct stream_track {
    char name[STREAM_NAME_MAX]; /* "1080p (v2)"; "" for the only playlist */
    bool every_poll;      /* read on every poll: judged between polls too */
    enum stream_state state;
    char reason[STREAM_REASON_MAX];
    int fails;            /* failed readings in a row */
    /* where the last good playlist stood, and since when (the start of
     * the poll that saw it move) */
    bool have_position;
    int64_t position, advanced_at, last_sequence, target_duration;
    int64_t last_age;     /* Age when it last moved (or first since), or NO_VALUE */
    bool frozen_stale;    /* frozen while Age grows: a CDN's stale copy */
    struct stream_poll last; /* last.at < 0 before any */
};

void stream_track_init(struct stream_track *t, const char *name, bool every_poll);
/* A reading of this playlist. When its media sequence went back, the
 * rollback is said in rollback (else ""): an incident of its own. */
void stream_track_record(struct stream_track *t, const struct stream_config *cfg,
                         const struct stream_poll *p, char *rollback, size_t size);
/* Time passes between readings: a playlist read on every poll that stops
 * advancing goes STALLED without waiting for the next answer. */
void stream_track_tick(struct stream_track *t, const struct stream_config *cfg, int64_t now);

/* The thresholds, in ms, for a target duration in seconds. */
int64_t stream_late_ms(int64_t target_duration);
int64_t stream_stall_ms(const struct stream_config *cfg, int64_t target_duration);
/* How bad a state is: LIVE and the rest 0, SLOW 1, STALLED 2, DOWN 3. */
int stream_severity(enum stream_state s);

#endif
