/* The journal: every kind of event written and replayed into a second
 * agenda gives the same day; undo survives; a torn last line, lines of a
 * newer version and a changed programme are skipped and counted, never
 * fatal; files and directories are private. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "agenda.h"
#include "config.h"
#include "journal.h"
#include "journal_codec.h"
#include "role.h"
#include "xalloc.h"
#include "fixtures.h"

struct fixture {
    char dir[64];
    char *path;
    struct programme *prog;
    struct agenda a;
    struct journal *j;
};

static void apply(void *ctx, const struct agenda_event *ev)
{
    agenda_apply(ctx, ev);
}

static int setup(void **state)
{
    struct fixture *f = xcalloc(1, sizeof *f);
    char err[256];

    snprintf(f->dir, sizeof f->dir, "/tmp/podium-journal-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    f->path = xasprintf("%s/state/podium/day.jsonl", f->dir);
    f->prog = fixture_load(DAY_CFG);
    agenda_init(&f->a, f->prog);
    f->j = journal_open(f->path, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err);
    assert_non_null(f->j);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    char *cmd = xasprintf("rm -rf %s", f->dir);

    journal_close(f->j);
    agenda_free(&f->a);
    programme_free(f->prog);
    assert_int_equal(system(cmd), 0);
    free(cmd);
    free(f->path);
    free(f);
    return 0;
}

/* Takes a step as the app does: journaled, and applied as read back. */
static void step(struct fixture *f, struct agenda_event ev)
{
    unsigned version = f->a.version;
    char err[256];

    assert_int_equal(JOURNAL_SAVED, journal_append(f->j, &f->a, &ev, 0, apply, &f->a, err, sizeof err));
    assert_true(f->a.version != version);
}

static void undo(struct fixture *f, int64_t now)
{
    struct agenda_event ev;

    assert_true(agenda_event_undo(&f->a, now, &ev));
    step(f, ev);
}

/* A second agenda, replayed from the file. */
static struct journal *replay(struct fixture *f, struct agenda *b)
{
    char err[256];
    struct journal *j = journal_open(f->path, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err);

    assert_non_null(j);
    agenda_init(b, f->prog);
    journal_catch_up(j, b, apply, b);
    return j;
}

static void assert_same_day(const struct agenda *x, const struct agenda *y)
{
    assert_int_equal(x->current, y->current);
    assert_int_equal(x->n_undo, y->n_undo);
    assert_int_equal(x->prog->n_items, y->prog->n_items);
    for (size_t i = 0; i < x->prog->n_items; i++) {
        assert_string_equal(x->prog->items[i].title, y->prog->items[i].title);
        assert_int_equal(x->prog->items[i].kind, y->prog->items[i].kind);
    }
    for (size_t i = 0; i <= x->prog->n_items; i++) {
        assert_int_equal(x->st[i].started, y->st[i].started);
        assert_int_equal(x->st[i].actual_start, y->st[i].actual_start);
        assert_int_equal(x->st[i].poll_asked, y->st[i].poll_asked);
        assert_int_equal(x->st[i].film, y->st[i].film);
        assert_int_equal(x->st[i].extra, y->st[i].extra);
        assert_int_equal(x->st[i].cut, y->st[i].cut);
    }
    for (int k = 0; k < PEOPLE_KINDS; k++) {
        for (size_t i = 0; i < x->prog->n_items; i++) {
            const struct queue *p = &x->queues[k][i], *q = &y->queues[k][i];

            assert_int_equal(p->n, q->n);
            assert_int_equal(p->current, q->current);
            for (size_t s = 0; s < p->n; s++) {
                assert_string_equal(p->sp[s].name, q->sp[s].name);
                assert_int_equal(p->sp[s].state, q->sp[s].state);
                assert_int_equal(p->sp[s].spoken, q->sp[s].spoken);
                assert_int_equal(p->sp[s].allotment, q->sp[s].allotment);
                assert_int_equal(p->order[s], q->order[s]);
            }
        }
    }
}

static struct agenda_event people(enum agenda_event_type t, int item, enum people_kind k,
                                  int id, int place, int64_t at)
{
    return (struct agenda_event){.type = t, .item = item, .queue = k, .speaker = id,
                                 .place = place, .at = at};
}

/* Every kind of event, undo among them, replays to the same day. */
static void test_every_event_replays(void **state)
{
    struct fixture *f = *state;
    struct agenda_event add = people(AGENDA_SPEAKER_ADD, 4, PEOPLE_SPEAKERS, 4, 2, HM(11, 20));
    struct agenda b;
    struct journal *j;

    snprintf(add.name, sizeof add.name, "Fråga från salen: Åsa Öberg");
    step(f, start_event(4, HM(11, 2)));
    step(f, (struct agenda_event){.type = AGENDA_POLL_ASKED, .item = 4, .at = HM(11, 3)});
    step(f, people(AGENDA_SPEAKER_START, 4, PEOPLE_SPEAKERS, 0, 0, HM(11, 4)));
    step(f, people(AGENDA_SPEAKER_MOVE, 4, PEOPLE_SPEAKERS, 3, 1, HM(11, 5)));
    step(f, people(AGENDA_SPEAKER_SKIP, 4, PEOPLE_SPEAKERS, 2, 0, HM(11, 6)));
    step(f, add);
    step(f, people(AGENDA_SPEAKER_START, 4, PEOPLE_SPEAKERS, 4, 0, HM(11, 21)));
    undo(f, HM(11, 22)); /* the added speaker did not start after all */
    step(f, start_event(6, HM(12, 31)));
    step(f, (struct agenda_event){.type = AGENDA_FILM, .item = 6, .place = FILM_STANDBY,
                                  .at = HM(12, 31)});
    step(f, (struct agenda_event){.type = AGENDA_FILM, .item = 6, .place = FILM_ROLLING,
                                  .at = HM(12, 32), .with_prev = true});
    step(f, (struct agenda_event){.type = AGENDA_ITEM_LENGTH, .item = 7, .place = 300,
                                  .at = HM(12, 40)});
    step(f, (struct agenda_event){.type = AGENDA_ITEM_LENGTH, .item = 7, .place = -60,
                                  .at = HM(12, 41)});
    undo(f, HM(12, 42)); /* the minute less, taken back */
    step(f, (struct agenda_event){.type = AGENDA_ITEM_CUT, .item = 8, .at = HM(12, 43)});
    step(f, people(AGENDA_SPEAKER_ALLOT, 7, PEOPLE_SPEAKERS, 1, 5 * 60, HM(12, 44)));
    step(f, start_event(9, HM(13, 50)));
    step(f, people(AGENDA_SPEAKER_START, 9, PEOPLE_PRESS, 1, 0, HM(13, 51)));
    j = replay(f, &b);
    assert_same_day(&f->a, &b);
    assert_int_equal(b.st[7].extra, 300);
    assert_true(b.st[8].cut);
    assert_int_equal(b.queues[PEOPLE_SPEAKERS][7].sp[1].allotment, 5 * 60);
    assert_int_equal(journal_stats(j)->events, 18);
    assert_int_equal(b.queues[PEOPLE_SPEAKERS][4].n, 5);
    assert_string_equal(b.queues[PEOPLE_SPEAKERS][4].sp[4].name, "Fråga från salen: Åsa Öberg");
    assert_true(b.undo[b.n_undo - 6].with_prev); /* the roll, undone with its start */
    assert_false(b.undo[b.n_undo - 7].with_prev);
    journal_close(j);
    agenda_free(&b);
}

static void append_raw(const char *path, const char *text)
{
    FILE *fp = fopen(path, "a");

    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static void test_torn_and_unknown_lines_are_skipped(void **state)
{
    struct fixture *f = *state;
    struct agenda b;
    struct journal *j;

    step(f, start_event(2, HM(10, 16)));
    append_raw(f->path, "{\"time\":\"2026-11-25T10:20:00.000+01:00\",\"type\":\"stream_quality\","
                        "\"item\":3}\n");
    step(f, (struct agenda_event){.type = AGENDA_POLL_ASKED, .item = 2, .at = HM(10, 21)});
    append_raw(f->path, "{\"time\":\"2026-11-25T10:22:00.000+01:00\",\"type\":\"item_st");
    j = replay(f, &b);
    assert_int_equal(journal_stats(j)->events, 2);
    assert_int_equal(journal_stats(j)->unknown, 1);
    assert_true(journal_stats(j)->torn_tail);
    assert_true(b.st[2].poll_asked);
    journal_close(j);
    agenda_free(&b);
    /* the next step starts on a line of its own, and all of it reads back */
    step(f, start_event(3, HM(10, 50)));
    j = replay(f, &b);
    assert_int_equal(journal_stats(j)->events, 3);
    assert_int_equal(journal_stats(j)->torn, 1);
    assert_false(journal_stats(j)->torn_tail);
    assert_int_equal(b.current, 3);
    journal_close(j);
    agenda_free(&b);
}

/* The programme changed since (an item renamed, one moved): what still
 * matches by title applies, the rest is counted and named. */
static void test_changed_programme_resumes_as_far_as_it_matches(void **state)
{
    struct fixture *f = *state;
    char *changed = xasprintf("%s/changed.cfg", f->dir), *cmd, err[256];
    struct programme *p2;
    struct agenda b;
    struct journal *j;

    step(f, start_event(2, HM(10, 16)));
    step(f, people(AGENDA_SPEAKER_START, 2, PEOPLE_SPEAKERS, 0, 0, HM(10, 17)));
    step(f, start_event(4, HM(11, 1)));
    cmd = xasprintf("sed -e 's/\"Regional sjukvårdspolitik\"/\"Regionernas politik\"/' "
                    "-e 's/\"Eva Exempelsson\"/\"Eva Andersson\"/' %s > %s", DAY_CFG, changed);
    assert_int_equal(system(cmd), 0);
    p2 = fixture_load(changed);
    agenda_init(&b, p2);
    j = journal_open(f->path, p2, JOURNAL_READ, 0, NULL, err, sizeof err);
    assert_non_null(j);
    journal_catch_up(j, &b, apply, &b);
    assert_int_equal(journal_stats(j)->events, 1);
    assert_int_equal(journal_stats(j)->unmatched, 2);
    assert_string_equal(journal_stats(j)->first_unmatched,
                        "Eva Exempelsson is no longer in the speakers of item 3");
    assert_int_equal(b.current, 2);
    journal_close(j);
    agenda_free(&b);
    programme_free(p2);
    free(cmd);
    free(changed);
}

/* A second terminal on the same journal: its own agenda and handle. */
struct side {
    struct agenda a;
    struct journal *j;
};

static void side_open(struct fixture *f, struct side *s)
{
    char err[256];

    agenda_init(&s->a, f->prog);
    s->j = journal_open(f->path, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err);
    assert_non_null(s->j);
    journal_catch_up(s->j, &s->a, apply, &s->a);
}

static void side_step(struct side *s, const struct agenda_event *ev)
{
    char err[256];

    assert_int_equal(JOURNAL_SAVED, journal_append(s->j, &s->a, ev, 0, apply, &s->a, err, sizeof err));
}

static void side_close(struct side *s)
{
    journal_close(s->j);
    agenda_free(&s->a);
}

/* Both terminals and a replay of the file have the same day. */
static void assert_all_agree(struct fixture *f, struct side *b, struct side *c)
{
    struct agenda r;
    struct journal *j;

    journal_catch_up(b->j, &b->a, apply, &b->a);
    journal_catch_up(c->j, &c->a, apply, &c->a);
    j = replay(f, &r);
    assert_same_day(&b->a, &c->a);
    assert_same_day(&b->a, &r);
    journal_close(j);
    agenda_free(&r);
}

static struct agenda_event added(const char *name, int id)
{
    struct agenda_event ev = {.type = AGENDA_SPEAKER_ADD, .item = 4, .at = HM(11, 1),
                              .speaker = id, .place = id};

    snprintf(ev.name, sizeof ev.name, "%s", name);
    return ev;
}

/* Two terminals take steps computed from what each saw, before seeing
 * the other's: both, and a replay, end with the same day. */
static void test_two_terminals_agree(void **state)
{
    struct fixture *f = *state;
    struct side b, c;
    struct agenda_event nb, nc, ub, uc, ev;

    side_open(f, &b);
    side_open(f, &c);
    /* n pressed in both at once: the day advances once */
    assert_true(agenda_event_next(&b.a, HM(11, 0), &nb));
    assert_true(agenda_event_next(&c.a, HM(11, 0), &nc));
    side_step(&b, &nb);
    side_step(&c, &nc);
    assert_int_equal(b.a.current, nb.item);
    assert_int_equal(c.a.current, nb.item);
    assert_all_agree(f, &b, &c);
    /* a name added in both at once (both thought it id 4): both are there */
    ev = start_event(4, HM(11, 1));
    side_step(&b, &ev);
    journal_catch_up(c.j, &c.a, apply, &c.a);
    ev = added("Xavier från salen", 4);
    side_step(&b, &ev);
    ev = added("Yvonne från salen", 4);
    side_step(&c, &ev);
    assert_int_equal(c.a.queues[PEOPLE_SPEAKERS][4].n, 6);
    assert_string_equal(c.a.queues[PEOPLE_SPEAKERS][4].sp[5].name, "Yvonne från salen");
    assert_all_agree(f, &b, &c);
    /* add, then undo it: a replay can undo further, like the writer */
    assert_true(agenda_event_undo(&b.a, HM(11, 2), &ub));
    side_step(&b, &ub);
    assert_all_agree(f, &b, &c);
    /* a move, then an undo from a terminal that has not seen a later s */
    side_step(&b, &(struct agenda_event){.type = AGENDA_SPEAKER_MOVE, .item = 4,
                                          .speaker = 3, .place = 0, .at = HM(11, 3)});
    journal_catch_up(c.j, &c.a, apply, &c.a);
    assert_true(agenda_event_undo(&c.a, HM(11, 4), &uc)); /* c's u: the move */
    side_step(&b, &(struct agenda_event){.type = AGENDA_SPEAKER_START, .item = 4,
                                          .speaker = 3, .at = HM(11, 4)});
    side_step(&c, &uc);
    assert_int_equal(b.a.queues[PEOPLE_SPEAKERS][4].current, 3); /* the s stands */
    assert_all_agree(f, &b, &c);
    /* the next u takes back the s, not the move a second time */
    assert_true(agenda_event_undo(&b.a, HM(11, 5), &ub));
    assert_int_equal(ub.type, AGENDA_SPEAKER_UNSTART);
    /* + pressed in both within the same second: two steps, two minutes,
     * in both (a new length instead of a change would be one) */
    assert_true(agenda_event_length(&b.a, HM(11, 6), 1, &nb, NULL, 0));
    assert_true(agenda_event_length(&c.a, HM(11, 6), 1, &nc, NULL, 0));
    side_step(&b, &nb);
    side_step(&c, &nc);
    journal_catch_up(b.j, &b.a, apply, &b.a);
    assert_int_equal(b.a.st[4].extra, 120);
    assert_int_equal(c.a.st[4].extra, 120);
    assert_all_agree(f, &b, &c);
    side_close(&b);
    side_close(&c);
}

/* An item inserted in one terminal while another cuts the item after
 * it, computed before it saw the insertion: the cut lands on the item
 * meant (the line names it by title), in both and in a replay; undo
 * takes back the cut, then the insertion, with what was added to it. */
static void test_insert_between_terminals(void **state)
{
    struct fixture *f = *state;
    struct side b, c;
    struct agenda_event ins, cut, ev;
    char why[160], meant[128];

    side_open(f, &b);
    side_open(f, &c);
    ev = start_event(4, HM(11, 1));
    side_step(&b, &ev);
    journal_catch_up(c.j, &c.a, apply, &c.a);
    snprintf(meant, sizeof meant, "%s", c.a.prog->items[5].title);
    assert_true(agenda_event_insert(&b.a, HM(11, 2), 4, "Frågor från publiken", 600,
                                    KIND_TALK, &ins, why, sizeof why));
    assert_true(agenda_event_cut(&c.a, HM(11, 2), 5, &cut, why, sizeof why));
    side_step(&b, &ins);
    side_step(&c, &cut);
    journal_catch_up(b.j, &b.a, apply, &b.a);
    assert_string_equal(c.a.prog->items[5].title, "Frågor från publiken");
    assert_false(c.a.st[5].cut);
    assert_string_equal(c.a.prog->items[6].title, meant);
    assert_true(c.a.st[6].cut);
    assert_all_agree(f, &b, &c);
    /* someone added to the new item, then all taken back in turn */
    ev = (struct agenda_event){.type = AGENDA_SPEAKER_ADD, .item = 5, .at = HM(11, 3),
                               .speaker = 0, .place = 0};
    snprintf(ev.name, sizeof ev.name, "Åsa från salen");
    side_step(&c, &ev);
    assert_int_equal(c.a.queues[PEOPLE_SPEAKERS][5].sp[0].allotment, 600);
    for (int k = 0; k < 3; k++) {
        assert_true(agenda_event_undo(&b.a, HM(11, 4), &ev));
        side_step(&b, &ev);
        journal_catch_up(b.j, &b.a, apply, &b.a);
    }
    assert_int_equal(b.a.prog->n_items, f->prog->n_items);
    assert_false(b.a.st[5].cut);
    assert_all_agree(f, &b, &c);
    side_close(&b);
    side_close(&c);
}

/* A last line that lost only its newline: the next writer ends it, and
 * takes it as every reader will. */
static void test_unended_line_is_taken_by_all(void **state)
{
    struct fixture *f = *state;
    struct agenda_event start = start_event(2, HM(10, 16));
    char *line = journal_encode(&f->a, &start, 0);
    struct side b;
    struct agenda r;
    struct journal *j;

    line[strlen(line) - 1] = '\0';
    append_raw(f->path, line);
    free(line);
    side_open(f, &b);
    assert_int_equal(b.a.current, -1); /* not yet: it may still be coming */
    side_step(&b, &(struct agenda_event){.type = AGENDA_POLL_ASKED, .item = 2,
                                          .at = HM(10, 17)});
    assert_int_equal(b.a.current, 2);
    j = replay(f, &r);
    assert_same_day(&b.a, &r);
    journal_close(j);
    agenda_free(&r);
    side_close(&b);
}

struct streams {
    struct journal_stream got[4];
    int n;
};

static void on_stream(void *ctx, const struct journal_stream *s)
{
    struct streams *st = ctx;

    if (st->n < 4)
        st->got[st->n++] = *s;
}

/* The stream's changes and acknowledgements go through the journal in
 * their order, with their time; one recorder per journal. */
static void test_stream_lines(void **state)
{
    struct fixture *f = *state;
    struct journal_stream down = {.state = STREAM_DOWN, .wall_ms = 1606900000123};
    struct journal_stream ack = {.ack = true, .wall_ms = 1606900005000};
    struct streams st = {0};
    struct agenda b;
    struct journal *j, *other;
    char err[256];

    snprintf(down.reason, sizeof down.reason, "HTTP 503 from https://x/live.m3u8");
    assert_int_equal(JOURNAL_SAVED, journal_append_stream(f->j, &f->a, &down, apply, &f->a, err, sizeof err));
    step(f, start_event(2, HM(10, 16)));
    assert_int_equal(JOURNAL_SAVED, journal_append_stream(f->j, &f->a, &ack, apply, &f->a, err, sizeof err));
    agenda_init(&b, f->prog);
    j = journal_open(f->path, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err);
    journal_on_stream(j, on_stream, &st);
    journal_catch_up(j, &b, apply, &b);
    assert_int_equal(st.n, 2);
    assert_false(st.got[0].ack);
    assert_int_equal(st.got[0].state, STREAM_DOWN);
    assert_string_equal(st.got[0].reason, "HTTP 503 from https://x/live.m3u8");
    assert_int_equal(st.got[0].wall_ms, 1606900000123);
    assert_true(st.got[1].ack);
    assert_int_equal(journal_stats(j)->events, 1); /* stream lines are not the agenda's */
    assert_int_equal(b.current, 2);
    journal_close(j);
    agenda_free(&b);
    /* the first writer to ask records the stream; a second does not */
    other = journal_open(f->path, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err);
    assert_true(journal_stream_recorder(f->j));
    assert_false(journal_stream_recorder(other));
    journal_close(f->j);
    f->j = NULL;
    assert_true(journal_stream_recorder(other)); /* it takes over */
    journal_close(other);
}

/* A rehearsal's clock is kept by the journal that first opened it: a
 * later terminal with other flags tells the same time. */
static void test_rehearsal_clock_in_the_header(void **state)
{
    struct fixture *f = *state;
    struct journal_clock first = {1606900000000, HM(11, 0), 10.0}, later = {0, HM(9, 0), 2.0};
    struct journal_clock got;
    char *path = xasprintf("%s/rehearsal.jsonl", f->dir), err[256];
    struct journal *a = journal_open(path, f->prog, JOURNAL_WRITE, 0, &first, err, sizeof err);
    struct journal *b = journal_open(path, f->prog, JOURNAL_WRITE, 0, &later, err, sizeof err);

    assert_false(journal_clock(f->j, &got)); /* the real day has none */
    assert_true(journal_clock(b, &got));
    assert_int_equal(got.epoch_ms, first.epoch_ms);
    assert_int_equal(got.at, HM(11, 0));
    assert_float_equal(got.speed, 10.0, 1e-9);
    journal_close(a);
    journal_close(b);
    free(path);
}

static void test_private_files(void **state)
{
    struct fixture *f = *state;
    struct stat st;
    char *dir = xasprintf("%s/state/podium", f->dir);

    assert_int_equal(stat(f->path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    free(dir);
}

static void test_set_aside_keeps_the_old_day(void **state)
{
    struct fixture *f = *state;
    char err[256], *aside, *again;

    step(f, start_event(2, HM(10, 16)));
    aside = journal_set_aside(f->path, err, sizeof err);
    assert_non_null(aside);
    assert_int_equal(access(f->path, F_OK), -1);
    assert_int_equal(access(aside, F_OK), 0);
    /* a second new day keeps the first aside as it was */
    append_raw(f->path, "x\n");
    again = journal_set_aside(f->path, err, sizeof err);
    assert_non_null(again);
    assert_string_not_equal(aside, again);
    assert_null(journal_set_aside(f->path, err, sizeof err)); /* nothing left to set aside */
    free(aside);
    free(again);
}

/* Another process holds the lock (flock is per open file: a second
 * open here is another holder, as a terminal stopped with Ctrl-Z). */
static int hold_lock(const char *path)
{
    int fd = open(path, O_RDONLY);

    assert_true(fd >= 0);
    assert_int_equal(flock(fd, LOCK_EX | LOCK_NB), 0);
    return fd;
}

static off_t size_of(const char *path)
{
    struct stat st;

    assert_int_equal(stat(path, &st), 0);
    return st.st_size;
}

/* A held lock is never waited for: the steps queue, in order, and go to
 * the disk after what the others wrote meanwhile once it is free; read
 * again, a queued start of an item another terminal started first
 * changes nothing. */
static void test_held_lock_queues_steps(void **state)
{
    struct fixture *f = *state;
    struct agenda_event start = start_event(2, HM(10, 17));
    struct agenda_event poll = {.type = AGENDA_POLL_ASKED, .item = 2, .at = HM(10, 25)};
    struct agenda_event early = start_event(2, HM(10, 16));
    unsigned version = f->a.version;
    off_t before = size_of(f->path);
    struct side other;
    struct agenda again;
    char err[256];
    int holder = hold_lock(f->path);

    assert_int_equal(JOURNAL_QUEUED, journal_append(f->j, &f->a, &start, 0, apply, &f->a, err,
                                                    sizeof err));
    assert_int_equal(JOURNAL_QUEUED, journal_append(f->j, &f->a, &poll, 0, apply, &f->a, err,
                                                    sizeof err));
    assert_int_equal(journal_queued(f->j), 2);
    assert_int_equal(f->a.version, version); /* nothing read back: the caller shows them */
    assert_int_equal(size_of(f->path), before);
    assert_int_equal(JOURNAL_QUEUED, journal_flush(f->j, err, sizeof err));
    close(holder);
    side_open(f, &other); /* meanwhile another terminal started item 2 */
    side_step(&other, &early);
    assert_int_equal(JOURNAL_SAVED, journal_flush(f->j, err, sizeof err));
    assert_int_equal(journal_queued(f->j), 0);
    agenda_init(&again, f->prog);
    journal_reread(f->j, &again, apply, &again);
    assert_int_equal(again.current, 2);
    assert_int_equal(again.st[2].actual_start, HM(10, 16)); /* the first start stands */
    assert_true(again.st[2].poll_asked);
    assert_int_equal(again.st[2].poll_at, HM(10, 25));
    assert_int_equal(journal_stats(f->j)->events, 3);
    side_close(&other);
    agenda_free(&again);
}

/* Still held at exit: the queued lines are kept beside the journal, whole,
 * and added to it by hand they replay. */
static void test_queued_steps_kept_beside(void **state)
{
    struct fixture *f = *state;
    struct agenda_event start = start_event(3, HM(10, 50));
    struct agenda b;
    struct journal *j;
    char err[256], *kept, *cmd;
    int holder = hold_lock(f->path);

    assert_int_equal(JOURNAL_QUEUED, journal_append(f->j, &f->a, &start, 0, apply, &f->a, err,
                                                    sizeof err));
    assert_int_equal(JOURNAL_QUEUED, journal_flush_within(f->j, 100, err, sizeof err));
    kept = journal_keep_queued(f->j, err, sizeof err);
    assert_non_null(kept);
    assert_int_equal(journal_queued(f->j), 0);
    close(holder);
    cmd = xasprintf("cat '%s' >> '%s'", kept, f->path);
    assert_int_equal(system(cmd), 0);
    j = replay(f, &b);
    assert_int_equal(b.current, 3);
    journal_close(j);
    agenda_free(&b);
    free(cmd);
    free(kept);
}

static char *in_dir(struct fixture *f, const char *name)
{
    return xasprintf("%s/%s", f->dir, name);
}

/* A symbolic link at the journal's path is never followed: a dangling
 * one does not create its target, one to a file leaves it untouched. */
static void test_symlink_is_refused(void **state)
{
    struct fixture *f = *state;
    char *link = in_dir(f, "link.jsonl"), *target = in_dir(f, "target"), err[256];
    struct journal *j;

    assert_int_equal(symlink(target, link), 0);
    assert_null(j = journal_open(link, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err));
    assert_non_null(strstr(err, "symbolic link"));
    assert_int_equal(access(target, F_OK), -1);
    append_raw(target, "");
    assert_null(j = journal_open(link, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err));
    assert_int_equal(size_of(target), 0);
    assert_null(j = journal_open(link, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err));
    free(link);
    free(target);
}

/* A FIFO is no journal (and opening it does not hang); a file anyone may
 * write is refused, one a group shares is kept; reading never creates. */
static void test_only_fit_files(void **state)
{
    struct fixture *f = *state;
    char *fifo = in_dir(f, "fifo"), *missing = in_dir(f, "missing.jsonl"), err[256];
    struct journal *j;

    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_null(journal_open(fifo, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err));
    assert_non_null(strstr(err, "not a regular file"));
    assert_null(journal_open(fifo, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err));
    assert_int_equal(chmod(f->path, 0666), 0);
    assert_null(journal_open(f->path, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err));
    assert_non_null(strstr(err, "chmod o-w"));
    assert_int_equal(chmod(f->path, 0660), 0);
    assert_non_null(j = journal_open(f->path, f->prog, JOURNAL_WRITE, 0, NULL, err, sizeof err));
    journal_close(j);
    assert_null(journal_open(missing, f->prog, JOURNAL_READ, 0, NULL, err, sizeof err));
    assert_int_equal(access(missing, F_OK), -1);
    free(fifo);
    free(missing);
}

/* The default journal's directory is the user's alone, as ssh wants
 * ~/.ssh: made 0700, refused when others may write in it. */
static void test_own_dir(void **state)
{
    struct fixture *f = *state;
    char *path = in_dir(f, "new/podium/day.jsonl"), *dir = in_dir(f, "new/podium"), err[256];
    struct stat st;

    assert_true(journal_own_dir(path, err, sizeof err));
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(chmod(dir, 0770), 0);
    assert_false(journal_own_dir(path, err, sizeof err));
    assert_non_null(strstr(err, "chmod go-w"));
    assert_non_null(strstr(err, "0770"));
    assert_int_equal(chmod(dir, 0707), 0);
    assert_false(journal_own_dir(path, err, sizeof err));
    assert_int_equal(chmod(dir, 0700), 0);
    assert_true(journal_own_dir(path, err, sizeof err));
    free(path);
    free(dir);
}

static struct agenda_event message(const char *text, int by, int64_t at)
{
    struct agenda_event ev = {.type = AGENDA_MESSAGE, .item = -1, .speaker = by, .at = at};

    snprintf(ev.name, sizeof ev.name, "%s", text);
    return ev;
}

/* Messages to the stage and its blackout: journaled, replayed, undone
 * (the message before comes back), and seen by a second terminal, with
 * the sender's role. */
static void test_stage_messages(void **state)
{
    struct fixture *f = *state;
    struct agenda b;
    struct journal *j;
    struct side other;

    side_open(f, &other);
    step(f, message("2 minuter kvar", ROLE_MODERATOR, HM(10, 40)));
    step(f, message("Avrunda", ROLE_PRODUCER, HM(10, 41)));
    step(f, (struct agenda_event){.type = AGENDA_BLACKOUT, .item = -1, .place = 1,
                                  .at = HM(10, 42)});
    assert_string_equal(f->a.message, "Avrunda");
    assert_true(f->a.blackout);
    journal_catch_up(other.j, &other.a, apply, &other.a); /* the other terminal */
    assert_string_equal(other.a.message, "Avrunda");
    assert_int_equal(other.a.message_by, ROLE_PRODUCER);
    assert_true(other.a.blackout);
    undo(f, HM(10, 43)); /* the blackout */
    undo(f, HM(10, 44)); /* Avrunda: 2 minuter kvar is back */
    assert_false(f->a.blackout);
    assert_string_equal(f->a.message, "2 minuter kvar");
    assert_int_equal(f->a.message_by, ROLE_MODERATOR);
    step(f, message("", ROLE_MODERATOR, HM(10, 45))); /* taken down */
    j = replay(f, &b);
    assert_string_equal(b.message, "");
    assert_false(b.blackout);
    assert_int_equal(b.n_undo, f->a.n_undo);
    assert_int_equal(journal_stats(j)->events, 6);
    assert_int_equal(journal_stats(j)->unmatched, 0);
    journal_close(j);
    agenda_free(&b);
    side_close(&other);
}

static void test_default_path(void **state)
{
    struct fixture *f = *state;
    char *p, *r;

    (void)f;
    setenv("XDG_STATE_HOME", "/srv/state", 1);
    p = journal_default_path(f->prog, NULL);
    r = journal_default_path(f->prog, "2026-12-02");
    assert_true(strncmp(p, "/srv/state/podium/2020-11-20-day-cfg-", 36) == 0);
    /* a rehearsal's belongs to the day it is rehearsed on: the next day's
     * is another (it used to resume, run on into PROGRAMME OVER) */
    assert_non_null(strstr(r, "-rehearsal-2026-12-02.jsonl"));
    assert_true(strncmp(r, p, strlen(p) - strlen(".jsonl")) == 0);
    free(p);
    p = journal_default_path(f->prog, "2026-12-03");
    assert_string_not_equal(p, r);
    free(p);
    p = journal_default_path(f->prog, NULL);
    assert_null(strstr(p, "rehearsal"));
    unsetenv("XDG_STATE_HOME");
    setenv("HOME", "/home/moderator", 1);
    free(p);
    p = journal_default_path(f->prog, NULL);
    assert_true(strncmp(p, "/home/moderator/.local/state/podium/", 36) == 0);
    free(p);
    free(r);
}

/* A test over setup's state. */
#define TEST(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_every_event_replays),
        TEST(test_torn_and_unknown_lines_are_skipped),
        TEST(test_changed_programme_resumes_as_far_as_it_matches),
        TEST(test_stream_lines),
        TEST(test_two_terminals_agree),
        TEST(test_insert_between_terminals),
        TEST(test_unended_line_is_taken_by_all),
        TEST(test_rehearsal_clock_in_the_header),
        TEST(test_private_files),
        TEST(test_set_aside_keeps_the_old_day),
        TEST(test_default_path),
        TEST(test_stage_messages),
        TEST(test_held_lock_queues_steps),
        TEST(test_queued_steps_kept_beside),
        TEST(test_symlink_is_refused),
        TEST(test_only_fit_files),
        TEST(test_own_dir),
    };

    return cmocka_run_group_tests_name("journal", tests, NULL, NULL);
}
