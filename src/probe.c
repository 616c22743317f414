#include "probe.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>

#include "http.h"
#include "watcher.h"

/* Judged: an answer that settles it, or a live HLS stream seen to move
 * (one playlist alone cannot say it advances). */
static bool judged(const struct stream_health *h, int64_t first_at)
{
    if (h->state == STREAM_DOWN || h->state == STREAM_STALLED || h->state == STREAM_ENDED)
        return true;
    if (h->state != STREAM_LIVE)
        return false;
    return !h->last.hls || (first_at >= 0 && h->advanced_at > first_at);
}

/* Long enough for a frozen playlist to go late: the slowest rules plus
 * a poll. */
static int64_t time_limit(const struct stream_config *cfg, const struct stream_health *h)
{
    int64_t td = h->last.hls ? h->last.target_duration : 10;
    int64_t wait = stream_late_ms(td) > 2000LL * cfg->interval ? stream_late_ms(td)
                                                                : 2000LL * cfg->interval;

    return wait + 1000LL * cfg->timeout + 1000;
}

static void print_figures(const struct stream_health *h, const char *playlist, int64_t now,
                          FILE *out)
{
    const struct stream_poll *p = &h->last;
    char warnings[512];

    if (playlist)
        fprintf(out, "  playlist     %s\n", playlist);
    fprintf(out, "  polls        %zu, latest: HTTP %ld in %d ms\n", h->n_history,
            p->http_status, p->latency_ms);
    if (p->hls && h->have_position)
        fprintf(out, "  segments     media sequence %lld, target duration %lld s, "
                     "last advance %lld s ago\n",
                (long long)p->media_sequence, (long long)p->target_duration,
                (long long)((now - h->advanced_at) / 1000));
    if (p->hls && p->delay_ms != STREAM_NO_VALUE)
        fprintf(out, "  delay        %.1f s behind real time\n", p->delay_ms / 1000.0);
    stream_warnings(h, warnings, sizeof warnings);
    fprintf(out, "  warnings     %s\n", warnings[0] ? warnings : "none");
    for (size_t i = 0; i < h->n_incidents; i++)
        fprintf(out, "  incident     %s: %s\n", stream_state_name(h->incidents[i].worst),
                h->incidents[i].cause);
}

int probe_run(const struct stream_config *cfg, struct clock_source time, FILE *out)
{
    struct watcher *w = watcher_new(cfg, time, 0);
    const struct stream_health *h = watcher_health(w);
    int64_t began = time.mono_ms(time.ctx), first_at = -1;
    int status;

    fprintf(out, "Probing %s (format %s)\n", cfg->url, stream_format_name(cfg->format));
    while (!judged(h, first_at) &&
           time.mono_ms(time.ctx) - began < time_limit(cfg, h)) {
        struct pollfd fds[HTTP_MAX_FDS];
        int n = watcher_fds(w, fds, HTTP_MAX_FDS);
        int wait = watcher_timeout_ms(w);

        if (poll(fds, (nfds_t)n, wait < 0 || wait > 1000 ? 1000 : wait) < 0 && errno != EINTR)
            break;
        watcher_process(w, fds, n);
        if (first_at < 0 && h->last.at >= 0 && h->last.ok)
            first_at = h->last.at;
    }
    fprintf(out, "%s%s%s\n", stream_state_name(h->state), h->reason[0] ? ": " : "", h->reason);
    print_figures(h, watcher_playlist_url(w), time.mono_ms(time.ctx), out);
    status = h->state == STREAM_LIVE ? 0 : 1;
    watcher_free(w);
    return status;
}
