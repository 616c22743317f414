#include "queue.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void queue_init(struct queue *q, const struct item *it, enum people_kind kind)
{
    const struct speaker *people;

    memset(q, 0, sizeof *q);
    people = item_people(it, kind, &q->n);
    q->current = -1;
    q->end_prev = -1;
    q->sp = xcalloc(q->n, sizeof *q->sp);
    q->order = xcalloc(q->n, sizeof *q->order);
    for (size_t i = 0; i < q->n; i++) {
        q->sp[i].name = xstrdup(people[i].name);
        q->sp[i].role = people[i].role ? xstrdup(people[i].role) : NULL;
        q->sp[i].allotment = people_allotment(it, kind, i);
        q->sp[i].prev = -1;
        q->order[i] = (int)i;
    }
}

void queue_free(struct queue *q)
{
    for (size_t i = 0; i < q->n; i++) {
        free(q->sp[i].name);
        free(q->sp[i].role);
    }
    free(q->sp);
    free(q->order);
    memset(q, 0, sizeof *q);
}

static bool valid(const struct queue *q, int id)
{
    return id >= 0 && (size_t)id < q->n;
}

int queue_place(const struct queue *q, int id)
{
    for (size_t i = 0; i < q->n; i++) {
        if (q->order[i] == id)
            return (int)i;
    }
    return -1;
}

int queue_next(const struct queue *q)
{
    for (size_t i = 0; i < q->n; i++) {
        if (q->sp[q->order[i]].state == SPK_WAITING)
            return q->order[i];
    }
    return -1;
}

int64_t queue_spoken(const struct queue *q, int id, int64_t until)
{
    const struct queue_speaker *s = &q->sp[id];

    if (s->state == SPK_SPEAKING && until > s->turn_start)
        return s->spoken + (until - s->turn_start);
    return s->spoken;
}

/* Closes the turn under way at `at`. */
static void close_turn(struct queue *q, int64_t at)
{
    struct queue_speaker *cur;

    if (q->current < 0)
        return;
    cur = &q->sp[q->current];
    cur->spoken += at > cur->turn_start ? at - cur->turn_start : 0;
    cur->state = SPK_DONE;
}

bool queue_start(struct queue *q, int id, int64_t at)
{
    if (id == -1) { /* the end: the turn closes, nobody follows */
        if (q->current < 0)
            return false;
        q->end_prev = q->current;
        q->ended_at = at;
        close_turn(q, at);
        q->current = -1;
        return true;
    }
    if (!valid(q, id) || q->sp[id].state != SPK_WAITING)
        return false;
    q->sp[id].prev = q->current;
    close_turn(q, at);
    q->sp[id].state = SPK_SPEAKING;
    q->sp[id].turn_start = at;
    q->current = id;
    return true;
}

/* The one who spoke before reopens their turn, as if never interrupted. */
static void reopen(struct queue *q, int id, int64_t closed_at)
{
    struct queue_speaker *p;

    if (id < 0)
        return;
    p = &q->sp[id];
    p->spoken -= closed_at > p->turn_start ? closed_at - p->turn_start : 0;
    p->state = SPK_SPEAKING;
    q->current = id;
}

bool queue_unstart(struct queue *q, int id)
{
    if (id == -1) {
        if (q->current >= 0 || q->end_prev < 0)
            return false;
        reopen(q, q->end_prev, q->ended_at);
        q->end_prev = -1;
        return true;
    }
    if (!valid(q, id) || q->current != id)
        return false;
    q->sp[id].state = SPK_WAITING;
    q->current = -1;
    reopen(q, q->sp[id].prev, q->sp[id].turn_start);
    q->sp[id].prev = -1;
    return true;
}

bool queue_move(struct queue *q, int id, int to, int *from)
{
    int at = queue_place(q, id);

    if (!valid(q, id) || q->sp[id].state != SPK_WAITING || to < 0 || (size_t)to >= q->n ||
        at == to)
        return false;
    *from = at;
    if (at < to)
        memmove(&q->order[at], &q->order[at + 1], (size_t)(to - at) * sizeof *q->order);
    else
        memmove(&q->order[to + 1], &q->order[to], (size_t)(at - to) * sizeof *q->order);
    q->order[to] = id;
    return true;
}

bool queue_skip(struct queue *q, int id, bool skip)
{
    enum speaker_state from = skip ? SPK_WAITING : SPK_SKIPPED;

    if (!valid(q, id) || q->sp[id].state != from)
        return false;
    q->sp[id].state = skip ? SPK_SKIPPED : SPK_WAITING;
    return true;
}

bool queue_add(struct queue *q, int id, const char *name, int at)
{
    if (id != (int)q->n || at < 0 || (size_t)at > q->n || name == NULL || name[0] == '\0')
        return false;
    q->sp = xrealloc(q->sp, q->n + 1, sizeof *q->sp);
    q->order = xrealloc(q->order, q->n + 1, sizeof *q->order);
    memset(&q->sp[id], 0, sizeof q->sp[id]);
    q->sp[id].name = xstrdup(name);
    q->sp[id].prev = -1;
    q->sp[id].added = true;
    memmove(&q->order[at + 1], &q->order[at], (q->n - (size_t)at) * sizeof *q->order);
    q->order[at] = id;
    q->n++;
    return true;
}

bool queue_remove(struct queue *q, int id)
{
    int at = queue_place(q, id);

    /* only the last added, so that ids stay dense and events stay valid */
    if (id != (int)q->n - 1 || !q->sp[id].added || q->sp[id].state != SPK_WAITING)
        return false;
    memmove(&q->order[at], &q->order[at + 1], (q->n - 1 - (size_t)at) * sizeof *q->order);
    free(q->sp[id].name);
    q->n--;
    return true;
}

enum balance queue_balance(const struct queue *q, int id, int64_t until)
{
    int64_t total = 0, mine;
    int judged = 0;

    if (q->sp[id].added || q->sp[id].state == SPK_SKIPPED)
        return BALANCE_NONE;
    for (size_t i = 0; i < q->n; i++) {
        if (q->sp[i].added || q->sp[i].state == SPK_SKIPPED)
            continue;
        total += queue_spoken(q, (int)i, until);
        judged++;
    }
    if (judged < 2 || total < BALANCE_AFTER)
        return BALANCE_NONE;
    /* compare mine * judged with total: the share without division */
    mine = queue_spoken(q, id, until) * judged;
    if (mine * 2 < total)
        return BALANCE_LESS;
    if (mine * 2 > total * 3)
        return BALANCE_MORE;
    return BALANCE_FAIR;
}
