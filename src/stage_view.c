#include "stage_view.h"

enum time_state stage_turn_state(const struct agenda *a, int item, const struct queue *q, int id,
                                 int64_t now)
{
    const struct queue_speaker *s = &q->sp[id];
    int64_t left = s->allotment - queue_spoken(q, id, now);
    int64_t warn = (int64_t)item_warn_minutes(a->prog, &a->prog->items[item]) * 60;

    if (s->state != SPK_SPEAKING || s->allotment == 0)
        return TIME_IDLE;
    if (warn > s->allotment / 4)
        warn = s->allotment / 4;
    return left < 0 ? TIME_OVER : left <= warn ? TIME_WARN : TIME_OK;
}

/* The turn under way in item: its speakers', or a press slot's
 * interviews; -1 for none (or none with an allotment to count down). */
static int turn_of(const struct agenda *a, int item, const struct queue **q)
{
    enum people_kind k = a->prog->items[item].kind == KIND_PRESS ? PEOPLE_PRESS : PEOPLE_SPEAKERS;

    *q = &a->queues[k][item];
    return (*q)->current >= 0 && (*q)->sp[(*q)->current].allotment > 0 ? (*q)->current : -1;
}

void stage_view_update(struct stage_view *s, const struct agenda *a, const struct agenda_view *v,
                       int64_t now)
{
    int n = (int)a->prog->n_items, cur = v->current, id;
    const struct queue *q;

    *s = (struct stage_view){.mode = STAGE_ITEM, .left = v->remaining, .state = v->state,
                             .item = cur, .next = v->next, .until = -1};
    if (cur < 0) {
        s->mode = STAGE_BEFORE;
        s->next = v->next >= 0 ? v->next : agenda_uncut_from(a, 0) < n ? agenda_uncut_from(a, 0) : -1;
        s->until = s->next >= 0 ? v->items[s->next].start : -1;
        s->state = TIME_IDLE;
        return;
    }
    if (cur >= n) {
        *s = (struct stage_view){.mode = STAGE_OVER, .item = -1, .next = -1, .until = -1};
        return;
    }
    if (a->prog->items[cur].kind == KIND_BREAK) {
        s->mode = STAGE_BREAK;
        s->until = v->items[cur].end;
        return;
    }
    if ((id = turn_of(a, cur, &q)) >= 0) {
        int64_t turn = q->sp[id].allotment - queue_spoken(q, id, now);

        s->mode = STAGE_TURN;
        s->who = q->sp[id].name;
        /* never more than the item has left: a turn that outlasts its
         * item (the item ran over, someone was added) shows the item's
         * time, so the stage sees when the programme has none */
        if (turn < v->remaining) {
            s->left = turn;
            s->state = stage_turn_state(a, cur, q, id, now);
        }
    }
}
