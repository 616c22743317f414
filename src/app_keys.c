#include "app_keys.h"

#include <stdio.h>
#include <string.h>

#include "app_entry.h"
#include "app_select.h"
#include "app_queue.h"
#include "app_stream.h"
#include "guard.h"
#include "i18n.h"
#include "programme.h"
#include "timefmt.h"

static void say_started(struct app *app, int item, int64_t at)
{
    const struct programme *p = app->prog;
    char t[9];

    time_format_hms(at, t);
    if (item >= (int)p->n_items)
        snprintf(app->message, sizeof app->message, _("Closed the programme at %s"), t);
    else
        snprintf(app->message, sizeof app->message, _("Started %d %s at %s"), item + 1,
                 p->items[item].title, t);
}

static void do_next(struct app *app)
{
    struct agenda_event ev;

    if (!agenda_event_next(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "%s",
                 app->agenda.current >= 0
                     ? _("The programme is closed: nothing left to start (u reopens it)")
                     : _("The plan has ended: nothing left to start"));
        return;
    }
    app_submit(app, &ev);
    say_started(app, ev.item, ev.at);
}

/* What undoing ev took back, for the message. */
static void describe_undo(const struct programme *p, const struct agenda_event *ev,
                          char *buf, size_t size)
{
    const char *title = ev->item >= 0 && ev->item < (int)p->n_items ? p->items[ev->item].title : "";

    if (ev->type == AGENDA_MESSAGE) /* its undo puts the one before back */
        snprintf(buf, size, "%s", _("the message to the stage"));
    else if (ev->type == AGENDA_BLACKOUT)
        snprintf(buf, size, "%s", ev->place ? _("bringing the stage screens back")
                                            : _("the stage screens' blackout"));
    else if (ev->type == AGENDA_FILM || ev->type == AGENDA_FILM_BACK)
        snprintf(buf, size, _("a film cue of %d %s"), ev->item + 1, title);
    else if (ev->type == AGENDA_ITEM_CUT || ev->type == AGENDA_ITEM_UNCUT)
        snprintf(buf, size, _("the cut of %d %s"), ev->item + 1, title);
    else if (ev->type == AGENDA_ITEM_REMOVE)
        snprintf(buf, size, _("the new item %d %s"), ev->item + 1, title);
    else if (ev->type == AGENDA_ITEM_LENGTH)
        snprintf(buf, size, _("%+d min on %d %s"), -ev->place / 60, ev->item + 1, title);
    else if (ev->type >= AGENDA_SPEAKER_START)
        snprintf(buf, size, ev->queue == PEOPLE_PRESS ? _("a change to the press bookings of %d %s")
                                                      : _("a change to the speakers of %d %s"),
                 ev->item + 1, title);
    else if (ev->type == AGENDA_POLL_UNASKED)
        snprintf(buf, size, _("the poll question of %d %s marked asked"), ev->item + 1, title);
    else if (ev->item < (int)p->n_items)
        snprintf(buf, size, _("the start of %d %s"), ev->item + 1, title);
    else
        snprintf(buf, size, "%s", _("the end of the programme"));
}

static void do_undo(struct app *app)
{
    struct agenda_event ev, before;
    char what[96], also[96] = "";

    if (!agenda_event_undo(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "%s", _("Nothing to undo"));
        return;
    }
    describe_undo(app->prog, &ev, what, sizeof what); /* a new item is gone after */
    if (!app_submit(app, &ev)) {
        snprintf(app->message, sizeof app->message,
                 _("Nothing to undo there: another terminal changed it first"));
        return;
    }
    /* one key press took both steps (f rolled the film and started its
     * item): one u takes both back, but only that start */
    if (ev.with_prev && agenda_event_undo(&app->agenda, app->now, &before) &&
        before.type == AGENDA_ITEM_UNSTART && before.item == ev.item &&
        app_submit(app, &before))
        describe_undo(app->prog, &before, also, sizeof also);
    if (also[0]) /* TRANSLATORS: undid both steps one key took */
        snprintf(app->message, sizeof app->message, _("Undid %s and %s"), what, also);
    else
        snprintf(app->message, sizeof app->message, _("Undid %s"), what);
}

/* + and -: a minute more or less for the current item, and its new
 * length and end said; or why not. */
static void do_length(struct app *app, int minutes)
{
    struct agenda_event ev;
    char len[16], end[6];
    int64_t start;

    if (!agenda_event_length(&app->agenda, app->now, minutes, &ev, app->message,
                             sizeof app->message))
        return;
    if (!app_submit(app, &ev))
        return;
    start = agenda_item_start(&app->agenda, ev.item);
    time_format_duration(agenda_item_length(&app->agenda, ev.item), len, sizeof len);
    time_format_hm(agenda_target_end(&app->agenda, ev.item, start), end);
    snprintf(app->message, sizeof app->message, _("%+d min for %s: %s long, ends %s"), minutes,
             app->prog->items[ev.item].title, len, end);
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
        snprintf(app->message, sizeof app->message, _("Poll question of %d %s asked at %s"),
                 ev.item + 1, p->items[ev.item].title, t);
    } else if (cur < 0 || cur >= (int)p->n_items) {
        snprintf(app->message, sizeof app->message, "%s", _("No item is running"));
    } else if (!p->items[cur].poll) {
        snprintf(app->message, sizeof app->message, _("%d %s has no poll question"), cur + 1,
                 p->items[cur].title);
    } else {
        snprintf(app->message, sizeof app->message,
                 _("The poll question is marked asked already (u undoes)"));
    }
}

static void do_film(struct app *app)
{
    const struct programme *p = app->prog;
    struct agenda_event ev;
    const struct item *it;
    char len[16], what[32];

    if (!agenda_event_film(&app->agenda, app->now, &ev)) {
        snprintf(app->message, sizeof app->message, "%s", _("No film to cue"));
        return;
    }
    it = &p->items[ev.item];
    snprintf(what, sizeof what, _("The film's item %d"), ev.item + 1);
    /* rolling the film starts its item, unless it runs already */
    if (ev.place == FILM_ROLLING && !app_cue_item(app, &ev, true, what))
        return;
    app_submit(app, &ev);
    time_format_duration(it->film->duration, len, sizeof len);
    snprintf(app->message, sizeof app->message,
             ev.place == FILM_STANDBY   ? _("Film on standby: %s (%s)")
             : ev.place == FILM_ROLLING ? _("Film rolling: %s (%s)") : _("Film ended: %s (%s)"),
             it->film->title ? it->film->title : it->title, len);
}

/* What --follow refuses: every key that changes the day. Moving the
 * focus or the selection, help, redraw and quit are this screen's own. */
static bool changes_the_day(enum action act)
{
    const struct key_binding *k = keys_binding(act);

    return k != NULL && k->changes_day;
}

/* y answers yes; so does j, for ja, in Swedish or not (a Swede's
 * finger goes to it, and no key's meaning depends on the language). */
static bool app_yes(int ch)
{
    return ch == 'y' || ch == 'Y' || ch == 'j' || ch == 'J';
}

static enum key_result confirm_key(struct app *app, int ch)
{
    app->confirm_quit = false;
    if (app_yes(ch))
        return KEY_QUIT;
    snprintf(app->message, sizeof app->message, "%s", _("Still running"));
    return KEY_HANDLED;
}

/* B: the stage screens black, or back. */
static void do_blackout(struct app *app)
{
    struct agenda_event ev;

    agenda_event_blackout(&app->agenda, app->now, &ev);
    app_submit(app, &ev);
    snprintf(app->message, sizeof app->message, "%s",
             ev.place ? _("Stage screens blacked out (B brings them back)")
                      : _("Stage screens back"));
}

static void perform(struct app *app, enum action act)
{
    switch (act) {
    case ACT_NEXT: do_next(app); break;
    case ACT_UNDO: do_undo(app); break;
    case ACT_POLL: do_poll(app); break;
    case ACT_FILM: do_film(app); break;
    case ACT_ACK: app_stream_ack(app); break;
    case ACT_LONGER: do_length(app, 1); break;
    case ACT_MESSAGE: app_entry_open(app, ENTRY_MESSAGE, -1); break;
    case ACT_BLACKOUT: do_blackout(app); break;
    case ACT_SHORTER: do_length(app, -1); break;
    case ACT_HELP: app->help_shown = true; app->help_page = 0; break;
    case ACT_QUIT: app->help_shown = false; app->confirm_quit = true; break;
    case ACT_REDRAW: case ACT_NONE: break;
    default: app_queue_action(app, act); break;
    }
}

/* The item a cue (f rolling the film, the first p) would cut short by
 * starting its own: the one running, when it is not the cue's, someone
 * is on stage (no break) and it has time left; -1 when none. */
static int cue_ends(const struct app *app, enum action act)
{
    struct agenda_event ev;
    int cur = app->agenda.current;
    bool starts = act == ACT_FILM ? agenda_event_film(&app->agenda, app->now, &ev) &&
                                        ev.place == FILM_ROLLING
                  : act == ACT_PRESS ? agenda_event_press(&app->agenda, app->now, &ev) &&
                                           ev.speaker >= 0
                                     : false;

    if (!starts || cur < 0 || cur >= (int)app->prog->n_items || ev.item == cur ||
        !agenda_may_start(&app->agenda, ev.item, app->now) ||
        app->prog->items[cur].kind == KIND_BREAK || app->view.remaining <= 0)
        return -1;
    return cur;
}

/* A key of another role's work asks first; so does u when the step it
 * would take back is another role's, and a cue that would end the
 * moderator's item. True when act may go ahead now. */
static bool guard(struct app *app, enum action act)
{
    enum key_domain d = guard_key_domain(act, app->focus, app->agenda_focus);
    struct agenda_event ev;
    char step[96];
    int ends = cue_ends(app, act);

    if (act == ACT_UNDO && agenda_event_undo(&app->agenda, app->now, &ev)) {
        d = guard_step_domain(&ev);
        if (guard_owns(app->role, d))
            return true;
        describe_undo(app->prog, &ev, step, sizeof step);
        snprintf(app->question, sizeof app->question, _("Undo the %s step, %s?"),
                 _(guard_owner(d)), step);
    } else if (!guard_owns(app->role, d)) {
        guard_question(d, app->question, sizeof app->question);
    } else if (ends >= 0 && !guard_owns(app->role, DOMAIN_MODERATOR)) {
        snprintf(app->question, sizeof app->question,
                 _("This ends %d %s, the moderator's, before its time: do it anyway?"), ends + 1,
                 app->prog->items[ends].title);
    } else {
        return true;
    }
    app->asked = act;
    app->asked_version = app->agenda.version;
    return false;
}

/* The answer to the guard's question: y does it, anything else not;
 * nor y when the day changed since it was asked (another terminal's
 * step): the question was about the day as it was. */
static void answer_key(struct app *app, int ch)
{
    enum action act = app->asked;

    app->asked = ACT_NONE;
    if (app_yes(ch) && app->agenda.version == app->asked_version)
        perform(app, act);
    else if (app_yes(ch))
        snprintf(app->message, sizeof app->message, "%s",
                 _("Not done: the day changed meanwhile (another terminal); press the key again"));
    else
        snprintf(app->message, sizeof app->message, "%s", _("Not done"));
}

void app_settle(struct app *app)
{
    app_agenda_follow(app);
    app_entry_follow(app);
}

enum key_result app_key(struct app *app, int ch)
{
    enum action act;

    app_settle(app); /* the day may have changed since the last key */
    if (app->confirm_quit)
        return confirm_key(app, ch);
    if (app->asked != ACT_NONE) {
        app->message[0] = '\0';
        answer_key(app, ch);
        return KEY_HANDLED;
    }
    if (app->entry.kind != ENTRY_NONE) {
        app_entry_key(app, ch);
        return KEY_HANDLED;
    }
    act = keys_lookup(ch);
    if (app->help_shown && act != ACT_QUIT) {
        /* a help of more pages than one turns on Space and Down; else
         * any key closes it */
        if ((act == ACT_NEXT || act == ACT_SELECT_DOWN) &&
            app->help_page + 1 < keys_help_pages(app->lines))
            app->help_page++;
        else
            app->help_shown = false;
        return KEY_HANDLED;
    }
    app->message[0] = '\0';
    /* the stage screen asks nothing and does nothing: q, ? and Ctrl-L */
    if (app->role == ROLE_STAGE && act != ACT_QUIT && act != ACT_HELP && act != ACT_REDRAW)
        return KEY_IGNORED;
    if (app->read_only && changes_the_day(act)) {
        snprintf(app->message, sizeof app->message,
                 _("Following the day (--follow): this screen only shows it"));
        return KEY_HANDLED;
    }
    if (act == ACT_NONE)
        return KEY_IGNORED;
    if (guard(app, act))
        perform(app, act);
    return KEY_HANDLED;
}
