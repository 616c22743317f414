/* stream: the livestream's health as a broadcast technician judges it,
 * from the readings of its playlists (watcher.c does the polling). Plain
 * state over injected time: no network, no curses, no clock. Durations
 * and pacing are monotonic ms; every moment shown (incidents, "since",
 * the alarm) is the wall clock as read when it happened, ms since local
 * midnight, so a suspended laptop shows a gap, not shifted times.
 *
 * The rules, for each playlist watched (stream_track.h): one failed
 * reading is SLOW, two in a row DOWN; no new segment for more than 1.5 x
 * the target duration is late (SLOW, RFC 8216 6.2.1) and for more than
 * stall_factor x max(TD, 2 s) STALLED; a media sequence that goes back
 * is a rollback, an incident of its own; EXT-X-ENDLIST is ENDED.
 *
 * The stream's state is its playlists' worst, named: any STALLED is
 * STALLED; all failing is DOWN; some failing, late or ended while others
 * are live is SLOW (the stream is degraded, viewers are switched). An
 * ENDED stream while the day's programme still runs is an incident with
 * an alarm; after the programme's end it is the normal end. */
#ifndef PODIUM_STREAM_H
#define PODIUM_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stream_config.h"
#include "stream_track.h"

#define STREAM_HISTORY 32   /* polls kept for the sparkline */
#define STREAM_SKEW_WARN_MS 2000
#define STREAM_MAX_TRACKS 8 /* playlists watched; a master's others are named */

struct stream_incident {
    int64_t from, to;   /* monotonic ms; to < 0 while it lasts */
    int64_t from_wall, to_wall; /* the same moments by the wall clock */
    enum stream_state worst;
    char cause[STREAM_REASON_MAX];
};

struct stream_health {
    const struct stream_config *cfg; /* NULL: OFF */
    int64_t init_mono, init_wall; /* to place the journal's past */
    enum stream_state state;
    int64_t since, since_wall; /* in this state since */
    char reason[STREAM_REASON_MAX]; /* why it is not LIVE, "" when it is */
    /* the playlists watched: one unnamed until a master names its own */
    struct stream_track tracks[STREAM_MAX_TRACKS];
    size_t n_tracks, n_unwatched;
    char chain[STREAM_REASON_MAX]; /* how they were found, "" before */
    char chain_warning[STREAM_REASON_MAX];
    int chain_fails;      /* polls in a row that found no playlist */
    char chain_error[STREAM_REASON_MAX];
    bool day_running;     /* the programme has not ended yet */
    struct stream_poll last; /* the first playlist's latest reading, or a
                                poll that found none; last.at < 0 before */
    char last_error[STREAM_REASON_MAX]; /* the latest failure, named */
    int64_t last_error_wall;
    /* the sparkline: latest last, latency_ms or -1 for a failed poll */
    int history[STREAM_HISTORY];
    size_t n_history;
    /* today's incidents, latest last */
    struct stream_incident *incidents;
    size_t n_incidents, cap_incidents;
    int open_incident;    /* the one under way, -1 for none */
    /* replaying the journal's account of earlier today */
    enum stream_state past_state;
    bool past_away;       /* it was away from LIVE */
    int64_t past_at;      /* wall ms; -1 when not replaying */
    /* share of time LIVE since the first answer */
    int64_t live_ms, judged_ms, counted_to;
    /* STALLED or DOWN (or ENDED while the day runs) entered: alarms counts
     * them (the ui flashes when it moves); alarm stays set until
     * stream_ack() */
    unsigned alarms;
    bool alarm;
    int64_t alarm_wall;   /* when the unacknowledged alarm began */
    int64_t alarm_at;     /* the same, monotonic */
    int64_t recovered_at; /* LIVE again after it (monotonic), or -1 */
};

/* cfg NULL: the stream is OFF for good. now and wall: this moment. */
void stream_init(struct stream_health *h, const struct stream_config *cfg, int64_t now,
                 int64_t wall);
void stream_free(struct stream_health *h);

/* The playlists to watch, named; the first `every_poll` are read on every
 * poll, the others in turn; `unwatched` more were left out. The same
 * names again (the master read anew) keep their state. */
void stream_set_tracks(struct stream_health *h, const char *const *names, size_t n,
                       size_t every_poll, size_t unwatched);
/* How the playlists were found ("page → qbrick media 0f3e… → master (3
 * variants)"), and a warning about that way ("" for none). */
void stream_set_chain(struct stream_health *h, const char *chain, const char *warning);
/* Whether the day's programme still runs; once it has ended, an ENDED
 * stream is its normal end. */
void stream_set_day_running(struct stream_health *h, bool running, int64_t now, int64_t wall);

/* A reading of one playlist, or a poll that found none (track
 * STREAM_CHAIN). */
void stream_record(struct stream_health *h, const struct stream_poll *p);
/* Time passes between polls: a playlist that stops advancing goes
 * STALLED without waiting for the next answer; not while a poll is under
 * way (polling), whose answers say more and come within its timeout. */
void stream_tick(struct stream_health *h, int64_t now, int64_t wall, bool polling);
/* Earlier today, as the journal tells it (a restart): the state the
 * stream took at wall ms. Builds the incidents and the share of time
 * LIVE, with no alarm; stream_past_end() closes what the journal left
 * open. */
void stream_add_past(struct stream_health *h, enum stream_state s, bool outage,
                     const char *reason, int64_t wall);
void stream_past_end(struct stream_health *h);
/* The technician has seen the alarm; false when there was none. */
bool stream_ack(struct stream_health *h);

/* Share of judged time LIVE, 0..1; -1 before any answer. */
double stream_live_share(const struct stream_health *h);
/* Warnings about the latest poll, "" for none: a segment longer than the
 * target duration, the laptop's clock off the server's, the stream's
 * delay behind real time too long, a playlist that breaks RFC 8216 in a
 * way players tolerate, a failed re-reading of the way to the playlists. */
void stream_warnings(const struct stream_health *h, char *buf, size_t size);

const char *stream_state_name(enum stream_state s);
/* As people read it, untranslated (N_): the screens say _() of it, in
 * Swedish TRÖG, STÅR STILL...; the journal keeps stream_state_name's. */
const char *stream_state_label(enum stream_state s);

#endif
