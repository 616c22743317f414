/* watcher: polls the configured livestream and keeps its health
 * (stream.h) up to date. One poll: the configured URL (a Qbrick document
 * resolves to its HLS playlist, a master playlist to its first variant),
 * then the media playlist, then one byte of its newest segment. Polls
 * are paced by the playlist's target duration (RFC 8216 6.3.4) within
 * `interval`; each is bounded by `timeout`.
 *
 * Driven by the caller's one wait like http.h: add watcher_fds() to the
 * poll, wait at most watcher_timeout_ms(), then watcher_process(). Time
 * comes from the clock source given (monotonic and epoch ms). */
#ifndef PODIUM_WATCHER_H
#define PODIUM_WATCHER_H

#include <poll.h>

#include "clock.h"
#include "stream.h"
#include "stream_config.h"

struct watcher;

/* cfg must outlive the watcher; wall_offset as in stream.h. */
struct watcher *watcher_new(const struct stream_config *cfg, struct clock_source time,
                            int64_t wall_offset);
void watcher_free(struct watcher *w);

const struct stream_health *watcher_health(const struct watcher *w);
/* The technician acknowledges the alarm; false when there was none. */
bool watcher_ack(struct watcher *w);
/* Earlier today from the journal (a restart): the state the stream took
 * at epoch_ms, ms since the epoch; other days are passed over. */
void watcher_restore(struct watcher *w, enum stream_state s, const char *reason,
                     int64_t epoch_ms);
void watcher_restore_end(struct watcher *w);
/* The watcher's monotonic ms now, the time base of its health. */
int64_t watcher_now(const struct watcher *w);
/* The playlist being watched, once known (NULL before, or for http). */
const char *watcher_playlist_url(const struct watcher *w);

int watcher_fds(const struct watcher *w, struct pollfd *fds, int max);
int watcher_timeout_ms(const struct watcher *w);
/* After the wait: starts a poll when one is due, moves those under way,
 * and brings the health up to now. */
void watcher_process(struct watcher *w, const struct pollfd *fds, int n);

#endif
