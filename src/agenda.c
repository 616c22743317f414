#include "agenda.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda_insert.h"
#include "safe.h"
#include "utf8.h"
#include "xalloc.h"

void agenda_init(struct agenda *a, const struct programme *prog)
{
    memset(a, 0, sizeof *a);
    /* the day's own programme: the configured items, to which items
     * inserted on the day are added (their titles owned here) */
    a->prog = xmalloc(sizeof *a->prog);
    *a->prog = *prog;
    a->prog->items = xcalloc(prog->n_items, sizeof *prog->items);
    memcpy(a->prog->items, prog->items, prog->n_items * sizeof *prog->items);
    a->st = xcalloc(prog->n_items + 1, sizeof *a->st);
    a->current = -1;
    a->n_queues = prog->n_items;
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        a->queues[k] = xcalloc(prog->n_items, sizeof *a->queues[k]);
        for (size_t i = 0; i < prog->n_items; i++)
            queue_init(&a->queues[k][i], &prog->items[i], (enum people_kind)k);
    }
}

void agenda_free(struct agenda *a)
{
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        for (size_t i = 0; i < a->n_queues; i++)
            queue_free(&a->queues[k][i]);
        free(a->queues[k]);
        a->queues[k] = NULL;
    }
    for (size_t i = 0; a->prog != NULL && i < a->prog->n_items; i++) {
        if (a->prog->items[i].inserted)
            free(a->prog->items[i].title);
    }
    if (a->prog != NULL)
        free(a->prog->items);
    free(a->prog);
    a->prog = NULL;
    free(a->st);
    free(a->undo);
    a->st = NULL;
    a->undo = NULL;
}

int agenda_plan_index(const struct programme *prog, int64_t now)
{
    int n = (int)prog->n_items;

    if (n == 0 || now < prog->items[0].start)
        return -1;
    for (int i = 0; i < n; i++) {
        if (now < prog->items[i].end)
            return i;
    }
    return n;
}

/* Starting an item ends the turn under way in the items before it (the
 * latest one of each kind): the speaker's time stops with their item. */
static void close_turns(struct agenda *a, struct item_state *s, int64_t at)
{
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        s->closed_turns[k] = -1;
        for (int i = a->current - 1; i >= 0; i--) {
            if (a->queues[k][i].current >= 0) {
                queue_start(&a->queues[k][i], -1, at);
                s->closed_turns[k] = i;
                break;
            }
        }
    }
}

static void reopen_turns(struct agenda *a, struct item_state *s)
{
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        if (s->closed_turns[k] >= 0)
            queue_unstart(&a->queues[k][s->closed_turns[k]], -1);
        s->closed_turns[k] = -1;
    }
}

static bool apply_start(struct agenda *a, const struct agenda_event *ev)
{
    struct item_state *s;

    /* Only forward, in place and in time: an item at or before the current
     * one, or a start before the current one's, is stale news. */
    if (ev->item <= a->current || ev->item > (int)a->prog->n_items)
        return false;
    if (a->current >= 0 && ev->at < a->st[a->current].actual_start)
        return false;
    s = &a->st[ev->item];
    /* a cut item someone started all the same (another terminal's n,
     * written before it read the cut): it happens, so it is back */
    s->cut = false;
    s->started = true;
    s->actual_start = ev->at;
    s->prev = a->current;
    a->current = ev->item;
    close_turns(a, s, ev->at);
    return true;
}

static bool apply_unstart(struct agenda *a, const struct agenda_event *ev)
{
    struct item_state *s;

    if (ev->item < 0 || ev->item != a->current)
        return false;
    s = &a->st[ev->item];
    reopen_turns(a, s);
    a->current = s->prev;
    s->started = false;
    s->actual_start = 0;
    s->prev = 0;
    return true;
}

static bool apply_poll(struct agenda *a, const struct agenda_event *ev, bool asked)
{
    struct item_state *s;

    if (ev->item < 0 || ev->item >= (int)a->prog->n_items || !a->prog->items[ev->item].poll)
        return false;
    s = &a->st[ev->item];
    if (s->poll_asked == asked)
        return false;
    s->poll_asked = asked;
    s->poll_at = asked ? ev->at : 0;
    return true;
}

/* One step of the film's states, forward or back; *inverse steps the
 * other way. */
static bool apply_film(struct agenda *a, const struct agenda_event *ev,
                       struct agenda_event *inverse)
{
    struct item_state *s = &a->st[ev->item];
    bool forward = ev->type == AGENDA_FILM;
    int from = ev->place + (forward ? -1 : 1);

    if (a->prog->items[ev->item].film == NULL || ev->place < FILM_WAITING ||
        ev->place > FILM_DONE || (int)s->film != from)
        return false;
    inverse->type = forward ? AGENDA_FILM_BACK : AGENDA_FILM;
    inverse->place = from;
    s->film = (enum film_state)ev->place;
    if (s->film == FILM_ROLLING && forward)
        s->rolled_at = ev->at;
    return true;
}

/* An item's length changed: the configured people who share what the
 * others' minutes leave get their share of the new length; minutes of
 * their own, someone added on the day or set with e keep theirs. */
static void reshare(struct agenda *a, int item)
{
    const struct item *it = &a->prog->items[item];
    size_t n;

    for (int k = 0; k < PEOPLE_KINDS; k++) {
        struct queue *q = &a->queues[k][item];
        const struct speaker *people = item_people(it, (enum people_kind)k, &n);

        for (size_t i = 0; i < n && i < q->n; i++) {
            if (people[i].minutes < 0 && !q->sp[i].set)
                q->sp[i].allotment = people_share(it, (enum people_kind)k, i,
                                                  agenda_item_length(a, item));
        }
    }
}

/* A minute more or less; never an item shorter than a minute, whoever
 * asks (the keys check the rest, with the reason). */
static bool apply_length(struct agenda *a, const struct agenda_event *ev)
{
    if (ev->item < 0 || ev->item >= (int)a->prog->n_items || ev->place == 0 ||
        agenda_item_length(a, ev->item) + ev->place < 60)
        return false;
    a->st[ev->item].extra += ev->place;
    reshare(a, ev->item);
    return true;
}

/* Cut or restored; never an item started, or one at or before the
 * current one. */
static bool apply_cut(struct agenda *a, const struct agenda_event *ev, bool cut)
{
    struct item_state *s;

    if (ev->item < 0 || ev->item >= (int)a->prog->n_items || ev->item <= a->current)
        return false;
    s = &a->st[ev->item];
    if (s->started || s->cut == cut)
        return false;
    s->cut = cut;
    return true;
}

bool agenda_event_cut(const struct agenda *a, int64_t now, int item, struct agenda_event *ev,
                      char *why, size_t whysize)
{
    const struct programme *p = a->prog;
    int cur = agenda_current_item(a, now);

    if (item < 0 || item >= (int)p->n_items) {
        snprintf(why, whysize, _("No item selected to cut"));
        return false;
    }
    if (a->st[item].cut) { /* x again brings it back, whatever was done since */
        *ev = (struct agenda_event){.type = AGENDA_ITEM_UNCUT, .item = item, .at = now};
        return true;
    }
    if (a->st[item].started || item <= a->current || item == cur ||
        (a->current < 0 && item < agenda_plan_index(p, now))) {
        snprintf(why, whysize, item == cur ? _("%s runs: only an item still to come can be cut")
                                           : _("%s has run: only an item still to come can be cut"),
                 p->items[item].title);
        return false;
    }
    *ev = (struct agenda_event){.type = AGENDA_ITEM_CUT, .item = item, .at = now};
    return true;
}

bool agenda_event_insert(const struct agenda *a, int64_t now, int item, const char *title,
                         int64_t length, enum item_kind kind, struct agenda_event *ev, char *why,
                         size_t whysize)
{
    const struct programme *p = a->prog;
    int shown = agenda_on_screen(a, now);

    if (item < 0 || item >= (int)p->n_items || shown >= (int)p->n_items) {
        snprintf(why, whysize, "%s", item < 0 ? _("No item selected to insert after")
                                              : _("The programme is over: nothing to insert"));
        return false;
    }
    if (item < shown || (a->st[item].started && item != a->current)) {
        snprintf(why, whysize, _("%s has run: a new item goes after the one on screen or later"),
                 p->items[item].title);
        return false;
    }
    if (title[0] == '\0' || length < 60 || length > 12 * 3600) {
        snprintf(why, whysize, "%s", title[0] == '\0' ? _("A new item needs a title")
                                                      : _("Minutes are 1 to 720"));
        return false;
    }
    *ev = (struct agenda_event){.type = AGENDA_ITEM_INSERT, .item = item, .at = now,
                                .place = (int)length, .kind = kind};
    snprintf(ev->name, sizeof ev->name, "%s", title);
    return true;
}

/* What someone added on the day gets: an equal share of what is left of
 * the item at that moment, among all who have not yet had their turn
 * (the one speaking too), in whole minutes; fixed then, so that a replay
 * gives the same. */
static int64_t equal_share(const struct agenda *a, int item, const struct queue *q,
                           int64_t at)
{
    int64_t start = agenda_item_start(a, item);
    int64_t end = agenda_target_end(a, item, start), left = end - (at > start ? at : start);
    int64_t share;
    int open = 0;

    for (size_t i = 0; i < q->n; i++)
        open += q->sp[i].state == SPK_WAITING || q->sp[i].state == SPK_SPEAKING;
    if (left <= 0 || open == 0)
        return 0;
    share = left / open / 60 * 60;
    return share > 0 ? share : 60;
}

/* Applies a speaker event to its item's queue; *inverse gets what
 * takes it back. */
static bool apply_speaker(struct agenda *a, const struct agenda_event *ev,
                          struct agenda_event *inverse)
{
    struct queue *q;
    int from;

    if (ev->queue != PEOPLE_SPEAKERS && ev->queue != PEOPLE_PRESS)
        return false;
    q = &a->queues[ev->queue][ev->item];
    *inverse = *ev;
    switch (ev->type) {
    case AGENDA_SPEAKER_START:
        inverse->type = AGENDA_SPEAKER_UNSTART;
        return queue_start(q, ev->speaker, ev->at);
    case AGENDA_SPEAKER_UNSTART: return queue_unstart(q, ev->speaker);
    case AGENDA_SPEAKER_MOVE:
        if (!queue_move(q, ev->speaker, ev->place, &from))
            return false;
        inverse->place = from;
        return true;
    case AGENDA_SPEAKER_SKIP:
        inverse->type = AGENDA_SPEAKER_UNSKIP;
        return queue_skip(q, ev->speaker, true);
    case AGENDA_SPEAKER_UNSKIP: return queue_skip(q, ev->speaker, false);
    case AGENDA_SPEAKER_ADD:
        inverse->type = AGENDA_SPEAKER_REMOVE;
        if (!queue_add(q, ev->speaker, ev->name, ev->place))
            return false;
        q->sp[ev->speaker].allotment = equal_share(a, ev->item, q, ev->at);
        return true;
    case AGENDA_SPEAKER_REMOVE: return queue_remove(q, ev->speaker);
    case AGENDA_SPEAKER_ALLOT:
        if (ev->speaker < 0 || (size_t)ev->speaker >= q->n || ev->place < 0 ||
            q->sp[ev->speaker].allotment == ev->place)
            return false;
        inverse->place = (int)q->sp[ev->speaker].allotment;
        q->sp[ev->speaker].allotment = ev->place;
        q->sp[ev->speaker].set = !ev->undo;
        if (ev->undo) /* the share of the item as it is now, not as it was */
            reshare(a, ev->item);
        return true;
    default: return false;
    }
}

static bool is_inverse(enum agenda_event_type t)
{
    return t == AGENDA_ITEM_UNSTART || t == AGENDA_ITEM_UNCUT || t == AGENDA_POLL_UNASKED ||
           t == AGENDA_FILM_BACK || t == AGENDA_SPEAKER_UNSTART || t == AGENDA_SPEAKER_UNSKIP ||
           t == AGENDA_SPEAKER_REMOVE || t == AGENDA_ITEM_REMOVE;
}

static bool same_step(const struct agenda_event *x, const struct agenda_event *y)
{
    return x->type == y->type && x->item == y->item && x->queue == y->queue &&
           x->speaker == y->speaker && x->place == y->place &&
           (x->type != AGENDA_MESSAGE || strcmp(x->name, y->name) == 0);
}

/* A message up (or down), or the screens black or back: the inverse
 * puts back what was. The same again changes nothing. */
static bool apply_stage(struct agenda *a, const struct agenda_event *ev,
                        struct agenda_event *inverse)
{
    if (ev->type == AGENDA_BLACKOUT) {
        inverse->place = !ev->place;
        if (a->blackout == (ev->place != 0))
            return false;
        a->blackout = ev->place != 0;
        return true;
    }
    if (strcmp(a->message, ev->name) == 0)
        return false;
    snprintf(inverse->name, sizeof inverse->name, "%s", a->message);
    inverse->speaker = a->message_by;
    snprintf(a->message, sizeof a->message, "%s", ev->name);
    a->message_at = ev->at;
    a->message_by = ev->speaker;
    return true;
}

/* A step taken pushes its inverse; an undo takes its step off the
 * history, from the top, or from further down when other steps (another
 * terminal's) came in between. */
static void record(struct agenda *a, const struct agenda_event *ev,
                   const struct agenda_event *inverse)
{
    if (ev->undo || is_inverse(ev->type)) {
        for (size_t i = a->n_undo; i-- > 0;) {
            if (same_step(&a->undo[i], ev)) {
                memmove(&a->undo[i], &a->undo[i + 1], (a->n_undo - i - 1) * sizeof *a->undo);
                a->n_undo--;
                return;
            }
        }
        return;
    }
    if (a->n_undo == a->cap_undo) {
        a->cap_undo = a->cap_undo ? a->cap_undo * 2 : 16;
        a->undo = xrealloc(a->undo, a->cap_undo, sizeof *a->undo);
    }
    a->undo[a->n_undo++] = *inverse;
}

bool agenda_apply(struct agenda *a, const struct agenda_event *ev)
{
    struct agenda_event inverse = *ev;
    bool changed = false;

    inverse.undo = false;

    switch (ev->type) {
    case AGENDA_ITEM_START:
        inverse.type = AGENDA_ITEM_UNSTART;
        changed = apply_start(a, ev);
        break;
    case AGENDA_ITEM_UNSTART: changed = apply_unstart(a, ev); break;
    case AGENDA_POLL_ASKED:
        inverse.type = AGENDA_POLL_UNASKED;
        changed = apply_poll(a, ev, true);
        break;
    case AGENDA_POLL_UNASKED: changed = apply_poll(a, ev, false); break;
    case AGENDA_FILM:
    case AGENDA_FILM_BACK:
        if (ev->item >= 0 && ev->item < (int)a->prog->n_items)
            changed = apply_film(a, ev, &inverse);
        break;
    case AGENDA_ITEM_LENGTH:
        inverse.place = -ev->place;
        changed = apply_length(a, ev);
        break;
    case AGENDA_ITEM_CUT:
    case AGENDA_ITEM_UNCUT:
        inverse.type = AGENDA_ITEM_UNCUT;
        changed = apply_cut(a, ev, ev->type == AGENDA_ITEM_CUT);
        break;
    case AGENDA_ITEM_INSERT:
        /* its undo names the new item, which goes in after item */
        inverse = (struct agenda_event){.type = AGENDA_ITEM_REMOVE, .item = ev->item + 1};
        changed = agenda_apply_insert(a, ev);
        break;
    case AGENDA_ITEM_REMOVE: changed = agenda_apply_remove(a, ev); break;
    case AGENDA_MESSAGE:
    case AGENDA_BLACKOUT: changed = apply_stage(a, ev, &inverse); break;
    default:
        if (ev->item >= 0 && ev->item < (int)a->prog->n_items)
            changed = apply_speaker(a, ev, &inverse);
        break;
    }
    if (changed) {
        record(a, ev, &inverse);
        a->version++;
    }
    return changed;
}

bool agenda_event_next(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    int n = (int)a->prog->n_items, shown = agenda_on_screen(a, now);
    /* following the plan, the item on screen as NOW was started by
     * nobody: n starts that one (late or early by the difference); once
     * one was started by a key, n starts the one after it */
    int target = agenda_uncut_from(a, a->current >= 0 ? a->current + 1 : shown < 0 ? 0 : shown);

    if (target > n || (a->current < 0 && target == n))
        return false;
    *ev = (struct agenda_event){.type = AGENDA_ITEM_START, .item = target, .at = now};
    return true;
}

bool agenda_event_message(const struct agenda *a, int64_t now, const char *text, int by,
                          struct agenda_event *ev, char *why, size_t whysize)
{
    if (!utf8_valid(text) || safe_has_control(text) || strlen(text) >= sizeof ev->name) {
        snprintf(why, whysize, "%s",
                 _("A message is one line of text: no control characters, under 128 bytes"));
        return false;
    }
    if (strcmp(a->message, text) == 0) {
        snprintf(why, whysize, "%s", text[0] ? _("That message is up already")
                                             : _("No message is up on the stage"));
        return false;
    }
    *ev = (struct agenda_event){.type = AGENDA_MESSAGE, .item = -1, .at = now, .speaker = by};
    snprintf(ev->name, sizeof ev->name, "%s", text);
    return true;
}

void agenda_event_blackout(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    *ev = (struct agenda_event){.type = AGENDA_BLACKOUT, .item = -1, .at = now,
                                .place = !a->blackout};
}

bool agenda_event_undo(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    if (a->n_undo == 0)
        return false;
    *ev = a->undo[a->n_undo - 1];
    ev->at = now;
    ev->undo = true;
    return true;
}

int agenda_film_from(const struct agenda *a, int from)
{
    for (int i = from < 0 ? 0 : from; i < (int)a->prog->n_items; i++) {
        if (a->prog->items[i].film != NULL && a->st[i].film != FILM_DONE && !a->st[i].cut)
            return i;
    }
    return -1;
}

bool agenda_event_film(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    int cur = a->current >= 0 ? a->current : agenda_plan_index(a->prog, now);
    int i = agenda_film_from(a, cur);

    if (i < 0)
        return false;
    *ev = (struct agenda_event){.type = AGENDA_FILM, .item = i, .at = now,
                                .place = (int)a->st[i].film + 1};
    return true;
}

bool agenda_may_start(const struct agenda *a, int item, int64_t now)
{
    int plan = agenda_plan_index(a->prog, now);

    if (item == a->current)
        return true;
    /* the one after, cut items passed over as n passes them */
    if (a->current >= 0)
        return item == agenda_uncut_from(a, a->current + 1);
    /* following the plan: its item, or the one after it (the film rolls
     * at the end of the lunch the plan still shows) */
    if (plan < 0) /* before the day: the first */
        return item == agenda_uncut_from(a, 0);
    plan = agenda_uncut_from(a, plan);
    return item == plan || item == agenda_uncut_from(a, plan + 1);
}

int agenda_uncut_from(const struct agenda *a, int from)
{
    int n = (int)a->prog->n_items;

    while (from >= 0 && from < n && a->st[from].cut)
        from++;
    return from;
}

int agenda_on_screen(const struct agenda *a, int64_t now)
{
    int plan = agenda_plan_index(a->prog, now);

    return a->current >= 0 ? a->current : plan < 0 ? plan : agenda_uncut_from(a, plan);
}

int64_t agenda_item_start(const struct agenda *a, int item)
{
    return a->st[item].started ? a->st[item].actual_start : a->prog->items[item].start;
}

int agenda_current_item(const struct agenda *a, int64_t now)
{
    int cur = agenda_on_screen(a, now);

    return cur >= 0 && cur < (int)a->prog->n_items ? cur : -1;
}

/* The next turn in item's queue of kind: the first one waiting, else
 * the end of the turn under way. */
static bool next_turn(const struct agenda *a, int item, enum people_kind kind, int64_t now,
                      struct agenda_event *ev)
{
    const struct queue *q;
    int next;

    if (item < 0)
        return false;
    q = &a->queues[kind][item];
    next = queue_next(q);
    if (next < 0 && q->current < 0)
        return false;
    *ev = (struct agenda_event){.type = AGENDA_SPEAKER_START, .item = item, .queue = kind,
                                .at = now, .speaker = next};
    return true;
}

bool agenda_event_speaker(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    return next_turn(a, agenda_current_item(a, now), PEOPLE_SPEAKERS, now, ev);
}

int agenda_press_from(const struct agenda *a, int from)
{
    for (int i = from < 0 ? 0 : from; i < (int)a->prog->n_items; i++) {
        if (a->prog->items[i].n_bookings > 0 && !a->st[i].cut)
            return i;
    }
    return -1;
}

int agenda_press_item(const struct agenda *a, int64_t now)
{
    return agenda_press_from(a, a->current >= 0 ? a->current : agenda_plan_index(a->prog, now));
}

bool agenda_event_press(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    return next_turn(a, agenda_press_item(a, now), PEOPLE_PRESS, now, ev);
}

bool agenda_event_poll(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    int cur = agenda_current_item(a, now);

    if (cur < 0 || !a->prog->items[cur].poll || a->st[cur].poll_asked)
        return false;
    *ev = (struct agenda_event){.type = AGENDA_POLL_ASKED, .item = cur, .at = now};
    return true;
}

int64_t agenda_item_length(const struct agenda *a, int item)
{
    const struct item *it = &a->prog->items[item];

    return it->end - it->start + a->st[item].extra;
}

int64_t agenda_target_end(const struct agenda *a, int item, int64_t start)
{
    const struct item *it = &a->prog->items[item];
    int64_t length = agenda_item_length(a, item), end = it->end + a->st[item].extra;

    /* a rolling film runs to its end, whatever the item's length says */
    if (it->film != NULL && a->st[item].film == FILM_ROLLING &&
        a->st[item].rolled_at + it->film->duration > start + length)
        length = a->st[item].rolled_at + it->film->duration - start;
    if (it->kind != KIND_BREAK)
        return start + length;
    if (it->min_minutes >= 0)
        length = (int64_t)it->min_minutes * 60;
    return start + length > end ? start + length : end;
}

/* The shortest item can be made: a minute, its minimum if a break, its
 * film, and what has run of it when it is the one on screen. */
static int64_t shortest(const struct agenda *a, int item, int64_t now, char *why, size_t size)
{
    const struct item *it = &a->prog->items[item];
    int64_t start = agenda_item_start(a, item);
    int64_t floor = 60;

    snprintf(why, size, _("%s cannot be shorter than a minute"), it->title);
    if (it->kind == KIND_BREAK && (int64_t)it->min_minutes * 60 > floor) {
        floor = (int64_t)it->min_minutes * 60;
        snprintf(why, size, _("%s cannot be shorter than its minimum, %d min"), it->title,
                 it->min_minutes);
    }
    if (it->film != NULL && it->film->duration > floor) { /* its film, in whole minutes */
        floor = (it->film->duration + 59) / 60 * 60;
        snprintf(why, size, _("%s cannot be shorter than its film, %lld:%02lld"), it->title,
                 (long long)(it->film->duration / 60), (long long)(it->film->duration % 60));
    }
    if (item == agenda_current_item(a, now) && now - start > floor) {
        floor = now - start;
        snprintf(why, size, _("%s has run %lld:%02lld: it cannot be shorter than that"), it->title,
                 (long long)(floor / 60), (long long)(floor % 60));
    }
    return floor;
}

bool agenda_event_set_length(const struct agenda *a, int64_t now, int item, int64_t length,
                             struct agenda_event *ev, char *why, size_t whysize)
{
    const struct item_state *s;

    if (item < 0 || item >= (int)a->prog->n_items) {
        snprintf(why, whysize, "%s", _("No item selected"));
        return false;
    }
    s = &a->st[item];
    /* what is before the item on screen has run, by a key or the plan */
    if (s->cut || item < agenda_current_item(a, now) || (s->started && item != a->current)) {
        snprintf(why, whysize, s->cut ? _("%s is cut: its length stays")
                                      : _("%s has run: its length stays"),
                 a->prog->items[item].title);
        return false;
    }
    if (length == agenda_item_length(a, item)) {
        snprintf(why, whysize, _("%s is %lld min already"), a->prog->items[item].title,
                 (long long)(length / 60));
        return false;
    }
    if (length < agenda_item_length(a, item) && length < shortest(a, item, now, why, whysize))
        return false;
    *ev = (struct agenda_event){.type = AGENDA_ITEM_LENGTH, .item = item, .at = now,
                                .place = (int)(length - agenda_item_length(a, item))};
    return true;
}

bool agenda_event_length(const struct agenda *a, int64_t now, int minutes,
                         struct agenda_event *ev, char *why, size_t whysize)
{
    int item = agenda_current_item(a, now);

    if (item < 0) {
        snprintf(why, whysize, "%s", minutes > 0 ? _("No item runs: nothing to make longer")
                                                 : _("No item runs: nothing to make shorter"));
        return false;
    }
    return agenda_event_set_length(a, now, item, agenda_item_length(a, item) + minutes * 60, ev,
                                   why, whysize);
}

