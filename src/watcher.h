/* watcher: polls the configured livestream and keeps its health
 * (stream.h) up to date. First the way to the playlists: the configured
 * URL, an event page leading to a Qbrick document, the document to its
 * HLS playlist, a master playlist to its variants and alternate audio;
 * read again every 5 minutes and at once when a playlist fails. Then each
 * poll reads the first playlist, one more in turn (so a ladder costs two
 * playlists a poll), and one byte of the newest segment of the playlist
 * that advanced last. Polls are paced by the first playlist's target
 * duration (RFC 8216 6.3.4) within `interval`, at least 1 s apart; each
 * request is bounded by `timeout`. Playlists are read as they arrive and
 * never kept whole.
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
#include "transport.h"

struct watcher;

/* cfg must outlive the watcher; time gives monotonic, wall (ms since
 * local midnight) and epoch ms, each read when it is needed. */
struct watcher *watcher_new(const struct stream_config *cfg, struct clock_source time);
/* The same over another transport (transport.h), which it then owns: the
 * unit tests' fake. */
struct watcher *watcher_new_on(const struct stream_config *cfg, struct clock_source time,
                               struct transport net);
void watcher_free(struct watcher *w);

const struct stream_health *watcher_health(const struct watcher *w);
/* The technician acknowledges the alarm; false when there was none. */
bool watcher_ack(struct watcher *w);
/* Earlier today from the journal (a restart): the state the stream took
 * at epoch_ms, ms since the epoch; other days are passed over. */
void watcher_restore(struct watcher *w, enum stream_state s, bool outage, const char *reason,
                     int64_t epoch_ms);
void watcher_restore_end(struct watcher *w);
/* The watcher's monotonic ms now, the time base of its health. */
int64_t watcher_now(const struct watcher *w);
/* The address of playlist i (health's tracks[i]), once known; NULL
 * before. */
const char *watcher_track_url(const struct watcher *w, size_t i);
/* Whether the day's programme still runs (stream.h: an ENDED stream is
 * an incident until the programme's end). */
void watcher_set_day_running(struct watcher *w, bool running);

int watcher_fds(const struct watcher *w, struct pollfd *fds, int max);
int watcher_timeout_ms(const struct watcher *w);
/* After the wait: starts a poll when one is due, moves those under way,
 * and brings the health up to now; what is then due at once is done too,
 * without another wait. */
void watcher_process(struct watcher *w, const struct pollfd *fds, int n);

#endif
