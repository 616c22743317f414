/* The livestream's health. The technician's panel: the state in big
 * coloured letters and for how long, the latest poll with a sparkline of
 * the last ones, the playlist's figures, the last error, warnings, the
 * alarm until acknowledged, and today's incidents with the share of time
 * LIVE. Everyone else gets one line that turns alarming with it. */
#include <stdio.h>
#include <string.h>

#include "timefmt.h"
#include "app_stream.h"
#include "i18n.h"
#include "stream_words.h"
#include "url.h"
#include "bigdigits.h"
#include "ui_panel.h"
#include "utf8.h"

#define FIXED_ROWS 13   /* heading, big letters, the lines under them */
#define MAX_INCIDENTS 8 /* listed, latest first */

static enum ui_style state_style(enum stream_state s)
{
    switch (s) {
    case STREAM_LIVE: return STYLE_OK;
    case STREAM_SLOW: return STYLE_WARN;
    case STREAM_STALLED: case STREAM_DOWN: return STYLE_OVER;
    default: return STYLE_DIM;
    }
}

/* A moment by the wall clock (ms since local midnight) as HH:MM:SS */
static void time_of(int64_t wall, char out[9])
{
    time_format_hms(wall / 1000, out);
}

static const char *state_word(enum stream_state s)
{
    return _(stream_state_label(s));
}

/* "LIVE since 09:31:05": a moment, which stays put while all is well
 * (the panel is then drawn only when an answer comes); "STALLED for
 * 0:45: why", which counts while it lasts. */
static void state_line(const struct app *app, const struct stream_health *h, char *buf,
                       size_t size)
{
    char since[16], why[STREAM_REASON_MAX * 2];

    if (h->state == STREAM_LIVE) {
        time_of(h->since_wall, since);
        /* TRANSLATORS: a stream's state and the time of day it began */
        snprintf(buf, size, _("%s since %s"), state_word(h->state), since);
        return;
    }
    time_format_duration((app->stream_now - h->since) / 1000, since, sizeof since);
    /* TRANSLATORS: a stream's state and how long it has been so */
    snprintf(buf, size, h->reason[0] ? _("%s for %s: %s") : _("%s for %s"), state_word(h->state),
             since, stream_words(h->reason, why, sizeof why));
}

/* The last polls as bars, one cell each: taller is slower, × failed. */
static void sparkline(WINDOW *w, int y, int x, const struct stream_health *h)
{
    static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    int top = 1;

    for (size_t i = 0; i < h->n_history; i++)
        top = h->history[i] > top ? h->history[i] : top;
    for (size_t i = 0; i < h->n_history && x < getmaxx(w) - 1; i++, x++) {
        int v = h->history[i];

        if (v < 0) {
            wattrset(w, ui_style(STYLE_OVER));
            mvwaddstr(w, y, x, "×");
            wattrset(w, A_NORMAL);
        } else {
            mvwaddstr(w, y, x, bars[(int64_t)v * 7 / top]);
        }
    }
}

static void draw_poll(WINDOW *w, int y, const struct stream_health *h)
{
    const struct stream_poll *p = &h->last;
    const struct stream_track *t = &h->tracks[0];
    char line[256];
    int x;

    if (p->at < 0) {
        ui_text(w, y, 2, getmaxx(w) - 4, _("waiting for the first answer"));
        return;
    }
    snprintf(line, sizeof line, "HTTP %ld · %d ms  ", p->http_status, p->latency_ms);
    x = 2 + ui_text(w, y, 2, getmaxx(w) - 4, line);
    sparkline(w, y, x, h);
    if (!p->hls || !t->have_position)
        return;
    /* as the answer found it: the panel is not drawn anew every second */
    snprintf(line, sizeof line, _("HLS media sequence %lld · target %lld s · last advance %lld s ago"),
             (long long)p->media_sequence, (long long)p->target_duration,
             (long long)((p->at - t->advanced_at) / 1000));
    if (p->delay_ms != STREAM_NO_VALUE)
        snprintf(line + strlen(line), sizeof line - strlen(line), _(" · %.0f s behind"),
                 p->delay_ms / 1000.0);
    ui_text(w, y + 1, 2, getmaxx(w) - 4, line);
}

/* The alarm stays loud until a; recovery shows in it. */
static void draw_alarm(WINDOW *w, int y, const struct app *app, const struct stream_health *h)
{
    char line[256], at[9], after[16];

    if (!h->alarm)
        return;
    time_of(h->alarm_wall, at);
    if (h->recovered_at >= 0) {
        time_format_duration((h->recovered_at - h->alarm_at) / 1000, after, sizeof after);
        snprintf(line, sizeof line, _(" RECOVERED after %s (alarm at %s): a acknowledges "), after,
                 at);
        wattrset(w, ui_style(STYLE_WARN_LABEL));
    } else {
        snprintf(line, sizeof line, _(" STREAM ALARM since %s: %s - a acknowledges "), at,
                 state_word(h->state));
        wattrset(w, ui_style(STYLE_ALARM));
    }
    (void)app;
    ui_text(w, y, 2, getmaxx(w) - 4, line);
    wattrset(w, A_NORMAL);
}

static void draw_incidents(WINDOW *w, int y, const struct app *app,
                           const struct stream_health *h)
{
    double share = stream_live_share(h);
    char line[320], from[9], to[9], len[16], pct[16], cause[STREAM_REASON_MAX * 2];
    size_t shown = 0;

    if (share >= 0)
        snprintf(line, sizeof line, _("Incidents today: %zu · LIVE %s %% of the time"),
                 h->n_incidents, i18n_decimal(pct, sizeof pct, share * 100.0));
    else
        snprintf(line, sizeof line, _("Incidents today: %zu"), h->n_incidents);
    wattrset(w, A_BOLD);
    ui_text(w, y++, 2, getmaxx(w) - 4, line);
    wattrset(w, A_NORMAL);
    for (size_t i = h->n_incidents; i-- > 0 && y < getmaxy(w) && shown < MAX_INCIDENTS;
         shown++) {
        const struct stream_incident *in = &h->incidents[i];
        int64_t end = in->to >= 0 ? in->to : app->stream_now;

        time_of(in->from_wall, from);
        if (in->to >= 0)
            time_of(in->to_wall, to);
        time_format_duration((end - in->from) / 1000, len, sizeof len);
        snprintf(line, sizeof line, "%s-%s %7s  %s%*s %s", from, in->to >= 0 ? to : _("now     "),
                 len, state_word(in->worst), utf8_pad(state_word(in->worst), 7), "",
                 stream_words(in->cause, cause, sizeof cause));
        ui_text(w, y++, 4, getmaxx(w) - 6, line);
    }
}

/* The way to the playlists, when there is more to it than the address,
 * and a row per playlist when there are several. */
static int way_rows(const struct stream_health *h)
{
    int rows = strstr(h->chain, " → ") ? 1 : 0;

    if (h->n_tracks > 1)
        rows += (int)h->n_tracks + (h->n_unwatched > 0);
    return rows;
}

static void draw_track(WINDOW *w, int y, const struct stream_track *t)
{
    char line[800], figures[96] = "", why[STREAM_REASON_MAX * 2];

    if (t->have_position)
        snprintf(figures, sizeof figures, _("seq %lld · advanced %lld s ago"),
                 (long long)t->last_sequence, (long long)((t->last.at - t->advanced_at) / 1000));
    stream_words(t->reason, why, sizeof why);
    snprintf(line, sizeof line, "%-18s %s%*s %s%s%s", t->name, state_word(t->state),
             utf8_pad(state_word(t->state), 8), "",
             figures, figures[0] && why[0] ? " · " : "", why);
    wattrset(w, ui_style(state_style(t->state)));
    ui_text(w, y, 4, getmaxx(w) - 6, line);
    wattrset(w, A_NORMAL);
}

static int draw_way(WINDOW *w, int y, const struct stream_health *h)
{
    int y0 = y;
    char line[320];

    if (strstr(h->chain, " → ")) {
        snprintf(line, sizeof line, _("Way: %s"), h->chain);
        ui_text(w, y++, 2, getmaxx(w) - 4, line);
    }
    if (h->n_tracks <= 1)
        return y - y0;
    for (size_t i = 0; i < h->n_tracks; i++)
        draw_track(w, y++, &h->tracks[i]);
    if (h->n_unwatched > 0) {
        snprintf(line, sizeof line,
                 P_("%zu more rendition not watched (at most %d are)",
                    "%zu more renditions not watched (at most %d are)", h->n_unwatched),
                 h->n_unwatched, STREAM_MAX_TRACKS);
        ui_text(w, y++, 4, getmaxx(w) - 6, line);
    }
    return y - y0;
}

static void draw_off(WINDOW *w)
{
    int x;

    wattrset(w, A_BOLD);
    x = 2 + ui_text(w, 0, 2, getmaxx(w) - 4, _("STREAM OFF"));
    wattrset(w, A_NORMAL);
    ui_text(w, 0, x + 2, getmaxx(w) - x - 3,
            _("no stream group in the configuration: nothing to watch (podium.cfg(5))"));
}

/* Under the state: the latest poll, the last error, the warnings, the
 * alarm, the way and the playlists, the incidents. */
static void draw_details(WINDOW *w, int y, const struct app *app,
                         const struct stream_health *h)
{
    char line[320], warnings[512], why[STREAM_REASON_MAX * 2];
    int x;

    draw_poll(w, y, h);
    if (h->last_error[0]) {
        char at[9];

        time_of(h->last_error_wall, at);
        snprintf(line, sizeof line, _("Last error %s: %s"), at,
                 stream_words(h->last_error, why, sizeof why));
        ui_text(w, y + 2, 2, getmaxx(w) - 4, line);
    }
    stream_warnings(h, line, sizeof line);
    stream_words(line, warnings, sizeof warnings);
    if (warnings[0]) {
        wattrset(w, ui_style(STYLE_WARN));
        x = 2 + ui_text(w, y + 3, 2, getmaxx(w) - 4, _("Warning: "));
        ui_text(w, y + 3, x, getmaxx(w) - x - 2, warnings);
        wattrset(w, A_NORMAL);
    }
    draw_alarm(w, y + 4, app, h);
    draw_incidents(w, y + 5 + draw_way(w, y + 5, h), app, h);
}

static void draw(WINDOW *w, const struct app *app)
{
    const struct stream_health *h = app_stream(app);
    char line[320], shown[1024];
    int y, x;

    if (h == NULL) {
        draw_off(w);
        return;
    }
    /* short of rows (80x24), the big letters give way first: the state
     * line says the same, and the alarm and the variants must show */
    y = getmaxy(w) >= FIXED_ROWS + way_rows(h) + 2 ? FIXED_ROWS - 6 : 1;
    wattrset(w, A_BOLD);
    x = 2 + ui_text(w, 0, 2, getmaxx(w) - 4, _("STREAM"));
    wattrset(w, A_NORMAL);
    snprintf(line, sizeof line, "%s  (%s)", url_shown(h->cfg->url, shown, sizeof shown),
             stream_format_name(h->cfg->format));
    ui_text(w, 0, x + 2, getmaxx(w) - x - 3, line);
    if (y > 1)
        big_draw(w, 1, 2, state_word(h->state), ui_style(state_style(h->state)), BIG_ROWS);
    state_line(app, h, line, sizeof line);
    wattrset(w, ui_style(state_style(h->state)) | (y > 1 ? 0 : A_BOLD));
    ui_text(w, y, 2, getmaxx(w) - 4, line);
    wattrset(w, A_NORMAL);
    draw_details(w, y + 1, app, h);
}

static int want(const struct app *app)
{
    const struct stream_health *h = app_stream(app);
    size_t listed;

    if (h == NULL)
        return 1;
    listed = h->n_incidents < MAX_INCIDENTS ? h->n_incidents : MAX_INCIDENTS;
    return FIXED_ROWS + way_rows(h) + 1 + (int)listed;
}

static uint64_t stamp(const struct app *app)
{
    const struct stream_health *h = app_stream(app);
    uint64_t s = UI_HASH_SEED;

    if (h == NULL)
        return s;
    s = ui_hash(ui_hash(s, h->state), h->since);
    s = ui_hash(s, (int64_t)h->n_incidents);
    s = ui_hash(ui_hash(s, h->alarm), h->recovered_at);
    s = ui_hash_str(ui_hash_str(s, h->reason), h->chain);
    for (size_t i = 0; i < h->n_tracks; i++) {
        s = ui_hash_str(ui_hash(s, h->tracks[i].state), h->tracks[i].reason);
        s = ui_hash(s, h->tracks[i].last.at);
    }
    /* While LIVE nothing shown ticks ("since 09:31:05", the figures as
     * the answer found them): drawn when an answer comes, not every
     * second, which cost as much as the watching. Away from LIVE the
     * durations count by the second. */
    s = ui_hash(s, h->last.at);
    return h->state == STREAM_LIVE ? s : ui_hash(s, app->stream_now / 1000);
}

/* Everyone else's line: quiet while LIVE, loud while the alarm is up. */
static void draw_line(WINDOW *w, const struct app *app)
{
    const struct stream_health *h = app_stream(app);
    char line[320];
    enum ui_style style = h->alarm ? STYLE_ALARM : state_style(h->state);
    int x;

    state_line(app, h, line, sizeof line);
    wattrset(w, ui_style(style));
    x = 1 + ui_text(w, 0, 1, getmaxx(w) - 2, _(" STREAM "));
    ui_text(w, 0, x, getmaxx(w) - x - 1, line);
    if (h->alarm)
        ui_text_right(w, 0, getmaxx(w) - 1, h->recovered_at >= 0 ? _(" recovered - a acknowledges ")
                                                                 : _(" a acknowledges "));
    wattrset(w, A_NORMAL);
}

static int want_line(const struct app *app)
{
    return app_stream(app) ? 1 : 0;
}

const struct panel panel_stream = {.name = "stream", .height = 0, .draw = draw, .stamp = stamp,
                                   .want = want};
const struct panel panel_stream_line = {.name = "stream", .height = 0, .draw = draw_line,
                                        .stamp = stamp, .want = want_line};
