/* What the queue keys do: s and p step through the speakers and the
 * press bookings; the selection, moves, skips and additions act on the
 * queue that has the focus (Tab). */
#include "app_queue.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_agenda.h"
#include "app_entry.h"
#include "app_select.h"


/* The waiting one before (dir -1) or after (+1) id in the order. */
static int waiting_beside(const struct queue *q, int id, int dir)
{
    for (int at = queue_place(q, id) + dir; at >= 0 && (size_t)at < q->n; at += dir) {
        if (q->sp[q->order[at]].state == SPK_WAITING)
            return q->order[at];
    }
    return -1;
}

/* s and p: the next turn in a queue; p also opens the press slot. */
static void step(struct app *app, enum people_kind kind)
{
    struct agenda_event ev;
    const struct queue *q;
    char what[64], name[2 * QUEUE_NAME_MAX + 8];
    bool ok = kind == PEOPLE_PRESS ? agenda_event_press(&app->agenda, app->now, &ev)
                                   : agenda_event_speaker(&app->agenda, app->now, &ev);

    if (!ok) {
        snprintf(app->message, sizeof app->message, "%s",
                 kind == PEOPLE_PRESS ? _("No press bookings ahead") : _("No speakers in this item"));
        return;
    }
    snprintf(what, sizeof what, _("The press slot (%d)"), ev.item + 1);
    /* the first interview starts the press slot, unless it runs already */
    if (kind == PEOPLE_PRESS && !app_cue_item(app, &ev, ev.speaker >= 0, what))
        return;
    q = &app->agenda.queues[kind][ev.item];
    /* named now: another terminal's steps, applied on the way, may take
     * the name away */
    if (kind == PEOPLE_PRESS && ev.speaker >= 0 && q->sp[ev.speaker].role)
        snprintf(name, sizeof name, _("%s with %s"), q->sp[ev.speaker].name, q->sp[ev.speaker].role);
    else
        snprintf(name, sizeof name, "%s", q->sp[ev.speaker >= 0 ? ev.speaker : q->current].name);
    if (!app_submit(app, &ev))
        snprintf(app->message, sizeof app->message, "%s",
                 _("Nothing changed: another terminal changed the queue first"));
    else if (ev.speaker < 0)
        snprintf(app->message, sizeof app->message, _("Nobody left in the queue: the turn of %s ended"),
                 name);
    else
        snprintf(app->message, sizeof app->message,
                 kind == PEOPLE_PRESS ? _("Interview: %s") : _("Speaking: %s"), name);
    app->selected[kind] = -1;
}

static void select_beside(struct app *app, int dir)
{
    const struct queue *q = app_queue(app, app->focus, NULL);
    int sel = app_selected(app, app->focus), to;

    if (sel < 0)
        return;
    to = waiting_beside(q, sel, dir);
    if (to >= 0)
        app->selected[app->focus] = to;
}

/* Moves the selected one past the waiting one beside them. */
static void move(struct app *app, int dir)
{
    char name[QUEUE_NAME_MAX];
    int item, sel = app_selected(app, app->focus), other;
    const struct queue *q = app_queue(app, app->focus, &item);

    if (sel < 0 || (other = waiting_beside(q, sel, dir)) < 0)
        return;
    snprintf(name, sizeof name, "%s", q->sp[sel].name);
    if (!app_submit(app, &(struct agenda_event){.type = AGENDA_SPEAKER_MOVE, .item = item,
                                                .queue = app->focus, .at = app->now,
                                                .speaker = sel,
                                                .place = queue_place(q, other)})) {
        snprintf(app->message, sizeof app->message,
                 _("Nothing changed: another terminal changed the queue first"));
        return;
    }
    app->selected[app->focus] = sel;
    snprintf(app->message, sizeof app->message, dir < 0 ? _("Moved %s up") : _("Moved %s down"),
             name);
}

static void skip(struct app *app)
{
    char name[QUEUE_NAME_MAX];
    int item, sel = app_selected(app, app->focus);
    const struct queue *q = app_queue(app, app->focus, &item);

    if (sel < 0) {
        snprintf(app->message, sizeof app->message, _("Nobody waiting to skip"));
        return;
    }
    snprintf(name, sizeof name, "%s", q->sp[sel].name);
    if (app_submit(app, &(struct agenda_event){.type = AGENDA_SPEAKER_SKIP, .item = item,
                                               .queue = app->focus, .at = app->now,
                                               .speaker = sel}))
        snprintf(app->message, sizeof app->message, _("Skipped %s (u brings them back)"), name);
    else
        snprintf(app->message, sizeof app->message,
                 _("Nothing changed: another terminal changed the queue first"));
    app->selected[app->focus] = -1;
}

static void start_entry(struct app *app, bool next)
{
    int item = app_queue_item(app, app->focus);

    if (item < 0) {
        snprintf(app->message, sizeof app->message, "%s",
                 app->focus == PEOPLE_PRESS ? _("No press slot ahead") : _("No item is running"));
        return;
    }
    app_entry_open(app, ENTRY_NAME, item);
    app->entry.queue = app->focus;
    app->entry.next = next;
}

static bool has_queue(const struct app *app, enum people_kind kind)
{
    const struct queue *q = app_queue(app, kind, NULL);

    return q != NULL && q->n > 0;
}

/* The one e sets the allotment of: the selected one, else the one
 * speaking. */
static void start_allotment(struct app *app)
{
    int item, sel = app_selected(app, app->focus);
    const struct queue *q = app_queue(app, app->focus, &item);

    if (sel < 0 && q != NULL)
        sel = q->current;
    if (q == NULL || sel < 0) {
        snprintf(app->message, sizeof app->message, "%s",
                 app->focus == PEOPLE_PRESS ? _("No press booking to set the time of")
                                            : _("No speaker to set the time of"));
        return;
    }
    app_entry_open(app, ENTRY_ALLOTMENT, item);
    app->entry.queue = app->focus;
    app_entry_speaker(app, sel);
}

/* Tab: speakers, press bookings, the agenda, round again; a queue with
 * nobody in it is passed over. */
static void cycle_focus(struct app *app)
{
    if (!app->agenda_focus && app->focus == PEOPLE_SPEAKERS && has_queue(app, PEOPLE_PRESS)) {
        app->focus = PEOPLE_PRESS;
    } else if (!app->agenda_focus) {
        app->agenda_focus = true;
        app_agenda_select(app, -1);
        snprintf(app->message, sizeof app->message,
                 _("The keys act on the agenda: Up/Down select, e length, x cut, i insert after"));
        return;
    } else if (app_queue(app, PEOPLE_SPEAKERS, NULL) != NULL || has_queue(app, PEOPLE_PRESS)) {
        /* the running item's speakers even when it has none: o adds one */
        app->agenda_focus = false;
        app->focus = app_queue(app, PEOPLE_SPEAKERS, NULL) != NULL ? PEOPLE_SPEAKERS
                                                                   : PEOPLE_PRESS;
    } else {
        snprintf(app->message, sizeof app->message, "%s",
                 _("No speakers or press bookings to focus: the agenda keeps it"));
        return;
    }
    snprintf(app->message, sizeof app->message, "%s",
             app->focus == PEOPLE_PRESS ? _("Queue keys act on the press bookings")
             : has_queue(app, app->focus) ? _("Queue keys act on the speakers")
                                          : _("Queue keys act on the speakers (none yet: o adds one)"));
}

void app_queue_action(struct app *app, enum action act)
{
    if (app->agenda_focus && act != ACT_FOCUS && act != ACT_SPEAKER && act != ACT_PRESS) {
        app_agenda_action(app, act);
        return;
    }
    /* the focus follows the day: off a queue that is gone, to the other */
    if (act != ACT_FOCUS && app_queue(app, app->focus, NULL) == NULL)
        app->focus = app->focus == PEOPLE_SPEAKERS ? PEOPLE_PRESS : PEOPLE_SPEAKERS;
    switch (act) {
    case ACT_SPEAKER: step(app, PEOPLE_SPEAKERS); break;
    case ACT_PRESS: step(app, PEOPLE_PRESS); break;
    case ACT_SELECT_UP: select_beside(app, -1); break;
    case ACT_SELECT_DOWN: select_beside(app, 1); break;
    case ACT_MOVE_UP: move(app, -1); break;
    case ACT_MOVE_DOWN: move(app, 1); break;
    case ACT_SKIP: skip(app); break;
    case ACT_ADD_END: start_entry(app, false); break;
    case ACT_ADD_NEXT: start_entry(app, true); break;
    case ACT_FOCUS: cycle_focus(app); break;
    case ACT_EDIT: start_allotment(app); break;
    case ACT_INSERT: app_agenda_insert(app); break;
    default: break;
    }
}
