#include "app.h"

#include "i18n.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_stream.h"
#include "programme.h"
#include "timefmt.h"

void app_init(struct app *app, struct programme *prog, struct clock clock)
{
    memset(app, 0, sizeof *app);
    app->config = prog;
    app->clock = clock;
    /* no item seen yet: starting inside a warning time is no crossing */
    app->alert_item = INT_MIN;
    app->selected[PEOPLE_SPEAKERS] = app->selected[PEOPLE_PRESS] = -1;
    app->entry.item = -1;
    app->agenda_sel = -1;
    app->followed_at = -1;
    agenda_init(&app->agenda, prog);
    app->prog = app->agenda.prog; /* the day's, items inserted on it too */
    agenda_view_init(&app->view, &app->agenda);
    app_tick(app);
    /* starting inside the film's reminder or last 30 s is no crossing */
    app->alerts = 0;
}

void app_set_role(struct app *app, enum role role)
{
    app->role = role;
    app->focus = role == ROLE_PRODUCER && app->view.press_item >= 0 ? PEOPLE_PRESS
                                                                    : PEOPLE_SPEAKERS;
}

void app_free(struct app *app)
{
    app_stream_close(app);
    journal_close(app->journal);
    app->journal = NULL;
    agenda_view_free(&app->view);
    agenda_free(&app->agenda);
    programme_free(app->config);
    app->config = app->prog = NULL;
}

/* The film's standby reminder and its last 30 s flash once each. */
static void film_alerts(struct app *app)
{
    const struct agenda_view *v = &app->view;
    bool ready = v->film_item >= 0 && v->film == FILM_ROLLING && v->film_left > 0 &&
                 v->film_left <= FILM_READY_BEFORE;
    bool reminder = v->film_item >= 0 && v->film_reminder;

    if ((reminder && !app->alert_film_reminder) || (ready && !app->alert_film_ready))
        app->alerts++;
    app->alert_film_reminder = reminder;
    app->alert_film_ready = ready;
}


void app_tick(struct app *app)
{
    struct agenda_view *v = &app->view;

    app->now = clock_now(&app->clock);
    /* Left running overnight with nothing started, the dashboard wakes up
     * to today's plan; a day under way keeps counting past midnight. */
    if (app->agenda.current < 0 && app->now >= DAY_SECONDS) {
        clock_next_day(&app->clock);
        app->now = clock_now(&app->clock);
    }
    agenda_view_update(v, &app->agenda, app->now);
    /* Flash once per threshold crossed within the same item, not when the
     * moderator moves to another item. */
    if (v->current == app->alert_item && v->state > app->alert_state &&
        v->state >= TIME_WARN)
        app->alerts++;
    app->alert_item = v->current;
    app->alert_state = v->state;
    film_alerts(app);
    /* a new message flashes the stage screen once */
    if (app->role == ROLE_STAGE && app->agenda.message[0] &&
        app->agenda.message_at != app->alert_message)
        app->alerts++;
    app->alert_message = app->agenda.message_at;
    app_stream_tick(app);
}

/* The steps queued while another podium held the journal are on the
 * disk now, after the others' steps written meanwhile: the day is read
 * again from the journal, as every terminal and every replay has it. */
static void reread(struct app *app)
{
    unsigned version = app->agenda.version, reshaped = app->agenda.reshaped;

    agenda_free(&app->agenda);
    agenda_init(&app->agenda, app->config);
    app->prog = app->agenda.prog;
    journal_reread(app->journal, &app->agenda, app_apply_read, app);
    app->agenda.version = version + 1;
    app->agenda.reshaped = reshaped + 1; /* indices held are stale */
    app->tentative = false;
}

/* What became of the latest write, in the footer until the next. */
static void saved(struct app *app, enum journal_saved r, const char *err)
{
    size_t n = journal_queued(app->journal);

    if (r == JOURNAL_SAVED && app->tentative)
        reread(app);
    if (r == JOURNAL_SAVED)
        app->save_error[0] = '\0';
    else if (r == JOURNAL_QUEUED)
        snprintf(app->save_error, sizeof app->save_error,
                 P_("NOT SAVED YET (another podium holds the journal): %zu step waits",
                    "NOT SAVED YET (another podium holds the journal): %zu steps wait", n),
                 n);
    else
        snprintf(app->save_error, sizeof app->save_error, _("NOT SAVED: %s"), err);
    /* refused by the disk, the steps stay on the screen all the same:
     * the day goes on */
    app->tentative &= r != JOURNAL_FAILED;
}

bool app_submit(struct app *app, const struct agenda_event *ev)
{
    unsigned version = app->agenda.version;
    enum journal_saved r = JOURNAL_FAILED;
    struct agenda_event marked = *ev;
    char err[256];

    /* On disk before on screen, and applied as read back from it (after
     * the others' steps), so this screen shows what every terminal and
     * every replay has. Neither a full disk nor another podium holding
     * the journal stops the day: the step is shown at once, and the
     * footer says it is not saved (yet). */
    marked.remote = app->remote;
    if (app->journal)
        r = journal_append(app->journal, &app->agenda, &marked, app_wall_ms(app), app_apply_read,
                           app, err, sizeof err);
    if (r != JOURNAL_SAVED)
        agenda_apply(&app->agenda, ev);
    app->tentative |= r == JOURNAL_QUEUED;
    if (app->journal)
        saved(app, r, err);
    if (app->agenda.version == version)
        return false;
    app_tick(app);
    return true;
}

/* Steps waiting for the journal's lock go to the disk once it is free,
 * looked for with the others' steps, once a second. */
static void flush_queued(struct app *app)
{
    char err[256];

    if (journal_queued(app->journal) > 0)
        saved(app, journal_flush(app->journal, err, sizeof err), err);
}

bool app_save_queued(struct app *app, FILE *out)
{
    char err[256];
    char *kept;

    if (app->journal == NULL || journal_queued(app->journal) == 0)
        return true;
    fprintf(out, "%s", _("podium: another podium holds the journal: waiting up to 10 s to save "
                         "the last steps\n"));
    if (journal_flush_within(app->journal, 10000, err, sizeof err) == JOURNAL_SAVED)
        return true;
    if (journal_queued(app->journal) == 0) {
        fprintf(out, _("podium: NOT SAVED: %s\n"), err);
        return false;
    }
    if ((kept = journal_keep_queued(app->journal, err, sizeof err)) == NULL) {
        fprintf(out, _("podium: NOT SAVED: %s\n"), err);
        return false;
    }
    fprintf(out, _("podium: the steps not saved are kept in %s: once the other podium has let go "
                   "of the journal, add them with: cat '%s' >> '%s'\n"),
            kept, kept, journal_path(app->journal));
    free(kept);
    return false;
}

void app_follow(struct app *app)
{
    unsigned version = app->agenda.version;

    /* the other terminals' steps and a new day elsewhere are looked for
     * once a second (the clock's tick), not on every pass of the loop:
     * an answer from the stream needs neither */
    if (app->journal == NULL || app->now == app->followed_at)
        return;
    app->followed_at = app->now;
    flush_queued(app);
    journal_catch_up(app->journal, &app->agenda, app_apply_read, app);
    if (app->agenda.version != version)
        app_tick(app);
    if (journal_set_aside_elsewhere(app->journal))
        snprintf(app->save_error, sizeof app->save_error,
                 _("A NEW DAY was started elsewhere (--fresh): quit and start podium to join it"));
}

void app_set_journal(struct app *app, struct journal *j, bool read_only)
{
    const struct journal_stats *st = journal_stats(j);
    char skipped[200] = "";

    app->journal = j;
    app->read_only = read_only;
    app_stream_on_journal(app, j);
    app->replaying = true;
    journal_catch_up(j, &app->agenda, app_apply_read, app);
    app->replaying = false;
    if (app->watcher)
        watcher_restore_end(app->watcher);
    app_tick(app);
    app->alerts = 0; /* resuming inside a warning is no crossing */
    if (st->unmatched)
        snprintf(skipped, sizeof skipped, _("; %u could not be applied (%s)"), st->unmatched,
                 st->first_unmatched);
    else if (st->unknown)
        snprintf(skipped, sizeof skipped, _("; %u of a newer version skipped"), st->unknown);
    else if (st->torn || st->torn_tail)
        snprintf(skipped, sizeof skipped, "%s", _("; a torn line skipped"));
    if (st->events > 0 || skipped[0])
        snprintf(app->message, sizeof app->message,
                 read_only ? P_("Following the day from %u event%s", "Following the day from %u events%s",
                                st->events)
                           : P_("Resumed from %u event%s", "Resumed from %u events%s", st->events),
                 st->events, skipped);
    else if (read_only)
        snprintf(app->message, sizeof app->message, "%s",
                 _("Following the day: nothing happened yet"));
}

bool app_cue_item(struct app *app, struct agenda_event *cue, bool start, const char *what)
{
    if (!agenda_may_start(&app->agenda, cue->item, app->now)) {
        snprintf(app->message, sizeof app->message,
                 _("%s is not next: n starts the items before it"), what);
        return false;
    }
    if (start && app->agenda.current != cue->item)
        cue->with_prev = app_submit(app, &(struct agenda_event){.type = AGENDA_ITEM_START,
                                                                .item = cue->item,
                                                                .at = app->now});
    return true;
}

