#include "agenda_view.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void agenda_view_init(struct agenda_view *v, const struct agenda *a)
{
    memset(v, 0, sizeof *v);
    v->items = xcalloc(a->prog->n_items, sizeof *v->items);
    v->n_items = a->prog->n_items;
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
    int next;

    for (int i = 0; i < upto; i++) {
        struct item_view *iv = &v->items[i];
        const struct item_state *s = &a->st[i];

        if (s->cut) { /* passed over: where the one before it ended */
            int64_t at = i > 0 ? v->items[i - 1].end : items[i].start;

            *iv = (struct item_view){.status = ITEM_CUT, .start = at, .end = at};
            continue;
        }
        iv->status = ITEM_DONE;
        iv->start = s->started ? s->actual_start : items[i].start;
        iv->end = items[i].end;
        /* it ended when the next item that ran began (a cut one between
         * them took no time) */
        next = agenda_uncut_from(a, i + 1);
        if (next <= (int)a->prog->n_items && a->st[next].started)
            iv->end = a->st[next].actual_start;
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

        if (a->st[i].cut) { /* it takes no time: the next starts where it would have */
            *iv = (struct item_view){.status = ITEM_CUT, .start = prev_end, .end = prev_end};
            continue;
        }
        iv->status = ITEM_UPCOMING;
        iv->start = prev_end > items[i].start ? prev_end : items[i].start;
        iv->end = agenda_target_end(a, i, iv->start);
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

static void view_film(struct agenda_view *v, const struct agenda *a, int cur, int64_t now)
{
    int i = agenda_film_from(a, cur);
    const struct item_state *s;

    v->film_item = i;
    v->film_reminder = false;
    if (i < 0)
        return;
    s = &a->st[i];
    v->film = s->film;
    v->film_until = v->items[i].start - now;
    v->film_left = a->prog->items[i].film->duration - (now - s->rolled_at);
    v->film_reminder = s->film == FILM_WAITING && v->film_until <= FILM_STANDBY_BEFORE;
}

/* What the interviews not yet over still need: the rest of the one under
 * way (none once past its allotment) and all of those waiting. */
static int64_t press_need(const struct queue *q, int64_t now)
{
    int64_t need = 0;

    for (size_t i = 0; i < q->n; i++) {
        const struct queue_speaker *b = &q->sp[i];
        int64_t left = b->allotment - queue_spoken(q, (int)i, now);

        if (b->state == SPK_WAITING)
            need += b->allotment;
        else if (b->state == SPK_SPEAKING && left > 0)
            need += left;
    }
    return need;
}

static void view_press(struct agenda_view *v, const struct agenda *a, int cur, int64_t now)
{
    int i = agenda_press_from(a, cur);

    v->press_item = i;
    if (i < 0)
        return;
    v->press_until = v->items[i].start - now;
    v->press_left = i == cur ? v->remaining : v->items[i].end - v->items[i].start;
    v->press_need = press_need(&a->queues[PEOPLE_PRESS][i], now);
}

void agenda_view_update(struct agenda_view *v, const struct agenda *a, int64_t now)
{
    const struct programme *p = a->prog;
    int n = (int)p->n_items;
    int cur = agenda_on_screen(a, now), next = agenda_uncut_from(a, cur + 1);

    if (v->n_items != p->n_items) { /* an item went in or came out */
        v->items = xrealloc(v->items, p->n_items, sizeof *v->items);
        v->n_items = p->n_items;
    }
    v->current = cur;
    v->following_plan = a->current < 0;
    v->closed_at = a->st[n].started ? a->st[n].actual_start : -1;
    v->state = TIME_IDLE;
    v->day_delay = 0;
    v->next = next < n ? next : -1;
    view_past(v, a, cur < 0 ? 0 : cur);
    if (cur < 0) { /* until the first item not cut */
        view_future(v, a, 0, now);
        v->remaining = v->items[next < n ? next : 0].start - now;
    } else if (cur >= n) {
        v->remaining = 0;
        if (v->closed_at >= 0)
            v->day_delay = v->closed_at - p->items[n - 1].end;
    } else {
        struct item_view *iv = &v->items[cur];
        int64_t target;

        iv->status = ITEM_CURRENT;
        iv->start = agenda_item_start(a, cur);
        iv->delay = iv->start - p->items[cur].start;
        target = agenda_target_end(a, cur, iv->start);
        iv->end = target > now ? target : now;
        v->remaining = target - now;
        v->state = state_of(p, cur, v->remaining);
        v->day_delay = iv->end - p->items[cur].end;
        view_future(v, a, cur + 1, iv->end);
    }
    for (int i = 0; i < n; i++)
        v->items[i].poll = v->items[i].status == ITEM_CUT ? POLL_NONE
                                                          : poll_of(a, i, v->items[i].status);
    view_film(v, a, cur, now);
    view_press(v, a, cur, now);
}
