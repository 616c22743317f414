/* The speaker queue: turns and their times, moving, skipping, adding,
 * and each change taken back; then through the agenda, with undo across
 * kinds of step. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "agenda.h"
#include "queue.h"
#include "xalloc.h"

#define MIN(m) ((int64_t)(m) * 60)

/* A 40-minute panel: Åsa (10 min), Örjan and Ärla (15 each, a share). */
static struct item *make_panel(void)
{
    static const char *names[] = {"Åsa", "Örjan", "Ärla"};
    struct item *it = xcalloc(1, sizeof *it);

    it->title = xstrdup("Panel");
    it->kind = KIND_PANEL;
    it->start = MIN(600);
    it->end = MIN(640);
    it->n_speakers = 3;
    it->speakers = xcalloc(3, sizeof *it->speakers);
    for (int i = 0; i < 3; i++) {
        it->speakers[i].name = xstrdup(names[i]);
        it->speakers[i].minutes = i == 0 ? 10 : -1;
    }
    return it;
}

static void free_panel(struct item *it)
{
    for (size_t i = 0; i < it->n_speakers; i++)
        free(it->speakers[i].name);
    free(it->speakers);
    free(it->title);
    free(it);
}

static void test_turns_and_times(void **state)
{
    struct item *it = make_panel();
    struct queue q;

    (void)state;
    queue_init(&q, it, PEOPLE_SPEAKERS);
    assert_int_equal(q.sp[1].allotment, MIN(15));
    assert_int_equal(queue_next(&q), 0);
    assert_true(queue_start(&q, 0, MIN(600)));
    assert_false(queue_start(&q, 0, MIN(601))); /* already speaking */
    assert_int_equal(queue_spoken(&q, 0, MIN(607)), MIN(7));
    assert_true(queue_start(&q, 1, MIN(612)));  /* Åsa's turn closes */
    assert_int_equal(q.sp[0].state, SPK_DONE);
    assert_int_equal(queue_spoken(&q, 0, MIN(630)), MIN(12));
    assert_int_equal(queue_next(&q), 2);
    assert_true(queue_unstart(&q, 1));          /* Åsa speaks on */
    assert_int_equal(q.current, 0);
    assert_int_equal(queue_spoken(&q, 0, MIN(613)), MIN(13));
    assert_true(queue_start(&q, 1, MIN(614)));
    assert_true(queue_start(&q, 2, MIN(620)));
    assert_true(queue_start(&q, -1, MIN(625)));  /* the end: nobody next */
    assert_int_equal(q.current, -1);
    assert_int_equal(queue_spoken(&q, 2, MIN(639)), MIN(5));
    assert_true(queue_unstart(&q, -1));
    assert_int_equal(q.current, 2);
    assert_int_equal(queue_spoken(&q, 2, MIN(626)), MIN(6));
    queue_free(&q);
    free_panel(it);
}

static void test_move_skip_add_remove(void **state)
{
    struct item *it = make_panel();
    struct queue q;
    int from;

    (void)state;
    queue_init(&q, it, PEOPLE_SPEAKERS);
    assert_true(queue_move(&q, 2, 0, &from)); /* Ärla first */
    assert_int_equal(from, 2);
    assert_int_equal(q.order[0], 2);
    assert_int_equal(q.order[1], 0);
    assert_int_equal(queue_next(&q), 2);
    assert_false(queue_move(&q, 2, 0, &from)); /* already there */
    assert_true(queue_skip(&q, 2, true));
    assert_false(queue_skip(&q, 2, true));
    assert_int_equal(queue_next(&q), 0);
    assert_true(queue_skip(&q, 2, false));
    assert_true(queue_add(&q, 3, "Fråga från salen", 1)); /* next after Ärla */
    assert_false(queue_add(&q, 3, "Fråga från salen", 1)); /* the same again */
    assert_int_equal(q.n, 4);
    assert_int_equal(q.order[1], 3);
    assert_string_equal(q.sp[3].name, "Fråga från salen");
    assert_int_equal(q.sp[3].allotment, 0);
    assert_true(queue_remove(&q, 3));
    assert_false(queue_remove(&q, 1)); /* configured speakers stay */
    assert_int_equal(q.n, 3);
    assert_true(queue_start(&q, 2, MIN(600)));
    assert_false(queue_move(&q, 2, 1, &from)); /* speaking: not in the queue */
    assert_false(queue_skip(&q, 2, true));
    queue_free(&q);
    free_panel(it);
}

/* Through the agenda: s, then queue edits, all taken back in order. */
static void test_agenda_speaker_steps_undo_in_order(void **state)
{
    struct programme *p = xcalloc(1, sizeof *p);
    struct agenda a;
    struct agenda_event ev;

    (void)state;
    p->n_items = 1;
    p->items = make_panel();
    p->path = xstrdup("test");
    p->warn_minutes = 2;
    p->items[0].warn_minutes = p->items[0].min_minutes = -1;
    agenda_init(&a, p);
    assert_true(agenda_event_speaker(&a, MIN(600), &ev)); /* by the plan */
    assert_int_equal(ev.speaker, 0);
    assert_true(agenda_apply(&a, &ev));
    assert_false(agenda_apply(&a, &ev)); /* twice changes nothing */
    ev = (struct agenda_event){.type = AGENDA_SPEAKER_ADD, .item = 0, .speaker = 3,
                               .place = 1};
    strcpy(ev.name, "Fråga från salen");
    assert_true(agenda_apply(&a, &ev));
    ev = (struct agenda_event){.type = AGENDA_SPEAKER_SKIP, .item = 0, .speaker = 2};
    assert_true(agenda_apply(&a, &ev));
    assert_true(agenda_event_speaker(&a, MIN(605), &ev));
    assert_int_equal(ev.speaker, 3); /* the question from the floor */
    assert_true(agenda_apply(&a, &ev));
    /* back, one step at a time */
    assert_true(agenda_event_undo(&a, MIN(606), &ev));
    assert_int_equal(ev.type, AGENDA_SPEAKER_UNSTART);
    assert_true(agenda_apply(&a, &ev));
    assert_true(agenda_event_undo(&a, MIN(606), &ev));
    assert_int_equal(ev.type, AGENDA_SPEAKER_UNSKIP);
    assert_true(agenda_apply(&a, &ev));
    assert_true(agenda_event_undo(&a, MIN(606), &ev));
    assert_int_equal(ev.type, AGENDA_SPEAKER_REMOVE);
    assert_true(agenda_apply(&a, &ev));
    assert_int_equal(a.queues[PEOPLE_SPEAKERS][0].n, 3);
    assert_true(agenda_event_undo(&a, MIN(606), &ev));
    assert_int_equal(ev.type, AGENDA_SPEAKER_UNSTART);
    assert_int_equal(ev.speaker, 0);
    assert_true(agenda_apply(&a, &ev));
    assert_false(agenda_event_undo(&a, MIN(606), &ev));
    agenda_free(&a);
    programme_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turns_and_times),
        cmocka_unit_test(test_move_skip_add_remove),
        cmocka_unit_test(test_agenda_speaker_steps_undo_in_order),
    };

    return cmocka_run_group_tests_name("queue", tests, NULL, NULL);
}
