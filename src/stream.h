/* stream: the livestream's health as a broadcast technician judges it,
 * from the outcome of each poll (watcher.c does the polling). Plain
 * state over injected time: no network, no curses, no clock. Times are
 * monotonic milliseconds; `wall_offset` turns them into time of day for
 * the incident list.
 *
 * The rules: one failed poll is SLOW, two in a row DOWN; an HLS playlist
 * without a new segment for more than 1.5 x its target duration is late
 * (SLOW, RFC 8216 6.2.1) and for more than stall_factor x max(TD, 2 s)
 * STALLED; a media sequence that goes back is a rollback, an incident of
 * its own; EXT-X-ENDLIST is ENDED. */
#ifndef PODIUM_STREAM_H
#define PODIUM_STREAM_H

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

#define STREAM_REASON_MAX 200
#define STREAM_HISTORY 32   /* polls kept for the sparkline */
#define STREAM_SKEW_WARN_MS 2000
#define STREAM_NO_VALUE INT64_MIN

/* One poll's outcome, as the watcher saw it. */
struct stream_poll {
    int64_t at;        /* when it finished (monotonic ms) */
    bool ok;           /* answered, and the answer was what was expected */
    char error[STREAM_REASON_MAX]; /* why not, in words */
    long http_status;  /* of the last request, 0 for none */
    int latency_ms;    /* the whole poll */
    bool hls;          /* a media playlist was read: the fields below */
    int64_t position;  /* hls_position() */
    int64_t media_sequence;
    int64_t target_duration; /* seconds */
    double longest;    /* the longest segment listed, seconds */
    bool endlist;
    int64_t delay_ms;  /* behind real time by program date-time, or NO_VALUE */
    int64_t age_s;     /* the playlist's Age header, or NO_VALUE */
    int64_t skew_ms;   /* server Date - laptop clock, or NO_VALUE */
};

struct stream_incident {
    int64_t from, to;  /* monotonic ms; to < 0 while it lasts */
    enum stream_state worst;
    char cause[STREAM_REASON_MAX];
};

struct stream_health {
    const struct stream_config *cfg; /* NULL: OFF */
    int64_t wall_offset;  /* + monotonic ms = ms since local midnight */
    enum stream_state state;
    int64_t since;        /* in this state since (monotonic ms) */
    char reason[STREAM_REASON_MAX]; /* why it is not LIVE, "" when it is */
    struct stream_poll last; /* the latest poll; last.at < 0 before any */
    int fails;            /* failed polls in a row */
    /* HLS: where the last good playlist stood, and since when (the start
     * of the poll that saw it move) */
    bool have_position;
    int64_t position, advanced_at, last_sequence, target_duration;
    int64_t last_age;     /* Age when it last moved (or first since), or NO_VALUE */
    bool frozen_stale;    /* frozen while Age grows: a CDN's stale copy */
    /* the sparkline: latest last, latency_ms or -1 for a failed poll */
    int history[STREAM_HISTORY];
    size_t n_history;
    /* today's incidents, latest last */
    struct stream_incident *incidents;
    size_t n_incidents, cap_incidents;
    int open_incident;    /* the one under way, -1 for none */
    /* replaying the journal's account of earlier today */
    enum stream_state past_state;
    int64_t past_at;      /* -1 when not replaying */
    /* share of time LIVE since the first answer */
    int64_t live_ms, judged_ms, counted_to;
    /* STALLED or DOWN entered: alarms counts them (the ui flashes when
     * it moves); alarm stays set until stream_ack() */
    unsigned alarms;
    bool alarm;
    int64_t alarm_at;     /* when the unacknowledged alarm began */
    int64_t recovered_at; /* LIVE again after it, or -1 */
};

/* cfg NULL: the stream is OFF for good. */
void stream_init(struct stream_health *h, const struct stream_config *cfg, int64_t now,
                 int64_t wall_offset);
void stream_free(struct stream_health *h);

/* A poll finished. */
void stream_record(struct stream_health *h, const struct stream_poll *p);
/* Time passes between polls: a playlist that stops advancing goes late,
 * then STALLED, without waiting for the next answer. */
void stream_tick(struct stream_health *h, int64_t now);
/* Earlier today, as the journal tells it (a restart): the state the
 * stream took at `at`. Builds the incidents and the share of time LIVE,
 * with no alarm; stream_past_end() closes what the journal left open. */
void stream_add_past(struct stream_health *h, enum stream_state s, const char *reason,
                     int64_t at);
void stream_past_end(struct stream_health *h);
/* The technician has seen the alarm; false when there was none. */
bool stream_ack(struct stream_health *h);

/* The thresholds, in ms, for a target duration in seconds. */
int64_t stream_late_ms(int64_t target_duration);
int64_t stream_stall_ms(const struct stream_config *cfg, int64_t target_duration);

/* Share of judged time LIVE, 0..1; -1 before any answer. */
double stream_live_share(const struct stream_health *h);
/* Warnings about the latest poll, "" for none: a segment longer than the
 * target duration, the laptop's clock off the server's, the stream's
 * delay behind real time too long. */
void stream_warnings(const struct stream_health *h, char *buf, size_t size);

const char *stream_state_name(enum stream_state s);

#endif
