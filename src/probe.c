#include "probe.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>

#include "i18n.h"
#include "safe.h"
#include "stream_words.h"
#include "url.h"
#include "http.h"
#include "watcher.h"

#define PROBE_MAX_MS 60000

/* Judged: an answer that settles it, or a live HLS stream whose first
 * playlist is seen to move (one reading alone cannot say it advances),
 * with every playlist watched read at least once. */
static bool judged(const struct stream_health *h, int64_t first_at, int slow_polls)
{
    const struct stream_track *t = &h->tracks[0];

    if (h->state == STREAM_DOWN || h->state == STREAM_STALLED || h->state == STREAM_ENDED)
        return true;
    if (h->state != STREAM_LIVE && h->state != STREAM_SLOW)
        return false;
    for (size_t i = 0; i < h->n_tracks; i++)
        if (h->tracks[i].last.at < 0)
            return false;
    /* every playlist has had its say, and it stays slow or degraded */
    if (h->state == STREAM_SLOW)
        return slow_polls >= 2;
    return !h->last.hls || (first_at >= 0 && t->advanced_at > first_at);
}

/* Long enough for a frozen playlist to go late: the slowest rules plus
 * a poll, and a turn for each playlist read in rotation. */
static int64_t time_limit(const struct stream_config *cfg, const struct stream_health *h)
{
    int64_t td = h->last.hls ? h->last.target_duration : 10;
    int64_t wait = stream_late_ms(td) > 2000LL * cfg->interval ? stream_late_ms(td)
                                                                : 2000LL * cfg->interval;
    int64_t turns = h->n_tracks > 2 ? (int64_t)h->n_tracks - 1 : 0;

    int64_t limit = wait + turns * td * 1000 + 3000LL * cfg->timeout + 1000;

    /* a target duration of an hour must not keep a script waiting hours */
    return limit < PROBE_MAX_MS ? limit : PROBE_MAX_MS;
}

static void print_tracks(const struct watcher *w, const struct stream_health *h, int64_t now,
                         FILE *out)
{
    char why[STREAM_REASON_MAX * 2], shown[1024];

    if (h->chain[0])
        /* TRANSLATORS: --probe's labels stand in a column of 15: keep the
         * value where the English one begins */
        fprintf(out, _("  way          %s\n"), safe_str(h->chain));
    for (size_t i = 0; i < h->n_tracks; i++) {
        const struct stream_track *t = &h->tracks[i];
        const char *url = watcher_track_url(w, i);

        if (url == NULL)
            continue;
        if (h->n_tracks == 1) {
            fprintf(out, _("  playlist     %s\n"), safe_str(url_shown(url, shown, sizeof shown)));
            continue;
        }
        fprintf(out, "  %-18s %s%s%s", safe_str(t->name), _(stream_state_label(t->state)),
                t->reason[0] ? ": " : "", safe_str(stream_words(t->reason, why, sizeof why)));
        if (t->have_position)
            fprintf(out, _(" · sequence %lld · advanced %lld s ago"),
                    (long long)t->last_sequence, (long long)((now - t->advanced_at) / 1000));
        fprintf(out, "\n                     %s\n", safe_str(url_shown(url, shown, sizeof shown)));
    }
    if (h->n_unwatched > 0)
        fprintf(out, P_("  not watched  %zu more rendition\n", "  not watched  %zu more renditions\n",
                        h->n_unwatched),
                h->n_unwatched);
}

static void print_figures(const struct watcher *w, const struct stream_health *h, int64_t now,
                          FILE *out)
{
    const struct stream_poll *p = &h->last;
    const struct stream_track *t = &h->tracks[0];
    char warnings[1536], words[768];

    print_tracks(w, h, now, out);
    fprintf(out, _("  polls        %zu, latest: HTTP %ld in %d ms\n"), h->n_history,
            p->http_status, p->latency_ms);
    if (p->hls && t->have_position)
        fprintf(out, _("  segments     media sequence %lld, target duration %lld s, "
                       "last advance %lld s ago\n"),
                (long long)p->media_sequence, (long long)p->target_duration,
                (long long)((now - t->advanced_at) / 1000));
    if (p->hls && p->delay_ms != STREAM_NO_VALUE)
        fprintf(out, _("  delay        %.1f s behind real time\n"), p->delay_ms / 1000.0);
    stream_warnings(h, words, sizeof words);
    stream_words(words, warnings, sizeof warnings);
    fprintf(out, _("  warnings     %s\n"), warnings[0] ? safe_str(warnings) : _("none"));
    for (size_t i = 0; i < h->n_incidents; i++)
        fprintf(out, _("  incident     %s: %s\n"), _(stream_state_label(h->incidents[i].worst)),
                safe_str(stream_words(h->incidents[i].cause, words, sizeof words)));
}

int probe_run(const struct stream_config *cfg, struct clock_source time, FILE *out)
{
    struct watcher *w = watcher_new(cfg, time);
    const struct stream_health *h = watcher_health(w);
    int64_t began = time.mono_ms(time.ctx), first_at = -1, seen_at = -1;
    int status, slow_polls = 0;
    char why[STREAM_REASON_MAX * 2], shown[1024];

    fprintf(out, _("Probing %s (format %s)\n"), safe_str(url_shown(cfg->url, shown, sizeof shown)),
            stream_format_name(cfg->format));
    while (!judged(h, first_at, slow_polls) &&
           time.mono_ms(time.ctx) - began < time_limit(cfg, h)) {
        struct pollfd fds[HTTP_MAX_FDS];
        int n = watcher_fds(w, fds, HTTP_MAX_FDS);
        int wait = watcher_timeout_ms(w);

        if (poll(fds, (nfds_t)n, wait < 0 || wait > 1000 ? 1000 : wait) < 0 && errno != EINTR)
            break;
        watcher_process(w, fds, n);
        if (first_at < 0 && h->last.at >= 0 && h->last.ok)
            first_at = h->last.at;
        if (h->last.at != seen_at) { /* a poll ended */
            seen_at = h->last.at;
            slow_polls = h->state == STREAM_SLOW ? slow_polls + 1 : 0;
        }
    }
    /* the verdict: the state first, in the language shown (scripts read
     * the exit status, 0 only when LIVE) */
    fprintf(out, "%s%s%s\n", _(stream_state_label(h->state)), h->reason[0] ? ": " : "",
            safe_str(stream_words(h->reason, why, sizeof why)));
    if (!judged(h, first_at, slow_polls))
        fprintf(out, _("  not judged   within %lld s: the state so far\n"),
                (long long)(time_limit(cfg, h) / 1000));
    print_figures(w, h, time.mono_ms(time.ctx), out);
    status = h->state == STREAM_LIVE ? 0 : 1;
    watcher_free(w);
    return status;
}
