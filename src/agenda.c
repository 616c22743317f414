#include "agenda.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void agenda_init(struct agenda *a, const struct programme *prog)
{
    a->prog = prog;
    a->st = xcalloc(prog->n_items + 1, sizeof *a->st);
    a->current = -1;
    a->version = 0;
}

void agenda_free(struct agenda *a)
{
    free(a->st);
    a->st = NULL;
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
    s->started = true;
    s->actual_start = ev->at;
    s->prev = a->current;
    s->start_step = ++a->steps;
    a->current = ev->item;
    return true;
}

static bool apply_unstart(struct agenda *a, const struct agenda_event *ev)
{
    struct item_state *s;

    if (ev->item < 0 || ev->item != a->current)
        return false;
    s = &a->st[ev->item];
    a->current = s->prev;
    s->started = false;
    s->actual_start = 0;
    s->prev = 0;
    s->start_step = 0;
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
    s->poll_step = asked ? ++a->steps : 0;
    return true;
}

bool agenda_apply(struct agenda *a, const struct agenda_event *ev)
{
    bool changed = false;

    switch (ev->type) {
    case AGENDA_ITEM_START: changed = apply_start(a, ev); break;
    case AGENDA_ITEM_UNSTART: changed = apply_unstart(a, ev); break;
    case AGENDA_POLL_ASKED: changed = apply_poll(a, ev, true); break;
    case AGENDA_POLL_UNASKED: changed = apply_poll(a, ev, false); break;
    }
    if (changed)
        a->version++;
    return changed;
}

bool agenda_event_next(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    int n = (int)a->prog->n_items;
    int target = a->current >= 0 ? a->current + 1
                                 : agenda_plan_index(a->prog, now) + 1;

    if (target > n)
        return false;
    *ev = (struct agenda_event){AGENDA_ITEM_START, target, now};
    return true;
}

bool agenda_event_undo(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    unsigned long latest = 0;

    if (a->current >= 0) {
        *ev = (struct agenda_event){AGENDA_ITEM_UNSTART, a->current, now};
        latest = a->st[a->current].start_step;
    }
    for (int i = 0; i < (int)a->prog->n_items; i++) {
        if (a->st[i].poll_asked && a->st[i].poll_step > latest) {
            *ev = (struct agenda_event){AGENDA_POLL_UNASKED, i, now};
            latest = a->st[i].poll_step;
        }
    }
    return latest > 0;
}

bool agenda_event_poll(const struct agenda *a, int64_t now, struct agenda_event *ev)
{
    int cur = a->current >= 0 ? a->current : agenda_plan_index(a->prog, now);

    if (cur < 0 || cur >= (int)a->prog->n_items || !a->prog->items[cur].poll ||
        a->st[cur].poll_asked)
        return false;
    *ev = (struct agenda_event){AGENDA_POLL_ASKED, cur, now};
    return true;
}

int64_t agenda_target_end(const struct item *it, int64_t start)
{
    int64_t length = it->end - it->start;

    if (it->kind != KIND_BREAK)
        return start + length;
    if (it->min_minutes >= 0)
        length = (int64_t)it->min_minutes * 60;
    return start + length > it->end ? start + length : it->end;
}

void agenda_view_init(struct agenda_view *v, const struct agenda *a)
{
    memset(v, 0, sizeof *v);
    v->items = xcalloc(a->prog->n_items, sizeof *v->items);
}

void agenda_view_free(struct agenda_view *v)
{
    free(v->items);
    v->items = NULL;
}

static enum time_state state_of(const struct programme *p, int cur, int64_t remaining)
{
    if (remaining < 0)
        return TIME_OVER;
    if (remaining <= (int64_t)item_warn_minutes(p, &p->items[cur]) * 60)
        return TIME_WARN;
    return TIME_OK;
}

/* Items before the current one: done, or skipped when the moderator
 * moved past them without starting them. */
static void view_past(struct agenda_view *v, const struct agenda *a, int upto)
{
    const struct item *items = a->prog->items;
    bool any_started = false;

    for (int i = 0; i < upto; i++) {
        struct item_view *iv = &v->items[i];
        const struct item_state *s = &a->st[i];

        iv->status = ITEM_DONE;
        iv->start = s->started ? s->actual_start : items[i].start;
        iv->end = items[i].end;
        if (i + 1 <= (int)a->prog->n_items && a->st[i + 1].started)
            iv->end = a->st[i + 1].actual_start;
        if (!s->started && any_started)
            iv->status = ITEM_SKIPPED;
        any_started = any_started || s->started;
        iv->delay = iv->start - items[i].start;
    }
}

/* Items after from: each starts when the one before ends, never early. */
static void view_future(struct agenda_view *v, const struct agenda *a, int from,
                        int64_t prev_end)
{
    const struct item *items = a->prog->items;

    for (int i = from; i < (int)a->prog->n_items; i++) {
        struct item_view *iv = &v->items[i];

        iv->status = ITEM_UPCOMING;
        iv->start = prev_end > items[i].start ? prev_end : items[i].start;
        iv->end = agenda_target_end(&items[i], iv->start);
        iv->delay = iv->start - items[i].start;
        prev_end = iv->end;
    }
}

static enum poll_state poll_of(const struct agenda *a, int i, enum item_status status)
{
    if (!a->prog->items[i].poll)
        return POLL_NONE;
    if (a->st[i].poll_asked)
        return POLL_ASKED;
    switch (status) {
    case ITEM_CURRENT: return POLL_DUE;
    case ITEM_UPCOMING: return POLL_OPEN;
    default: return POLL_MISSED;
    }
}

void agenda_view_update(struct agenda_view *v, const struct agenda *a, int64_t now)
{
    const struct programme *p = a->prog;
    int n = (int)p->n_items;
    int cur = a->current >= 0 ? a->current : agenda_plan_index(p, now);

    v->current = cur;
    v->following_plan = a->current < 0;
    v->closed_at = a->st[n].started ? a->st[n].actual_start : -1;
    v->state = TIME_IDLE;
    v->day_delay = 0;
    v->next = cur + 1 < n ? cur + 1 : -1;
    view_past(v, a, cur < 0 ? 0 : cur);
    if (cur < 0) {
        v->remaining = p->items[0].start - now;
        view_future(v, a, 0, now);
    } else if (cur >= n) {
        v->remaining = 0;
        if (v->closed_at >= 0)
            v->day_delay = v->closed_at - p->items[n - 1].end;
    } else {
        struct item_view *iv = &v->items[cur];
        int64_t target;

        iv->status = ITEM_CURRENT;
        iv->start = a->st[cur].started ? a->st[cur].actual_start : p->items[cur].start;
        iv->delay = iv->start - p->items[cur].start;
        target = agenda_target_end(&p->items[cur], iv->start);
        iv->end = target > now ? target : now;
        v->remaining = target - now;
        v->state = state_of(p, cur, v->remaining);
        v->day_delay = iv->end - p->items[cur].end;
        view_future(v, a, cur + 1, iv->end);
    }
    for (int i = 0; i < n; i++)
        v->items[i].poll = poll_of(a, i, v->items[i].status);
}
