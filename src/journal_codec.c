#include "journal_codec.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "iso8601.h"
#include "journal.h"
#include "role.h"
#include "safe.h"
#include "xalloc.h"

static const char *const type_names[] = {
    [AGENDA_ITEM_START] = "item_start",         [AGENDA_ITEM_UNSTART] = "item_unstart",
    [AGENDA_POLL_ASKED] = "poll_asked",         [AGENDA_POLL_UNASKED] = "poll_unasked",
    [AGENDA_SPEAKER_START] = "speaker_start",   [AGENDA_SPEAKER_UNSTART] = "speaker_unstart",
    [AGENDA_SPEAKER_MOVE] = "speaker_move",     [AGENDA_SPEAKER_SKIP] = "speaker_skip",
    [AGENDA_SPEAKER_UNSKIP] = "speaker_unskip", [AGENDA_SPEAKER_ADD] = "speaker_add",
    [AGENDA_SPEAKER_REMOVE] = "speaker_remove", [AGENDA_FILM] = "film",
    [AGENDA_FILM_BACK] = "film_back",           [AGENDA_ITEM_LENGTH] = "item_length",
    [AGENDA_ITEM_CUT] = "item_cut",             [AGENDA_ITEM_UNCUT] = "item_uncut",
    [AGENDA_SPEAKER_ALLOT] = "speaker_allot",   [AGENDA_ITEM_INSERT] = "item_insert",
    [AGENDA_ITEM_REMOVE] = "item_remove",       [AGENDA_MESSAGE] = "message",
    [AGENDA_BLACKOUT] = "blackout",
};
#define N_TYPES (sizeof type_names / sizeof type_names[0])

static const char *const queue_names[] = {"speakers", "press"};

/* The title an event on the programme's end carries. */
#define END_TITLE "(end of the programme)"

void journal_format_wall(int64_t wall_ms, char out[40])
{
    time_t s = (time_t)(wall_ms / 1000);
    struct tm tm;
    char zone[8];

    localtime_r(&s, &tm);
    strftime(out, 40, "%Y-%m-%dT%H:%M:%S", &tm);
    strftime(zone, sizeof zone, "%z", &tm); /* +0100: ISO 8601 wants +01:00 */
    snprintf(out + strlen(out), 40 - strlen(out), ".%03d%.3s:%.2s", (int)(wall_ms % 1000), zone,
             zone + 3);
}

/* The stage screens' events name no item. */
static bool is_stage_event(enum agenda_event_type t)
{
    return t == AGENDA_MESSAGE || t == AGENDA_BLACKOUT;
}

/* A message's text and its sender's role, or the screens' state. */
static void encode_stage(json_t *o, const struct agenda_event *ev)
{
    if (ev->type == AGENDA_BLACKOUT) {
        json_object_set_new(o, "on", json_boolean(ev->place));
        return;
    }
    json_object_set_new(o, "text", json_string(ev->name));
    json_object_set_new(o, "role", json_string(role_name((enum role)ev->speaker)));
}

static enum decode_result decode_stage(json_t *o, struct agenda_event *ev, char *why,
                                       size_t whysize)
{
    const char *text = json_string_value(json_object_get(o, "text"));
    const char *role = json_string_value(json_object_get(o, "role"));
    enum role by;

    ev->item = -1;
    if (ev->type == AGENDA_BLACKOUT) {
        ev->place = json_is_true(json_object_get(o, "on"));
        return DECODE_EVENT;
    }
    if (text == NULL || strlen(text) >= sizeof ev->name || safe_has_control(text)) {
        snprintf(why, whysize, "%s", _("a message to the stage without a line of text"));
        return DECODE_UNMATCHED;
    }
    snprintf(ev->name, sizeof ev->name, "%s", text);
    if (role && role_parse(role, &by))
        ev->speaker = (int)by;
    return DECODE_EVENT;
}

static bool is_speaker_event(enum agenda_event_type t)
{
    return (t >= AGENDA_SPEAKER_START && t <= AGENDA_SPEAKER_REMOVE) || t == AGENDA_SPEAKER_ALLOT;
}

static char *dump_line(json_t *o)
{
    char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    char *line = xasprintf("%s\n", text);

    free(text);
    json_decref(o);
    return line;
}

char *journal_encode(const struct agenda *a, const struct agenda_event *ev, int64_t wall_ms)
{
    const struct programme *p = a->prog;
    char wall[40];
    json_t *o = json_object();

    journal_format_wall(wall_ms, wall);
    json_object_set_new(o, "time", json_string(wall));
    json_object_set_new(o, "pid", json_integer(getpid()));
    json_object_set_new(o, "type", json_string(type_names[ev->type]));
    if (ev->remote)
        json_object_set_new(o, "via", json_string("podium do"));
    if (is_stage_event(ev->type)) {
        json_object_set_new(o, "at", json_integer(ev->at));
        encode_stage(o, ev);
        if (ev->undo)
            json_object_set_new(o, "undo", json_true());
        return dump_line(o);
    }
    json_object_set_new(o, "item", json_integer(ev->item + 1));
    json_object_set_new(o, "title", json_string(ev->item < (int)p->n_items
                                                    ? p->items[ev->item].title
                                                    : END_TITLE));
    json_object_set_new(o, "at", json_integer(ev->at));
    if (is_speaker_event(ev->type)) {
        const struct queue *q = &a->queues[ev->queue][ev->item];
        const char *name = ev->type == AGENDA_SPEAKER_ADD ? ev->name
                           : ev->speaker >= 0 && (size_t)ev->speaker < q->n
                               ? q->sp[ev->speaker].name : "";

        json_object_set_new(o, "queue", json_string(queue_names[ev->queue]));
        json_object_set_new(o, "speaker", json_integer(ev->speaker));
        json_object_set_new(o, "name", json_string(name));
    }
    if (ev->type == AGENDA_ITEM_INSERT) { /* what goes in after item */
        json_object_set_new(o, "name", json_string(ev->name));
        json_object_set_new(o, "kind", json_string(item_kind_name(ev->kind)));
    }
    /* every field undo compares, so a replayed undo finds its step */
    if (is_speaker_event(ev->type) || ev->type == AGENDA_FILM || ev->type == AGENDA_FILM_BACK ||
        ev->type == AGENDA_ITEM_LENGTH || ev->type == AGENDA_ITEM_INSERT)
        json_object_set_new(o, "place", json_integer(ev->place));
    if (ev->with_prev)
        json_object_set_new(o, "with_prev", json_true());
    if (ev->undo)
        json_object_set_new(o, "undo", json_true());
    return dump_line(o);
}

char *journal_encode_header(const struct programme *prog, int64_t wall_ms,
                            const struct journal_clock *clock)
{
    char wall[40];
    json_t *o = json_object(), *items = json_array();

    journal_format_wall(wall_ms, wall);
    json_object_set_new(o, "time", json_string(wall));
    json_object_set_new(o, "type", json_string("journal"));
    json_object_set_new(o, "version", json_integer(JOURNAL_VERSION));
    char *abs = realpath(prog->path, NULL);

    /* whole, so that `podium report` finds it from anywhere */
    json_object_set_new(o, "config", json_string(abs ? abs : prog->path));
    free(abs);
    json_object_set_new(o, "event", json_string(prog->event.title ? prog->event.title : ""));
    json_object_set_new(o, "date", json_string(prog->event.date ? prog->event.date : ""));
    for (size_t i = 0; i < prog->n_items; i++)
        json_array_append_new(items, json_string(prog->items[i].title));
    json_object_set_new(o, "items", items);
    if (clock)
        json_object_set_new(o, "rehearsal",
                            json_pack("{s:I, s:I, s:f}", "epoch_ms", (json_int_t)clock->epoch_ms,
                                      "at", (json_int_t)clock->at, "speed", clock->speed));
    return dump_line(o);
}

/* The numbers a line holds (item, at, place, speaker) are moments in
 * podium time, which runs past midnight for days at most, lengths and
 * their changes, allotments, a film's state, places in a queue: a year's
 * seconds either way is more than any of them. Beyond that is no step
 * podium took (a damaged or hand-edited line); taken as it is it would
 * overflow the day's arithmetic, and cast to int wrap to another number
 * (tests/fuzz/crashes/journal_*: such lines under UBSan). */
#define NUMBER_MAX (366LL * 86400)
/* The rehearsal clock's: the epoch in years 1970..9999 (as ISO 8601
 * writes them), podium's --speed range. */
#define EPOCH_MS_MAX 253402300799999LL
#define SPEED_MAX 3600.0

static bool number_ok(json_t *o, const char *key)
{
    json_int_t v = json_integer_value(json_object_get(o, key)); /* 0 when none */

    return v >= -NUMBER_MAX && v <= NUMBER_MAX;
}

/* The item an event names, by number and title: where the programme
 * changed since, the one with that title; -1 when none. */
static int match_item(const struct programme *p, int number, const char *title)
{
    if (strcmp(title, END_TITLE) == 0)
        return (int)p->n_items; /* the end of the programme, wherever it is now */
    return programme_find_item(p, number - 1, title);
}

/* A speaker by id and name, likewise; an addition gets the next id. */
static int match_speaker(const struct queue *q, enum agenda_event_type t, int id,
                         const char *name)
{
    if (t == AGENDA_SPEAKER_ADD)
        return (int)q->n;
    if (id < 0)
        return -1; /* "nobody": the end of the queue */
    if ((size_t)id < q->n && strcmp(q->sp[id].name, name) == 0)
        return id;
    for (size_t k = 0; k < q->n; k++) {
        if (strcmp(q->sp[k].name, name) == 0)
            return (int)k;
    }
    return -2;
}

static int type_of(const char *name)
{
    for (size_t t = 0; name && t < N_TYPES; t++) {
        if (strcmp(type_names[t], name) == 0)
            return (int)t;
    }
    return -1;
}

static enum decode_result decode_people(json_t *o, const struct agenda *a,
                                        struct agenda_event *ev, char *why, size_t whysize)
{
    const char *queue = json_string_value(json_object_get(o, "queue"));
    const char *name = json_string_value(json_object_get(o, "name"));
    int id = (int)json_integer_value(json_object_get(o, "speaker"));

    ev->queue = queue && strcmp(queue, "press") == 0 ? PEOPLE_PRESS : PEOPLE_SPEAKERS;
    if (ev->item >= (int)a->prog->n_items || name == NULL) {
        snprintf(why, whysize, _("a %s event without its item or name"), type_names[ev->type]);
        return DECODE_UNMATCHED;
    }
    ev->speaker = match_speaker(&a->queues[ev->queue][ev->item], ev->type, id, name);
    if (ev->speaker == -2) {
        snprintf(why, whysize,
                 ev->queue == PEOPLE_PRESS ? _("%s is no longer in the press of item %d")
                                           : _("%s is no longer in the speakers of item %d"),
                 name, ev->item + 1);
        return DECODE_UNMATCHED;
    }
    snprintf(ev->name, sizeof ev->name, "%s", name);
    return DECODE_EVENT;
}

/* An inserted item's title and kind; a title too long to keep, or no
 * kind an item can be inserted as, matches nothing. */
static enum decode_result decode_insert(json_t *o, struct agenda_event *ev, char *why,
                                        size_t whysize)
{
    const char *name = json_string_value(json_object_get(o, "name"));
    const char *kind = json_string_value(json_object_get(o, "kind"));

    if (name == NULL || strlen(name) >= sizeof ev->name || kind == NULL ||
        !item_kind_parse(kind, &ev->kind)) {
        snprintf(why, whysize, _("an item inserted after item %d has no title or kind"),
                 ev->item + 1);
        return DECODE_UNMATCHED;
    }
    snprintf(ev->name, sizeof ev->name, "%s", name);
    return DECODE_EVENT;
}

enum decode_result journal_decode(const char *line, size_t len, const struct agenda *a,
                                  struct agenda_event *ev, int64_t *wall_ms, char *why,
                                  size_t whysize)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    const char *type = json_string_value(json_object_get(o, "type"));
    const char *title = json_string_value(json_object_get(o, "title"));
    const char *time = json_string_value(json_object_get(o, "time"));
    enum decode_result r = DECODE_EVENT;
    int t = type_of(type), number;

    memset(ev, 0, sizeof *ev);
    if (time == NULL || !iso8601_parse(time, wall_ms))
        *wall_ms = -1;
    if (!json_is_object(o) || type == NULL)
        r = DECODE_BAD;
    else if (strcmp(type, "journal") == 0)
        r = DECODE_HEADER;
    else if (strcmp(type, "stream") == 0 || strcmp(type, "stream_ack") == 0)
        r = DECODE_STREAM;
    else if (t < 0)
        r = DECODE_UNKNOWN;
    if (r != DECODE_EVENT) {
        json_decref(o);
        return r;
    }
    ev->type = (enum agenda_event_type)t;
    if (!number_ok(o, "item") || !number_ok(o, "at") || !number_ok(o, "place") ||
        !number_ok(o, "speaker")) {
        json_decref(o);
        return DECODE_BAD; /* a damaged line, skipped as a torn one is */
    }
    number = (int)json_integer_value(json_object_get(o, "item"));
    ev->at = json_integer_value(json_object_get(o, "at"));
    ev->place = (int)json_integer_value(json_object_get(o, "place"));
    ev->with_prev = json_is_true(json_object_get(o, "with_prev"));
    ev->undo = json_is_true(json_object_get(o, "undo"));
    ev->remote = json_object_get(o, "via") != NULL;
    if (is_stage_event(ev->type)) {
        r = decode_stage(o, ev, why, whysize);
        json_decref(o);
        return r;
    }
    ev->item = match_item(a->prog, number, title ? title : "");
    if (ev->item < 0) {
        snprintf(why, whysize, _("item %d \"%s\" is not in the programme"), number,
                 title ? title : "");
        r = DECODE_UNMATCHED;
    } else if (is_speaker_event(ev->type)) {
        r = decode_people(o, a, ev, why, whysize);
    } else if (ev->type == AGENDA_ITEM_INSERT) {
        r = decode_insert(o, ev, why, whysize);
    }
    json_decref(o);
    return r;
}

char *journal_encode_stream(const struct journal_stream *s)
{
    char wall[40];
    json_t *o = json_object();

    journal_format_wall(s->wall_ms, wall);
    json_object_set_new(o, "time", json_string(wall));
    json_object_set_new(o, "pid", json_integer(getpid()));
    json_object_set_new(o, "type", json_string(s->ack ? "stream_ack" : "stream"));
    if (!s->ack) {
        json_object_set_new(o, "state", json_string(stream_state_name(s->state)));
        json_object_set_new(o, "reason", json_string(s->reason));
        if (s->outage)
            json_object_set_new(o, "outage", json_true());
    }
    return dump_line(o);
}

bool journal_decode_stream(const char *line, size_t len, struct journal_stream *s)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    const char *type = json_string_value(json_object_get(o, "type"));
    const char *time = json_string_value(json_object_get(o, "time"));
    const char *state = json_string_value(json_object_get(o, "state"));
    const char *reason = json_string_value(json_object_get(o, "reason"));
    bool ok = type != NULL && time != NULL && iso8601_parse(time, &s->wall_ms);

    s->ack = ok && strcmp(type, "stream_ack") == 0;
    s->state = STREAM_OFF;
    for (int k = STREAM_OFF; ok && !s->ack && state && k <= STREAM_ENDED; k++) {
        if (strcmp(stream_state_name((enum stream_state)k), state) == 0)
            s->state = (enum stream_state)k;
    }
    snprintf(s->reason, sizeof s->reason, "%s", reason ? reason : "");
    s->outage = json_is_true(json_object_get(o, "outage"));
    json_decref(o);
    return ok;
}

bool journal_is_header(const char *line, size_t len)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    const char *type = json_string_value(json_object_get(o, "type"));
    bool yes = type != NULL && strcmp(type, "journal") == 0;

    json_decref(o);
    return yes;
}

bool journal_decode_clock(const char *line, size_t len, struct journal_clock *clock)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    json_t *r = json_object_get(o, "rehearsal");
    bool ok = json_is_object(r) && json_is_number(json_object_get(r, "speed"));

    if (ok) {
        clock->epoch_ms = json_integer_value(json_object_get(r, "epoch_ms"));
        clock->at = json_integer_value(json_object_get(r, "at"));
        clock->speed = json_number_value(json_object_get(r, "speed"));
    }
    json_decref(o);
    /* one podium could have written: a restart (session.c) multiplies
     * and adds them */
    return ok && clock->speed > 0 && clock->speed <= SPEED_MAX && clock->epoch_ms >= 0 &&
           clock->epoch_ms <= EPOCH_MS_MAX && clock->at >= 0 && clock->at <= NUMBER_MAX;
}
