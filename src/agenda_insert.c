/* Items inserted on the day. The agenda names items by index, so an
 * insertion moves every index after it one down, in the programme, the
 * states, the queues and the undo history alike; a removal moves them
 * back. The journal names an item by title as well as number, so a line
 * written before another terminal's insertion still finds its item. */
#include "agenda_insert.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* An index after an item went in at p (by +1) or came out of p (by -1). */
static int moved(int index, int p, int by)
{
    return index >= p + (by < 0) ? index + by : index;
}

static void move_indices(struct agenda *a, int p, int by)
{
    int n = (int)a->prog->n_items;

    for (int i = 0; i <= n; i++) {
        a->st[i].prev = a->st[i].prev >= 0 ? moved(a->st[i].prev, p, by) : a->st[i].prev;
        for (int k = 0; k < PEOPLE_KINDS; k++) {
            if (a->st[i].closed_turns[k] >= 0)
                a->st[i].closed_turns[k] = moved(a->st[i].closed_turns[k], p, by);
        }
    }
    if (a->current >= 0)
        a->current = moved(a->current, p, by);
    for (size_t i = 0; i < a->n_undo; i++)
        a->undo[i].item = moved(a->undo[i].item, p, by);
}

/* Steps on the item taken out go with it: nothing is left to undo. */
static void forget_steps_on(struct agenda *a, int p)
{
    size_t kept = 0;

    for (size_t i = 0; i < a->n_undo; i++) {
        if (a->undo[i].item != p)
            a->undo[kept++] = a->undo[i];
    }
    a->n_undo = kept;
}

bool agenda_apply_insert(struct agenda *a, const struct agenda_event *ev)
{
    struct programme *prog = a->prog;
    int n = (int)prog->n_items, p = ev->item + 1;
    struct item *it;
    int64_t at;

    if (ev->item < 0 || ev->item >= n || ev->item < a->current || ev->name[0] == '\0' ||
        ev->place < 60 || ev->place > 24 * 3600 || (ev->kind != KIND_TALK && ev->kind != KIND_PANEL &&
                           ev->kind != KIND_BREAK))
        return false;
    /* where the item before it ends as the day has it now (e or + moved
     * it): the new one goes in there, not into a gap after it */
    at = prog->items[p - 1].end + a->st[p - 1].extra;
    /* indices first, while the old ones still mean what they say */
    move_indices(a, p, 1);
    prog->items = xrealloc(prog->items, (size_t)n + 1, sizeof *prog->items);
    memmove(&prog->items[p + 1], &prog->items[p], (size_t)(n - p) * sizeof *prog->items);
    it = &prog->items[p];
    *it = (struct item){.title = xstrdup(ev->name), .kind = ev->kind, .start = at, .end = at,
                        .min_minutes = -1, .warn_minutes = -1, .inserted = true};
    a->st = xrealloc(a->st, (size_t)n + 2, sizeof *a->st);
    memmove(&a->st[p + 1], &a->st[p], (size_t)(n + 1 - p) * sizeof *a->st);
    a->st[p] = (struct item_state){.prev = -1, .extra = ev->place, .inserted_as = ev->place,
                                   .closed_turns = {-1, -1}};
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        a->queues[k] = xrealloc(a->queues[k], (size_t)n + 1, sizeof *a->queues[k]);
        memmove(&a->queues[k][p + 1], &a->queues[k][p],
                (size_t)(n - p) * sizeof *a->queues[k]);
        queue_init(&a->queues[k][p], it, (enum people_kind)k);
    }
    prog->n_items++;
    a->n_queues++;
    a->reshaped++;
    return true;
}

bool agenda_apply_remove(struct agenda *a, const struct agenda_event *ev)
{
    struct programme *prog = a->prog;
    int n = (int)prog->n_items, p = ev->item;

    if (p < 0 || p >= n || !prog->items[p].inserted || a->st[p].started || p <= a->current)
        return false;
    forget_steps_on(a, p);
    free(prog->items[p].title);
    memmove(&prog->items[p], &prog->items[p + 1], (size_t)(n - p - 1) * sizeof *prog->items);
    memmove(&a->st[p], &a->st[p + 1], (size_t)(n - p) * sizeof *a->st);
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        queue_free(&a->queues[k][p]);
        memmove(&a->queues[k][p], &a->queues[k][p + 1],
                (size_t)(n - p - 1) * sizeof *a->queues[k]);
    }
    prog->n_items--;
    a->n_queues--;
    move_indices(a, p, -1);
    a->reshaped++;
    return true;
}
