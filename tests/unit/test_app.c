/* What keys do to the day, without a screen: n/u with their messages,
 * the quit confirmation, the help overlay, and threshold alerts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>
#include <cmocka.h>

#include "app.h"
#include "app_select.h"
#include "app_keys.h"
#include "app_stream.h"
#include "app_queue.h"
#include "config.h"
#include "keys.h"
#include "xalloc.h"
#include "fixtures.h"

static void app_apply_read_agenda(void *ctx, const struct agenda_event *ev)
{
    agenda_apply(ctx, ev);
}

static struct fake_time now;

/* app on prog (taken over), on a rehearsal clock from at_seconds, moved
 * by hand through now.mono. */
static void app_at(struct app *app, struct programme *prog, int64_t at_seconds)
{
    struct clock c;

    clock_init(&c, fake_source(&now), at_seconds, 1.0);
    app_init(app, prog, c);
}

static int setup(void **state)
{
    static struct app app;

    now = (struct fake_time){0, 0};
    app_at(&app, fixture_load(DAY_CFG), 10 * 3600 + 47 * 60);
    *state = &app;
    return 0;
}

static int teardown(void **state)
{
    app_free(*state);
    return 0;
}

/* Starts item now: a step handed to the app, not a key. */
static void start_now(struct app *app, int item)
{
    struct agenda_event ev = start_event(item, app->now);

    app_submit(app, &ev);
}

static void advance(struct app *app, int64_t ms)
{
    now.mono += ms;
    app_tick(app);
}

static void test_next_and_undo_keys(void **state)
{
    struct app *app = *state;

    assert_int_equal(app->view.current, 2); /* by the plan: Sjukvårdsregionen i fokus */
    /* n starts the item on screen (it used to end it and start Paus) */
    assert_int_equal(app_key(app, 'n'), KEY_HANDLED);
    assert_int_equal(app->view.current, 2);
    assert_false(app->view.following_plan);
    assert_string_equal(app->message, "Started 3 Sjukvårdsregionen i fokus at 10:47:00");
    advance(app, 5000);
    assert_int_equal(app_key(app, ' '), KEY_HANDLED); /* Space is n too */
    assert_int_equal(app->view.current, 3);
    assert_int_equal(app_key(app, 'u'), KEY_HANDLED);
    assert_int_equal(app->view.current, 2);
    assert_string_equal(app->message, "Undid the start of 4 Paus");
    app_key(app, 'u');
    assert_true(app->view.following_plan);
    app_key(app, 'u');
    assert_string_equal(app->message, "Nothing to undo");
    assert_int_equal(app_key(app, 'Z'), KEY_IGNORED); /* bound to nothing */
}

/* ? on a screen too short for every key turns its pages on Space and
 * Down; the last page (and a help of one page) closes on any key, and a
 * key that only closed or turned the help did nothing else. */
static void test_help_pages(void **state)
{
    struct app *app = *state;
    int n = (int)key_table_len;

    assert_int_equal(keys_help_pages(n), 1); /* 80x24: a key a row */
    assert_int_equal(keys_help_per_page(20), 18);
    assert_int_equal(keys_help_pages(20), (n + 17) / 18);
    app->lines = 20;
    app_key(app, '?');
    assert_true(app->help_shown);
    assert_int_equal(app->help_page, 0);
    assert_int_equal(app_key(app, ' '), KEY_HANDLED);
    assert_true(app->help_shown); /* the next page, not n */
    assert_int_equal(app->help_page, 1);
    assert_true(app->view.following_plan);
    for (int p = 2; p < keys_help_pages(20); p++)
        app_key(app, KEYCODE_DOWN);
    app_key(app, ' '); /* the last page: Space closes it */
    assert_false(app->help_shown);
    assert_true(app->view.following_plan);
    app->lines = 40; /* one page: Space closes it at once */
    app_key(app, '?');
    assert_int_equal(app->help_page, 0);
    app_key(app, ' ');
    assert_false(app->help_shown);
    assert_true(app->view.following_plan);
}

static void test_next_after_the_end(void **state)
{
    struct app *app = *state;

    now.mono += (int64_t)(14 * 3600 + 15 * 60 - (10 * 3600 + 47 * 60)) * 1000;
    app_tick(app); /* 14:15: the plan has ended and nothing was started */
    app_key(app, 'n');
    assert_string_equal(app->message, "The plan has ended: nothing left to start");
    assert_true(app->view.following_plan);
}

static void test_overnight_wakes_to_todays_plan(void **state)
{
    struct app *app = *state;

    advance(app, (int64_t)(13 * 3600 + 14 * 60) * 1000); /* 00:01 next day */
    assert_int_equal(app->now, 60);
    assert_int_equal(app->view.current, -1); /* before the day, not over */
    app_key(app, 'n');
    advance(app, (int64_t)24 * 3600 * 1000); /* a day under way runs on */
    assert_int_equal(app->now, 60 + 24 * 3600);
    assert_int_equal(app->view.current, 0);
    assert_int_equal(app->view.state, TIME_OVER);
}

static void test_poll_key(void **state)
{
    struct app *app = *state;

    /* 10:47 by the plan: 3 Sjukvårdsregionen i fokus, which has a poll */
    app_key(app, 'm');
    assert_string_equal(app->message,
                        "Poll question of 3 Sjukvårdsregionen i fokus asked at 10:47:00");
    app_key(app, 'm');
    assert_string_equal(app->message, "The poll question is marked asked already (u undoes)");
    app_key(app, 'n'); /* it starts on screen */
    app_key(app, 'n'); /* and Paus after it */
    app_key(app, 'm');
    assert_string_equal(app->message, "4 Paus has no poll question");
    app_key(app, 'u');
    app_key(app, 'u');
    app_key(app, 'u');
    assert_string_equal(app->message,
                        "Undid the poll question of 3 Sjukvårdsregionen i fokus marked asked");
}

static void type(struct app *app, const unsigned *cps)
{
    for (; *cps; cps++)
        app_key(app, (int)*cps);
}

static void test_adding_a_speaker_by_name(void **state)
{
    struct app *app = *state;
    /* "Öqn å": q and n are text here, not quit and next */
    const unsigned name[] = {0xd6, 'q', 'n', ' ', 0xe5, 'x', 0};
    const struct queue *q;

    advance(app, 14 * 60 * 1000); /* 11:01, the panel of four */
    q = &app->agenda.queues[PEOPLE_SPEAKERS][4];
    app_key(app, 's');
    app_key(app, 'O'); /* opens a line above: to go next */
    type(app, name);
    app_key(app, KEYCODE_BACKSPACE); /* the x */
    assert_string_equal(app->entry.text, "Öqn å");
    assert_false(app->confirm_quit);
    app_key(app, '\n');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
    assert_int_equal(q->n, 5);
    assert_string_equal(q->sp[4].name, "Öqn å");
    assert_int_equal(queue_next(q), 4); /* to speak next */
    assert_string_equal(app->message, "Added Öqn å to go next");
    /* an equal share of what is left of the panel (11:01 to 11:45, 44
     * min) among the five yet to finish (one speaking, three waiting, the
     * new one): 8 min, whole minutes (it used to be no allotment at all) */
    assert_int_equal(q->sp[4].allotment, 8 * 60);
    app_key(app, 'o'); /* below: at the end */
    type(app, (const unsigned[]){'E', 'j', 0});
    app_key(app, KEY_ESC);
    assert_int_equal(q->n, 5);
    assert_string_equal(app->message, "No speaker added");
    app_key(app, 'o');
    type(app, (const unsigned[]){' ', ' ', 0});
    app_key(app, '\n'); /* only spaces: nothing added */
    assert_int_equal(q->n, 5);
    app_key(app, 'o');
    type(app, (const unsigned[]){' ', 'E', 'j', ' ', 0});
    app_key(app, '\n');
    assert_string_equal(q->sp[5].name, "Ej"); /* trimmed */
    app_key(app, 'u');
    app_key(app, 'u'); /* takes the addition back */
    assert_int_equal(q->n, 4);
    /* a is the alarm's alone: without one it says so and opens nothing
     * (it used to open the entry, which took every key after it); on
     * the moderator's screen it is the technician's, so it asks first */
    app_key(app, 'a');
    assert_string_equal(app->question, "This is the technician's: do it anyway?");
    app_key(app, 'y');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
    assert_string_equal(app->message, "No stream is watched: no alarm to acknowledge");
    app_key(app, 'A');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
}

/* Roles guard their domains: the producer's f on the moderator's screen
 * asks, and anything but y leaves it (an n answering is no n); u of a
 * step of another role's names it and asks. */
static void test_roles_guard_their_domains(void **state)
{
    struct app *app = *state;
    int current = app->agenda.current;

    app_key(app, 'f');
    assert_int_equal(app->asked, ACT_FILM);
    assert_string_equal(app->question, "This is the producer's: do it anyway?");
    app_key(app, 'n');
    assert_int_equal(app->asked, ACT_NONE);
    assert_string_equal(app->message, "Not done");
    assert_int_equal(app->agenda.current, current);
    app_key(app, '+'); /* the moderator's own: at once */
    assert_int_equal(app->asked, ACT_NONE);
    assert_int_equal(app->agenda.st[2].extra, 60);
    app_set_role(app, ROLE_PRODUCER);
    app_key(app, 'u');
    assert_int_equal(app->asked, ACT_UNDO);
    assert_string_equal(app->question,
                        "Undo the moderator's step, +1 min on 3 Sjukvårdsregionen i fokus?");
    app_key(app, 'y');
    assert_int_equal(app->agenda.st[2].extra, 0);
    /* asked, then the day moves on in another terminal: y does not act on
     * a day it was not asked about (found by a walk-through) */
    app_key(app, 'n');
    assert_int_equal(app->asked, ACT_NEXT);
    start_now(app, 2);
    app_key(app, 'y');
    assert_string_equal(app->message,
                        "Not done: the day changed meanwhile (another terminal); press the key again");
    assert_int_equal(app->agenda.current, 2);
    app_key(app, '\t'); /* a queue key follows the focus: press is the producer's */
    app_key(app, 'j');
    assert_int_equal(app->asked, ACT_NONE);
}

/* The producer at 10:47, long before the press slot (item 10, 13:45). */
static void test_press_keys_and_focus(void **state)
{
    struct app *app = *state;
    const struct queue *press = &app->agenda.queues[PEOPLE_PRESS][9];

    app_set_role(app, ROLE_PRODUCER);
    assert_int_equal(app->focus, PEOPLE_PRESS);
    assert_int_equal(app_queue_item(app, PEOPLE_PRESS), 9);
    /* the queue keys reorder the bookings while the journalists wait */
    app_key(app, 'j');
    assert_int_equal(app_selected(app, PEOPLE_PRESS), 1);
    app_key(app, 'K');
    assert_int_equal(press->order[0], 1);
    assert_string_equal(app->message, "Moved SVT Sydnytt (exempel) up");
    /* Tab: the agenda, then the current item's speakers */
    app_key(app, '\t');
    assert_true(app->agenda_focus);
    app_key(app, '\t');
    assert_false(app->agenda_focus);
    assert_int_equal(app->focus, PEOPLE_SPEAKERS);
    app_key(app, 'x'); /* the speakers are the moderator's: asked first */
    assert_int_equal(app->asked, ACT_SKIP);
    app_key(app, 'y');
    assert_int_equal(app->agenda.queues[PEOPLE_SPEAKERS][2].sp[0].state, SPK_SKIPPED);
    assert_int_equal(press->order[0], 1);
    app_key(app, 'u');
    app_key(app, 'y'); /* the skip was the moderator's step */
    assert_int_equal(app->agenda.queues[PEOPLE_SPEAKERS][2].sp[0].state, SPK_WAITING);
    app_key(app, '\t');
    assert_int_equal(app->focus, PEOPLE_PRESS);
    /* p never jumps the day ahead to the press slot... */
    app_key(app, 'p');
    assert_int_equal(app->view.current, 2);
    assert_int_equal(press->current, -1);
    assert_string_equal(app->message,
                        "The press slot (10) is not next: n starts the items before it");
    /* ...but once Summering runs, it opens the slot with the first booking */
    start_now(app, 8);
    app_key(app, 'p');
    app_key(app, 'y'); /* Summering has time left: asked first */
    assert_int_equal(app->view.current, 9);
    assert_int_equal(press->current, 1);
    assert_string_equal(app->message, "Interview: SVT Sydnytt (exempel) with Lena Hallengren");
    advance(app, 60 * 1000);
    app_key(app, 'p');
    assert_int_equal(press->current, 0);
    assert_int_equal(queue_spoken(press, 1, app->now), 60);
    /* a booking added on the day, by name, goes next */
    app_key(app, 'O');
    type(app, (const unsigned[]){'T', 'V', '4', 0});
    app_key(app, '\n');
    assert_string_equal(press->sp[4].name, "TV4");
    assert_int_equal(app_selected(app, PEOPLE_PRESS), 4);
    assert_int_equal(app->agenda.queues[PEOPLE_SPEAKERS][9].n, 0);
}

/* f that rolls the film starts its item in the same key press: one u
 * takes both back, and says so. */
static void test_cue_and_its_item_undo_as_one(void **state)
{
    struct app *app = *state;

    app_set_role(app, ROLE_PRODUCER);
    start_now(app, 5);
    app_key(app, 'f'); /* standby */
    app_key(app, 'f'); /* rolls, and starts the film's item */
    assert_int_equal(app->agenda.current, 6);
    assert_int_equal(app->view.film, FILM_ROLLING);
    app_key(app, 'u');
    assert_int_equal(app->agenda.current, 5);
    assert_int_equal(app->view.film, FILM_STANDBY);
    assert_string_equal(app->message,
                        "Undid a film cue of 7 Film med gott exempel från regionen and the "
                        "start of 7 Film med gott exempel från regionen");
    app_key(app, 'u'); /* the standby is a step of its own */
    assert_int_equal(app->view.film, FILM_WAITING);
    assert_int_equal(app->agenda.current, 5);
}

static void test_tab_keeps_focus_without_another_queue(void **state)
{
    struct app *app = *state;

    app_key(app, 'n');  /* Sjukvårdsregionen i fokus starts */
    app_key(app, 'n');  /* Paus: no speakers */
    app_key(app, '\t'); /* the press slot is ahead: it takes the focus */
    assert_int_equal(app->focus, PEOPLE_PRESS);
    app_key(app, '\t'); /* the agenda */
    assert_true(app->agenda_focus);
    /* Paus has no speakers, but it runs: o can add one, so Tab stops
     * there (it went on to the press, where o asked the producer's) */
    app_key(app, '\t');
    assert_false(app->agenda_focus);
    assert_int_equal(app->focus, PEOPLE_SPEAKERS);
    assert_string_equal(app->message, "Queue keys act on the speakers (none yet: o adds one)");
    app_key(app, 'o');
    assert_int_equal(app->entry.kind, ENTRY_NAME);
    assert_int_equal(app->entry.queue, PEOPLE_SPEAKERS);
}

/* Tab's third stop, the agenda: Up/Down select an item still to come, x
 * cuts it (it takes no time, n passes it), u brings it back. */
static void test_agenda_focus_cuts(void **state)
{
    struct app *app = *state;

    app_key(app, '\t'); /* the press bookings (ahead) */
    app_key(app, '\t');
    assert_true(app->agenda_focus);
    assert_int_equal(app_agenda_selected(app), 3); /* Paus, after the item on screen */
    app_key(app, KEYCODE_UP); /* never the item on screen */
    assert_int_equal(app_agenda_selected(app), 3);
    app_key(app, KEYCODE_DOWN);
    app_key(app, 'x');
    assert_string_equal(app->message,
                        "Cut 5 Regional sjukvårdspolitik (x again or u brings it back)");
    assert_int_equal(app->view.items[4].status, ITEM_CUT);
    app_key(app, 'x'); /* back, and cut once more */
    assert_string_equal(app->message, "Brought back 5 Regional sjukvårdspolitik (x cuts it)");
    assert_int_equal(app->view.items[4].status, ITEM_UPCOMING);
    app_key(app, 'x');
    app_key(app, 'n'); /* the item on screen */
    app_key(app, 'n'); /* Paus */
    app_key(app, 'n'); /* Lunch: the cut item is passed over */
    assert_int_equal(app->view.current, 5);
    assert_int_equal(app->view.items[4].status, ITEM_CUT);
    app_key(app, 'u');
    app_key(app, 'u');
    app_key(app, 'u');
    app_key(app, 'u');
    assert_string_equal(app->message, "Undid the cut of 5 Regional sjukvårdspolitik");
    assert_int_equal(app->view.items[4].status, ITEM_UPCOMING);
}

/* i: a new item after the one on screen (in the agenda, after the
 * selected one): its title, its minutes (digits only), its kind (one
 * key); n reaches it; u takes it out. Esc or an empty title leaves. */
static void test_insert_entry(void **state)
{
    struct app *app = *state;
    struct agenda_event other = {.type = AGENDA_ITEM_INSERT, .place = 300, .kind = KIND_TALK,
                                 .name = "Elsewhere"};

    app_key(app, 'i');
    assert_int_equal(app->entry.kind, ENTRY_TITLE);
    app_key(app, '\n');
    assert_string_equal(app->message, "No item inserted: it needs a title");
    app_key(app, 'i');
    type(app, (const unsigned[]){'F', 'r', 0xe5, 'g', 'o', 'r', 0});
    app_key(app, '\n');
    assert_int_equal(app->entry.kind, ENTRY_MINUTES);
    type(app, (const unsigned[]){'1', 'x', '0', 0});
    assert_string_equal(app->entry.text, "10");
    app_key(app, '\n');
    assert_int_equal(app->entry.kind, ENTRY_KIND);
    app_key(app, 'z'); /* no kind: nothing */
    assert_int_equal(app->entry.kind, ENTRY_KIND);
    app_key(app, 'p');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
    assert_string_equal(app->message, "Inserted 4 Frågor, 10 min panel (u takes it out)");
    assert_string_equal(app->prog->items[3].title, "Frågor");
    assert_int_equal(app->prog->items[3].kind, KIND_PANEL);
    assert_string_equal(app->prog->items[4].title, "Paus");
    assert_int_equal(app->view.items[3].end - app->view.items[3].start, 10 * 60);
    app_key(app, 'n'); /* the item on screen */
    app_key(app, 'n');
    assert_int_equal(app->view.current, 3);
    app_key(app, 'u');
    app_key(app, 'u');
    app_key(app, 'u'); /* the starts first, then the insertion */
    assert_string_equal(app->message, "Undid the new item 4 Frågor");
    assert_string_equal(app->prog->items[3].title, "Paus");
    /* another terminal inserts before the item the new one goes after,
     * while its title is typed: the entry stays on that item */
    app_key(app, 'i');
    type(app, (const unsigned[]){'X', 0});
    other.item = 1;
    assert_true(agenda_apply(&app->agenda, &other));
    app_tick(app);
    app_settle(app);
    assert_int_equal(app->entry.kind, ENTRY_TITLE);
    assert_int_equal(app->entry.item, 3);
    assert_string_equal(app->prog->items[3].title, "Sjukvårdsregionen i fokus");
    assert_string_equal(app->entry.text, "X");
}

/* The entry line as the day changes under it: a speaker taken out by
 * another terminal while their time is typed leaves it, saying so (it
 * read freed memory); wrong minutes keep it open; a new item's place
 * moves on with the day; the agenda's selection follows its item when
 * another terminal inserts one before it. */
static void test_entry_follows_the_day(void **state)
{
    struct app *app = *state;
    struct agenda_event gone = {.type = AGENDA_SPEAKER_REMOVE, .item = 2,
                                .queue = PEOPLE_SPEAKERS, .speaker = 2, .undo = true};
    struct agenda_event other = {.type = AGENDA_ITEM_INSERT, .item = 2, .place = 300,
                                 .kind = KIND_TALK, .name = "Elsewhere"};

    app_key(app, 'i'); /* after 3 Sjukvårdsregionen i fokus, on screen by the plan */
    type(app, (const unsigned[]){'X', '\n', '9', '9', '9', '9', '\n', 0});
    assert_int_equal(app->entry.kind, ENTRY_MINUTES);
    assert_string_equal(app->entry.note, "Minutes are 1 to 720; Esc leaves it");
    type(app, (const unsigned[]){'5', '\n', 0});
    assert_int_equal(app->entry.kind, ENTRY_KIND);
    assert_string_equal(app->entry.note, "");
    advance(app, 4 * 60 * 1000); /* 10:51: the plan is on Paus */
    app_settle(app);
    assert_int_equal(app->entry.item, 3);
    app_key(app, 't');
    assert_string_equal(app->message, "Inserted 5 X, 5 min talk (u takes it out)");
    app_key(app, 'n'); /* Paus starts */
    app_key(app, 'o');
    type(app, (const unsigned[]){'A', 'n', 'n', 'a', '\n', 0});
    app_key(app, 'e');
    assert_int_equal(app->entry.kind, ENTRY_ALLOTMENT);
    type(app, (const unsigned[]){'3', 0});
    gone.item = 3;
    gone.speaker = 0;
    assert_true(agenda_apply(&app->agenda, &gone));
    app_tick(app);
    app_settle(app);
    /* the entry stays open, going nowhere: keys typed on are not commands */
    assert_int_equal(app->entry.kind, ENTRY_ALLOTMENT);
    assert_string_equal(app->entry.gone, "that one is no longer in the queue (another terminal)");
    type(app, (const unsigned[]){'n', 'u', 0});
    assert_int_equal(app->agenda.current, 3); /* n started nothing */
    app_key(app, '\n');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
    assert_string_equal(app->message, "Not done (3nu): that one is no longer in the queue "
                                      "(another terminal)");
    /* the selection on the agenda stays on its item */
    app_key(app, '\t');
    app_key(app, '\t');
    assert_true(app->agenda_focus);
    app_key(app, KEYCODE_DOWN);
    assert_string_equal(app->prog->items[app_agenda_selected(app)].title,
                        "Regional sjukvårdspolitik");
    other.item = 3;
    assert_true(agenda_apply(&app->agenda, &other));
    app_tick(app);
    app_settle(app);
    assert_string_equal(app->prog->items[app_agenda_selected(app)].title,
                        "Regional sjukvårdspolitik");
}

/* The agenda's selected item started by another terminal: x says it
 * runs, and cuts nothing (it cut the item after it). */
static void test_selection_stays_when_the_day_reaches_it(void **state)
{
    struct app *app = *state;

    app_key(app, 'n'); /* Sjukvårdsregionen i fokus */
    app_key(app, '\t');
    app_key(app, '\t');
    app_key(app, KEYCODE_DOWN);
    app_key(app, KEYCODE_UP); /* Paus */
    assert_int_equal(app_agenda_selected(app), 3);
    start_now(app, 3);
    app_key(app, 'x');
    assert_string_equal(app->message, "Paus runs: only an item still to come can be cut");
    assert_false(app->agenda.st[4].cut);
    app_key(app, KEYCODE_DOWN); /* on from there: the first still to come */
    assert_int_equal(app_agenda_selected(app), 4);
}

/* The producer's first p or rolling f starts its item: where that cuts
 * short the moderator's item (someone on stage, time left) it asks. */
static void test_cue_asks_before_ending_the_moderators_item(void **state)
{
    struct app *app = *state;

    start_now(app, 8); /* Summering, 30 min */
    app_set_role(app, ROLE_PRODUCER);
    app_key(app, 'p');
    assert_int_equal(app->asked, ACT_PRESS);
    assert_string_equal(app->question, "This ends 9 Summering, the moderator's, before its time: "
                                       "do it anyway?");
    app_key(app, 'y');
    assert_int_equal(app->agenda.current, 9);
}

/* e on a queue: the selected one's time in minutes (the next when none
 * is selected); on the agenda: the selected item's length; only digits
 * are taken; each a step, undone by u. */
static void test_agenda_length_entry(void **state)
{
    struct app *app = *state;
    const struct queue *q = &app->agenda.queues[PEOPLE_SPEAKERS][2];

    app_key(app, 'e'); /* Eva Exempelsson, next in Sjukvårdsregionen i fokus */
    assert_int_equal(app->entry.kind, ENTRY_ALLOTMENT);
    assert_int_equal(app->entry.speaker, 0);
    type(app, (const unsigned[]){'2', '0', 0});
    app_key(app, '\n');
    assert_string_equal(app->message, "Eva Exempelsson has 20 min now (was 25)");
    assert_int_equal(q->sp[0].allotment, 20 * 60);
    app_key(app, 'u');
    assert_int_equal(q->sp[0].allotment, 25 * 60);
    app_key(app, '\t');
    app_key(app, '\t');
    app_key(app, KEYCODE_DOWN); /* 5 Regional sjukvårdspolitik, 45 min */
    app_key(app, 'e');
    assert_int_equal(app->entry.kind, ENTRY_LENGTH);
    type(app, (const unsigned[]){'3', 'x', 'n', '0', 0}); /* x and n are no digits */
    assert_string_equal(app->entry.text, "30");
    app_key(app, '\n');
    assert_string_equal(app->message, "5 Regional sjukvårdspolitik is 30 min now (was 45)");
    assert_int_equal(agenda_item_length(&app->agenda, 4), 30 * 60);
    assert_int_equal(app->view.items[4].end - app->view.items[4].start, 30 * 60);
    app_key(app, 'e');
    type(app, (const unsigned[]){'5', 0});
    app_key(app, KEY_ESC);
    assert_string_equal(app->message, "Unchanged");
    app_key(app, 'u');
    assert_int_equal(agenda_item_length(&app->agenda, 4), 45 * 60);
}

/* Another podium holds the journal (stopped with Ctrl-Z while writing):
 * the steps are shown at once, marked not saved yet, and once the lock
 * is free they are on the disk in order and the screen is the day read
 * back from it (the added speaker once, not twice). */
static void test_steps_wait_for_a_held_journal(void **state)
{
    struct app *app = *state;
    char dir[] = "/tmp/podium-app-XXXXXX", *path, err[256];
    struct journal *j;
    struct agenda b;
    const struct queue *q;
    int holder;

    assert_non_null(mkdtemp(dir));
    path = xasprintf("%s/day.jsonl", dir);
    assert_non_null(j = journal_open(path, app->config, JOURNAL_WRITE, 0, NULL, err, sizeof err));
    app_set_journal(app, j, false);
    holder = open(path, O_RDONLY);
    assert_int_equal(flock(holder, LOCK_EX | LOCK_NB), 0);
    app_key(app, 'n');
    assert_false(app->view.following_plan);
    assert_non_null(strstr(app->save_error, "NOT SAVED YET"));
    app_key(app, 'o');
    type(app, (const unsigned[]){'A', 'n', 'n', 'a', '\n', 0});
    q = &app->agenda.queues[PEOPLE_SPEAKERS][2];
    assert_string_equal(q->sp[q->n - 1].name, "Anna");
    assert_non_null(strstr(app->save_error, "2 steps wait"));
    advance(app, 1000);
    app_follow(app);
    assert_non_null(strstr(app->save_error, "NOT SAVED YET"));
    close(holder);
    advance(app, 1000);
    app_follow(app);
    assert_string_equal(app->save_error, "");
    q = &app->agenda.queues[PEOPLE_SPEAKERS][2];
    assert_string_equal(q->sp[q->n - 1].name, "Anna");
    assert_string_not_equal(q->sp[q->n - 2].name, "Anna");
    assert_false(app->view.following_plan);
    /* the disk has both: a replay agrees */
    assert_non_null(j = journal_open(path, app->config, JOURNAL_READ, 0, NULL, err, sizeof err));
    agenda_init(&b, app->config);
    journal_catch_up(j, &b, app_apply_read_agenda, &b);
    assert_int_equal(b.current, 2);
    assert_int_equal(b.queues[PEOPLE_SPEAKERS][2].n, q->n);
    journal_close(j);
    agenda_free(&b);
    unlink(path);
    free(path);
    assert_int_equal(rmdir(dir), 0);
}

/* M, then a digit, sends a set message (two keys); what is typed after
 * the digit goes nowhere until Enter or Esc, never to the dashboard as
 * keys (" minut" once started the next item with its space); a digit
 * with no message set is text; a refused text keeps the line open. */
static void test_message_entry(void **state)
{
    struct app *app = *state;
    char *set[] = {"2 minuter kvar", "Avrunda"};
    int current = app->agenda.current;

    app->prog->messages = set;
    app->prog->n_messages = 2;
    app_key(app, 'M');
    assert_int_equal(app->entry.kind, ENTRY_MESSAGE);
    type(app, (const unsigned[]){'1', ' ', 'm', 'i', 'n', 'u', 't', 0});
    assert_string_equal(app->agenda.message, "2 minuter kvar");
    assert_int_equal(app->entry.kind, ENTRY_MESSAGE); /* still open: the rest went nowhere */
    assert_int_equal(app->agenda.current, current);
    assert_false(app->agenda.st[app->view.current].poll_asked);
    app_key(app, '\n');
    assert_int_equal(app->entry.kind, ENTRY_NONE);
    assert_int_equal(app->agenda.current, current);
    app_key(app, 'M');
    type(app, (const unsigned[]){'5', ' ', 'm', 'i', 'n', 0}); /* no fifth: text */
    assert_string_equal(app->entry.text, "5 min");
    type(app, (const unsigned[]){0x202e, '\n', 0}); /* refused: the line stays */
    assert_int_equal(app->entry.kind, ENTRY_MESSAGE);
    assert_string_equal(app->agenda.message, "2 minuter kvar");
    app_key(app, KEYCODE_BACKSPACE);
    app_key(app, '\n');
    assert_string_equal(app->agenda.message, "5 min");
    assert_string_equal(app->message, "To the stage: 5 min");
    app->prog->messages = NULL;
    app->prog->n_messages = 0;
}

static void test_quit_needs_y(void **state)
{
    struct app *app = *state;

    assert_int_equal(app_key(app, 'q'), KEY_HANDLED);
    assert_true(app->confirm_quit);
    assert_int_equal(app_key(app, 'n'), KEY_HANDLED); /* not y: stay, and n is not taken */
    assert_false(app->confirm_quit);
    assert_true(app->view.following_plan);
    app_key(app, 'q');
    assert_int_equal(app_key(app, 'y'), KEY_QUIT);
}

static void test_help_closes_on_any_key(void **state)
{
    struct app *app = *state;

    app_key(app, '?');
    assert_true(app->help_shown);
    app_key(app, 'n'); /* closes the help without acting */
    assert_false(app->help_shown);
    assert_true(app->view.following_plan);
    app_key(app, '?');
    app_key(app, 'q'); /* but q still asks */
    assert_false(app->help_shown);
    assert_true(app->confirm_quit);
}

/* A second app, started at at_seconds on app's programme (handed on:
 * app's teardown then has none to free). */
static void start_late(struct app *app, struct app *late, int64_t at_seconds)
{
    struct programme *p = app->config;

    app->config = NULL;
    app_at(late, p, at_seconds);
}

static void test_no_alert_when_starting_inside_a_warning(void **state)
{
    struct app late;

    /* 09:58:30 by the plan: the first item ends 10:00, already warning */
    start_late(*state, &late, 9 * 3600 + 58 * 60 + 30);
    assert_int_equal(late.view.current, 0);
    assert_int_equal(late.view.state, TIME_WARN);
    app_tick(&late);
    assert_int_equal(late.alerts, 0);
    app_free(&late);
}

static void test_no_alert_when_starting_inside_the_film_reminder(void **state)
{
    struct app late;

    start_late(*state, &late, 12 * 3600 + 29 * 60);
    assert_true(late.view.film_reminder);
    assert_int_equal(late.alerts, 0);
    app_free(&late);
}

static void test_alert_once_per_threshold(void **state)
{
    struct app *app = *state;

    app_key(app, 'n'); /* Sjukvårdsregionen i fokus starts, then */
    app_key(app, 'n'); /* Paus 10:47:00, runs to 11:00 (13 min) */
    advance(app, (13 * 60 - 121) * 1000LL);
    assert_int_equal(app->view.state, TIME_OK);
    assert_int_equal(app->alerts, 0);
    advance(app, 1000);
    assert_int_equal(app->view.state, TIME_WARN);
    assert_int_equal(app->alerts, 1);
    advance(app, 1000);
    assert_int_equal(app->alerts, 1); /* still warn: no second flash */
    advance(app, 121 * 1000LL);
    assert_int_equal(app->view.state, TIME_OVER);
    assert_int_equal(app->alerts, 2);
    app_key(app, 'n'); /* a new item in OK state: no alert */
    assert_int_equal(app->alerts, 2);
}

/* A test over setup's state. */
#define TEST(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_next_and_undo_keys),
        TEST(test_help_pages),
        TEST(test_next_after_the_end),
        TEST(test_overnight_wakes_to_todays_plan),
        TEST(test_poll_key),
        TEST(test_adding_a_speaker_by_name),
        TEST(test_press_keys_and_focus),
        TEST(test_cue_and_its_item_undo_as_one),
        TEST(test_roles_guard_their_domains),
        TEST(test_agenda_focus_cuts),
        TEST(test_agenda_length_entry),
        TEST(test_insert_entry),
        TEST(test_entry_follows_the_day),
        TEST(test_selection_stays_when_the_day_reaches_it),
        TEST(test_cue_asks_before_ending_the_moderators_item),
        TEST(test_tab_keeps_focus_without_another_queue),
        TEST(test_quit_needs_y),
        TEST(test_message_entry),
        TEST(test_steps_wait_for_a_held_journal),
        TEST(test_help_closes_on_any_key),
        TEST(test_no_alert_when_starting_inside_a_warning),
        TEST(test_alert_once_per_threshold),
        TEST(test_no_alert_when_starting_inside_the_film_reminder),
    };

    return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
