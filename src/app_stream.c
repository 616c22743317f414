#include "app_stream.h"

#include "i18n.h"

#include <stdio.h>
#include <string.h>

#include "journal_codec.h"

void app_set_watcher(struct app *app, struct watcher *w)
{
    app->watcher = w;
    app->alert_stream = w ? watcher_health(w)->alarms : 0;
}

const struct stream_health *app_stream(const struct app *app)
{
    return app->watcher ? watcher_health(app->watcher) : NULL;
}

/* Journals a stream line from the recorder, the one process per
 * journal that does (however many watch, the day's account has each
 * change once); false when this one does not or the disk refused it. */
static bool record(struct app *app, enum stream_state state, bool outage, const char *reason)
{
    struct journal_stream s = {.state = state, .wall_ms = app_wall_ms(app), .outage = outage};
    char err[256];

    if (app->journal == NULL || app->read_only || !journal_stream_recorder(app->journal))
        return false;
    snprintf(s.reason, sizeof s.reason, "%s", reason);
    if (journal_append_stream(app->journal, &app->agenda, &s, app_apply_read, app, err,
                              sizeof err) == JOURNAL_FAILED)
        return false;
    app->stream_recorded = state;
    app->outage_recorded = outage;
    return true;
}

/* The recorder closes the stream's account: time unwatched is neither
 * LIVE nor an incident. */
static void record_stream_end(struct app *app)
{
    if (app->watcher != NULL && app->stream_recorded != STREAM_OFF)
        record(app, STREAM_OFF, false, "podium stopped watching"); /* journaled: English */
}

/* The stream's changes; an end that turns from an outage into the
 * programme's normal end is a change too. */
static void record_stream(struct app *app, const struct stream_health *h)
{
    bool outage = h->state == STREAM_ENDED && h->day_running;

    if (h->state != STREAM_STARTING &&
        (h->state != app->stream_recorded || outage != app->outage_recorded))
        record(app, h->state, outage, h->reason);
}

/* Each STALLED or DOWN the stream enters flashes once. */
void app_stream_tick(struct app *app)
{
    const struct stream_health *h = app_stream(app);

    if (h == NULL)
        return;
    /* by the day's clock (a rehearsal's in a rehearsal): from the first
     * item's start until the last has ended, not its planned end */
    watcher_set_day_running(app->watcher, app->view.current >= 0 &&
                                              app->view.current < (int)app->prog->n_items &&
                                              app->view.closed_at < 0);
    app->stream_now = watcher_now(app->watcher);
    if (h->alarms != app->alert_stream)
        app->alerts++;
    app->alert_stream = h->alarms;
    record_stream(app, h);
}

/* Another terminal acknowledged the stream's alarm: it is seen. */
static void stream_read(void *ctx, const struct journal_stream *s)
{
    struct app *app = ctx;

    if (app->watcher == NULL)
        return;
    if (s->ack && !app->replaying)
        watcher_ack(app->watcher);
    else if (!s->ack && app->replaying)
        watcher_restore(app->watcher, s->state, s->outage, s->reason, s->wall_ms); /* a restart */
}

/* a: acknowledges the stream's alarm, whatever the role (the alarm
 * shows on every screen), and does nothing else. */
bool app_stream_ack(struct app *app)
{
    const struct stream_health *h = app_stream(app);
    char err[256];

    if (h == NULL || !h->alarm) {
        snprintf(app->message, sizeof app->message, "%s",
                 h == NULL ? _("No stream is watched: no alarm to acknowledge")
                           : _("No stream alarm to acknowledge"));
        return false;
    }
    watcher_ack(app->watcher);
    snprintf(app->message, sizeof app->message, _("Stream alarm acknowledged (%s now)"),
             _(stream_state_label(h->state)));
    /* every screen's alarm is the same alarm: the others hear of it */
    if (app->journal && !app->read_only)
        journal_append_stream(app->journal, &app->agenda,
                              &(struct journal_stream){.ack = true, .wall_ms = app_wall_ms(app)},
                              app_apply_read, app, err, sizeof err);
    return true;
}

void app_stream_close(struct app *app)
{
    record_stream_end(app);
    watcher_free(app->watcher);
    app->watcher = NULL;
}

void app_stream_on_journal(struct app *app, struct journal *j)
{
    journal_on_stream(j, stream_read, app);
}
