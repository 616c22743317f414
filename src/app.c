#include "app.h"
#include "app_queue.h"
#include "journal_codec.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "programme.h"
#include "timefmt.h"

static int64_t wall_ms(const struct app *app);
static void apply_read(void *ctx, const struct agenda_event *ev);

void app_init(struct app *app, struct programme *prog, struct clock clock)
{
    memset(app, 0, sizeof *app);
    app->prog = prog;
    app->clock = clock;
    /* no item seen yet: starting inside a warning time is no crossing */
    app->alert_item = INT_MIN;
    app->selected[PEOPLE_SPEAKERS] = app->selected[PEOPLE_PRESS] = -1;
    app->entry_item = -1;
    agenda_init(&app->agenda, prog);
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

void app_set_watcher(struct app *app, struct watcher *w)
{
    app->watcher = w;
    app->alert_stream = w ? watcher_health(w)->alarms : 0;
}

const struct stream_health *app_stream(const struct app *app)
{
    return app->watcher ? watcher_health(app->watcher) : NULL;
}

/* The recorder closes the stream's account: time unwatched is neither
 * LIVE nor an incident. */
static void record_stream_end(struct app *app)
{
    struct journal_stream s = {.state = STREAM_OFF, .wall_ms = wall_ms(app)};
    char err[256];

    if (app->journal == NULL || app->watcher == NULL || app->read_only ||
        app->stream_recorded == STREAM_OFF || !journal_stream_recorder(app->journal))
        return;
    snprintf(s.reason, sizeof s.reason, "podium stopped watching");
    journal_append_stream(app->journal, &app->agenda, &s, apply_read, app, err, sizeof err);
}

void app_free(struct app *app)
{
    record_stream_end(app);
    watcher_free(app->watcher);
    app->watcher = NULL;
    journal_close(app->journal);
    app->journal = NULL;
    agenda_view_free(&app->view);
    agenda_free(&app->agenda);
    programme_free(app->prog);
    app->prog = NULL;
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


/* The stream's changes go into the journal, from one process only (the
 * recorder), however many watch: the day's account has each incident
 * once. */
static void record_stream(struct app *app, const struct stream_health *h)
{
    struct journal_stream s = {.state = h->state, .wall_ms = wall_ms(app),
                               .outage = h->state == STREAM_ENDED && h->day_running};
    char err[256];

    /* an end that turns from an outage into the programme's normal end is
     * a change too */
    if (app->journal == NULL || app->read_only || h->state == STREAM_STARTING ||
        (h->state == app->stream_recorded && s.outage == app->outage_recorded) ||
        !journal_stream_recorder(app->journal))
        return;
    snprintf(s.reason, sizeof s.reason, "%s", h->reason);
    if (journal_append_stream(app->journal, &app->agenda, &s, apply_read, app, err,
                              sizeof err)) {
        app->stream_recorded = h->state;
        app->outage_recorded = s.outage;
    }
}

/* Each STALLED or DOWN the stream enters flashes once. */
static void stream_alerts(struct app *app)
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
    stream_alerts(app);
}

/* Another process's event, or one replayed at start. */
static void apply_read(void *ctx, const struct agenda_event *ev)
{
    struct app *app = ctx;

    agenda_apply(&app->agenda, ev);
}

static int64_t wall_ms(const struct app *app)
{
    const struct clock_source *s = &app->clock.src;

    return s->epoch_ms ? s->epoch_ms(s->ctx) : 0;
}

bool app_submit(struct app *app, const struct agenda_event *ev)
{
    unsigned version = app->agenda.version;
    char err[256];

    /* On disk before on screen, and applied as read back from it (after
     * the others' steps), so this screen shows what every terminal and
     * every replay has. A full disk must not stop the day: the step is
     * taken anyway and the screen says it is not saved. */
    if (app->journal && journal_append(app->journal, &app->agenda, ev, wall_ms(app),
                                       apply_read, app, err, sizeof err)) {
        app->save_error[0] = '\0';
    } else {
        if (app->journal)
            snprintf(app->save_error, sizeof app->save_error, "NOT SAVED: %s", err);
        agenda_apply(&app->agenda, ev);
    }
    if (app->agenda.version == version)
        return false;
    app_tick(app);
    return true;
}

void app_follow(struct app *app)
{
    unsigned version = app->agenda.version;

    if (app->journal == NULL)
        return;
    journal_catch_up(app->journal, &app->agenda, apply_read, app);
    if (app->agenda.version != version)
        app_tick(app);
    if (journal_set_aside_elsewhere(app->journal))
        snprintf(app->save_error, sizeof app->save_error,
                 "A NEW DAY was started elsewhere (--fresh): quit and start podium to join it");
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

void app_set_journal(struct app *app, struct journal *j, bool read_only)
{
    const struct journal_stats *st = journal_stats(j);
    char skipped[200] = "";

    app->journal = j;
    app->read_only = read_only;
    journal_on_stream(j, stream_read, app);
    app->replaying = true;
    journal_catch_up(j, &app->agenda, apply_read, app);
    app->replaying = false;
    if (app->watcher)
        watcher_restore_end(app->watcher);
    app_tick(app);
    app->alerts = 0; /* resuming inside a warning is no crossing */
    if (st->unmatched)
        snprintf(skipped, sizeof skipped, "; %u could not be applied (%s)", st->unmatched,
                 st->first_unmatched);
    else if (st->unknown)
        snprintf(skipped, sizeof skipped, "; %u of a newer version skipped", st->unknown);
    else if (st->torn || st->torn_tail)
        snprintf(skipped, sizeof skipped, "; a torn line skipped");
    if (st->events > 0 || skipped[0])
        snprintf(app->message, sizeof app->message, "%s from %u event%s%s",
                 read_only ? "Following the day" : "Resumed", st->events,
                 st->events == 1 ? "" : "s", skipped);
    else if (read_only)
        snprintf(app->message, sizeof app->message, "Following the day: nothing happened yet");
}

bool app_cue_item(struct app *app, struct agenda_event *cue, bool start, const char *what)
{
    if (!agenda_may_start(&app->agenda, cue->item, app->now)) {
        snprintf(app->message, sizeof app->message,
                 "%s is not next: n starts the items before it", what);
        return false;
    }
    if (start && app->agenda.current != cue->item)
        cue->with_prev = app_submit(app, &(struct agenda_event){.type = AGENDA_ITEM_START,
                                                                .item = cue->item,
                                                                .at = app->now});
    return true;
}

static void say_started(struct app *app, int item, int64_t at)
{
    const struct programme *p = app->prog;
    char t[9];

    time_format_hms(at, t);
    if (item >= (int)p->n_items)
        snprintf(app->message, sizeof app->message, "Closed the programme at %s", t);
    else
        snprintf(app->message, sizeof app->message, "Started %d %s at %s", item + 1,
                 p->items[item].title, t);
}

static void do_next(struct app *app)
{
    struct agenda_event ev;

    if (!agenda_event_next(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "%s",
                 app->agenda.current >= 0
                     ? "The programme is closed: nothing left to start (u reopens it)"
                     : "The plan has ended: nothing left to start");
        return;
    }
    app_submit(app, &ev);
    say_started(app, ev.item, ev.at);
}

/* What undoing ev took back, for the message. */
static void describe_undo(const struct programme *p, const struct agenda_event *ev,
                          char *buf, size_t size)
{
    const char *title = ev->item < (int)p->n_items ? p->items[ev->item].title : "";

    if (ev->type == AGENDA_FILM || ev->type == AGENDA_FILM_BACK)
        snprintf(buf, size, "a film cue of %d %s", ev->item + 1, title);
    else if (ev->type >= AGENDA_SPEAKER_START)
        snprintf(buf, size, "a change to the %s of %d %s",
                 ev->queue == PEOPLE_PRESS ? "press bookings" : "speakers", ev->item + 1,
                 title);
    else if (ev->type == AGENDA_POLL_UNASKED)
        snprintf(buf, size, "the poll question of %d %s marked asked", ev->item + 1, title);
    else if (ev->item < (int)p->n_items)
        snprintf(buf, size, "the start of %d %s", ev->item + 1, title);
    else
        snprintf(buf, size, "the end of the programme");
}

static void do_undo(struct app *app)
{
    struct agenda_event ev, before;
    char what[96], also[96] = "";

    if (!agenda_event_undo(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "Nothing to undo");
        return;
    }
    if (!app_submit(app, &ev)) {
        snprintf(app->message, sizeof app->message,
                 "Nothing to undo there: another terminal changed it first");
        return;
    }
    describe_undo(app->prog, &ev, what, sizeof what);
    /* one key press took both steps (f rolled the film and started its
     * item): one u takes both back, but only that start */
    if (ev.with_prev && agenda_event_undo(&app->agenda, app->now, &before) &&
        before.type == AGENDA_ITEM_UNSTART && before.item == ev.item &&
        app_submit(app, &before))
        describe_undo(app->prog, &before, also, sizeof also);
    snprintf(app->message, sizeof app->message, "Undid %s%s%s", what,
             also[0] ? " and " : "", also);
}

/* m: says why when there is nothing to mark. */
static void do_poll(struct app *app)
{
    const struct programme *p = app->prog;
    int cur = app->view.current;
    struct agenda_event ev;
    char t[9];

    if (agenda_event_poll(&app->agenda, app->now, &ev)) {
        app_submit(app, &ev);
        time_format_hms(ev.at, t);
        snprintf(app->message, sizeof app->message, "Poll question of %d %s asked at %s",
                 ev.item + 1, p->items[ev.item].title, t);
    } else if (cur < 0 || cur >= (int)p->n_items) {
        snprintf(app->message, sizeof app->message, "No item is running");
    } else if (!p->items[cur].poll) {
        snprintf(app->message, sizeof app->message, "%d %s has no poll question", cur + 1,
                 p->items[cur].title);
    } else {
        snprintf(app->message, sizeof app->message,
                 "The poll question is marked asked already (u undoes)");
    }
}

static void do_film(struct app *app)
{
    const struct programme *p = app->prog;
    struct agenda_event ev;
    const struct item *it;
    char len[16], what[32];

    if (!agenda_event_film(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "No film to cue");
        return;
    }
    it = &p->items[ev.item];
    snprintf(what, sizeof what, "The film's item %d", ev.item + 1);
    /* rolling the film starts its item, unless it runs already */
    if (ev.place == FILM_ROLLING && !app_cue_item(app, &ev, true, what))
        return;
    app_submit(app, &ev);
    time_format_duration(it->film->duration, len, sizeof len);
    snprintf(app->message, sizeof app->message, "Film %s: %s (%s)",
             ev.place == FILM_STANDBY   ? "on standby"
             : ev.place == FILM_ROLLING ? "rolling" : "ended",
             it->film->title ? it->film->title : it->title, len);
}

/* a: while the stream's alarm is up it acknowledges it, whatever the
 * role (the alarm shows on every screen); otherwise it adds a name. */
static bool ack_stream(struct app *app)
{
    const struct stream_health *h = app_stream(app);
    char err[256];

    if (h == NULL || !h->alarm)
        return false;
    watcher_ack(app->watcher);
    snprintf(app->message, sizeof app->message,
             "Stream alarm acknowledged (%s now; a again adds a name)",
             stream_state_name(h->state));
    /* every screen's alarm is the same alarm: the others hear of it */
    if (app->journal && !app->read_only)
        journal_append_stream(app->journal, &app->agenda,
                              &(struct journal_stream){.ack = true, .wall_ms = wall_ms(app)},
                              apply_read, app, err, sizeof err);
    return true;
}

/* What --follow refuses: every key that changes the day. Moving the
 * focus or the selection, help, redraw and quit are this screen's own. */
static bool changes_the_day(const struct app *app, enum action act)
{
    const struct stream_health *h = app_stream(app);
    const struct key_binding *k = keys_binding(act);

    /* a acknowledging the alarm is this screen's, not a step of the day */
    if (act == ACT_ADD_END && h != NULL && h->alarm)
        return false;
    return k != NULL && k->changes_day;
}

static enum key_result confirm_key(struct app *app, int ch)
{
    app->confirm_quit = false;
    if (ch == 'y' || ch == 'Y')
        return KEY_QUIT;
    snprintf(app->message, sizeof app->message, "Still running");
    return KEY_HANDLED;
}

enum key_result app_key(struct app *app, int ch)
{
    enum action act;

    if (app->confirm_quit)
        return confirm_key(app, ch);
    if (app->entry_item >= 0) {
        app_entry_key(app, ch);
        return KEY_HANDLED;
    }
    act = keys_lookup(ch);
    if (app->help_shown && act != ACT_QUIT) {
        app->help_shown = false; /* any key closes the help */
        return KEY_HANDLED;
    }
    app->message[0] = '\0';
    if (app->read_only && changes_the_day(app, act)) {
        snprintf(app->message, sizeof app->message,
                 "Following the day (--follow): this screen only shows it");
        return KEY_HANDLED;
    }
    switch (act) {
    case ACT_NEXT: do_next(app); break;
    case ACT_UNDO: do_undo(app); break;
    case ACT_POLL: do_poll(app); break;
    case ACT_FILM: do_film(app); break;
    case ACT_ADD_END:
        if (!ack_stream(app))
            app_queue_action(app, act);
        break;
    case ACT_HELP: app->help_shown = true; break;
    case ACT_QUIT: app->help_shown = false; app->confirm_quit = true; break;
    case ACT_REDRAW: break;
    case ACT_NONE: return KEY_IGNORED;
    default: app_queue_action(app, act); break;
    }
    return KEY_HANDLED;
}
