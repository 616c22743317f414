/* The entry line's steps: what each kind takes, and what Enter does with
 * it. */
#include "app_entry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_queue.h"
#include "utf8.h"

#define MINUTES_MAX (24 * 60)

void app_entry_open(struct app *app, enum entry_kind kind, int item)
{
    app->entry = (struct entry){.kind = kind, .item = item, .speaker = -1,
                                .reshaped = app->agenda.reshaped};
}

static void close_entry(struct app *app)
{
    app->entry.kind = ENTRY_NONE;
    app->entry.item = -1;
}

/* The typed text without the spaces around it; "" when only spaces. */
static const char *trimmed(char *s)
{
    size_t len = strlen(s);

    while (len > 0 && s[len - 1] == ' ')
        s[--len] = '\0';
    while (*s == ' ')
        s++;
    return s;
}

void app_entry_follow(struct app *app)
{
    if (app->entry.kind == ENTRY_NONE || app->agenda.reshaped == app->entry.reshaped)
        return;
    close_entry(app);
    snprintf(app->message, sizeof app->message,
             "Left the entry: another terminal inserted or removed an item; again, please");
}

static void add_entered(struct app *app, const char *name)
{
    const struct entry *e = &app->entry;
    const struct queue *q;
    int next;
    struct agenda_event ev = {.type = AGENDA_SPEAKER_ADD, .item = e->item, .queue = e->queue,
                              .at = app->now};

    /* the item moved on while the name was typed: not to one that ended */
    if (app_queue_item(app, e->queue) != e->item) {
        snprintf(app->message, sizeof app->message,
                 "Not added: %.60s is no longer the item (another terminal moved on)",
                 app->prog->items[e->item].title);
        return;
    }
    q = &app->agenda.queues[e->queue][e->item];
    next = queue_next(q);
    ev.speaker = ev.place = (int)q->n;
    if (e->next && next >= 0)
        ev.place = queue_place(q, next);
    snprintf(ev.name, sizeof ev.name, "%s", name);
    app_submit(app, &ev);
    snprintf(app->message, sizeof app->message, "Added %s %s", name,
             e->next ? "to go next" : "at the end of the queue");
}

/* The minutes typed for someone's allotment. */
static void allotment_entered(struct app *app, long minutes)
{
    const struct entry *e = &app->entry;
    const struct queue *q = &app->agenda.queues[e->queue][e->item];
    int64_t was = q->sp[e->speaker].allotment;
    struct agenda_event ev = {.type = AGENDA_SPEAKER_ALLOT, .item = e->item, .queue = e->queue,
                              .at = app->now, .speaker = e->speaker,
                              .place = (int)minutes * 60};
    char name[QUEUE_NAME_MAX];

    snprintf(name, sizeof name, "%s", q->sp[e->speaker].name);
    if (was == minutes * 60)
        snprintf(app->message, sizeof app->message, "%.100s has %ld min already", name, minutes);
    else if (app_submit(app, &ev))
        snprintf(app->message, sizeof app->message, "%.100s has %ld min now (was %lld)", name,
                 minutes, (long long)(was / 60));
}

/* The minutes typed for an item's length. */
static void length_entered(struct app *app, long minutes)
{
    int item = app->entry.item;
    int64_t was = agenda_item_length(&app->agenda, item);
    struct agenda_event ev;

    if (!agenda_event_set_length(&app->agenda, app->now, item, minutes * 60, &ev, app->message,
                                 sizeof app->message) ||
        !app_submit(app, &ev))
        return;
    snprintf(app->message, sizeof app->message, "%d %s is %ld min now (was %lld)", item + 1,
             app->prog->items[item].title, minutes, (long long)(was / 60));
}

/* The new item, once its kind is chosen. */
static void insert_entered(struct app *app, const struct entry *e, enum item_kind kind)
{
    struct agenda_event ev;
    int at;

    if (!agenda_event_insert(&app->agenda, app->now, e->item, e->title,
                             (int64_t)e->minutes * 60, kind, &ev, app->message,
                             sizeof app->message) ||
        !app_submit(app, &ev))
        return;
    at = ev.item + 1;
    app->agenda_sel = at;
    snprintf(app->message, sizeof app->message, "Inserted %d %.80s, %d min %s (u takes it out)",
             at + 1, app->prog->items[at].title, e->minutes, item_kind_name(kind));
}

/* Enter on minutes: 1 to a day; the step they are for. */
static void minutes_entered(struct app *app)
{
    struct entry *e = &app->entry;
    long minutes = e->text[0] ? strtol(e->text, NULL, 10) : -1;

    if (minutes < 0) {
        snprintf(app->message, sizeof app->message, "Unchanged");
    } else if (minutes < 1 || minutes > MINUTES_MAX) {
        snprintf(app->message, sizeof app->message, "Minutes are 1 to %d", MINUTES_MAX);
    } else if (e->kind == ENTRY_MINUTES) {
        e->minutes = (int)minutes; /* on to the kind */
        e->kind = ENTRY_KIND;
        e->text[0] = '\0';
        return;
    } else if (e->kind == ENTRY_ALLOTMENT) {
        allotment_entered(app, minutes);
    } else {
        length_entered(app, minutes);
    }
    close_entry(app);
}

/* Enter on text: a name to add, or a new item's title (on to its
 * minutes). */
static void text_entered(struct app *app)
{
    struct entry *e = &app->entry;
    const char *text = trimmed(e->text);

    if (e->kind == ENTRY_TITLE && text[0] != '\0') {
        snprintf(e->title, sizeof e->title, "%s", text);
        e->text[0] = '\0';
        e->kind = ENTRY_MINUTES;
        return;
    }
    if (e->kind == ENTRY_NAME && text[0] != '\0')
        add_entered(app, text);
    else if (e->kind == ENTRY_TITLE)
        snprintf(app->message, sizeof app->message, "No item inserted");
    close_entry(app);
}

/* The kind, one key: t, p, b, or Enter for a talk. */
static void kind_key(struct app *app, int ch)
{
    static const struct {
        int key;
        enum item_kind kind;
    } kinds[] = {{'t', KIND_TALK}, {'\n', KIND_TALK}, {'\r', KIND_TALK},
                 {'p', KIND_PANEL}, {'b', KIND_BREAK}};

    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        if (kinds[i].key == ch) {
            struct entry e = app->entry;

            close_entry(app); /* before the item goes in and moves the rest */
            insert_entered(app, &e, kinds[i].kind);
            return;
        }
    }
}

static bool is_minutes(enum entry_kind k)
{
    return k == ENTRY_ALLOTMENT || k == ENTRY_LENGTH || k == ENTRY_MINUTES;
}

void app_entry_key(struct app *app, int ch)
{
    struct entry *e = &app->entry;
    size_t len = strlen(e->text);

    if (ch == KEY_ESC) {
        snprintf(app->message, sizeof app->message, "%s",
                 e->kind == ENTRY_NAME ? e->queue == PEOPLE_PRESS ? "No press booking added"
                                                                  : "No speaker added"
                 : e->kind == ENTRY_ALLOTMENT || e->kind == ENTRY_LENGTH ? "Unchanged"
                                                                         : "No item inserted");
        close_entry(app);
    } else if (e->kind == ENTRY_KIND) {
        kind_key(app, ch);
    } else if (ch == '\n' || ch == '\r') {
        if (is_minutes(e->kind))
            minutes_entered(app);
        else
            text_entered(app);
    } else if (ch == KEYCODE_BACKSPACE || ch == 0x7f || ch == 0x08) {
        utf8_drop_last(e->text);
    } else if (is_minutes(e->kind)) {
        if (ch >= '0' && ch <= '9' && len < 4) {
            e->text[len] = (char)ch;
            e->text[len + 1] = '\0';
        }
    } else if (ch >= 0x20 && ch < 0x110000) {
        utf8_append(e->text, sizeof e->text, (unsigned)ch);
    }
}

const char *app_entry_prompt(const struct app *app, char *buf, size_t size)
{
    const struct entry *e = &app->entry;
    const struct programme *p = app->prog;
    const struct queue *q = e->kind == ENTRY_ALLOTMENT ? &app->agenda.queues[e->queue][e->item]
                                                       : NULL;

    switch (e->kind) {
    case ENTRY_NAME:
        snprintf(buf, size, "Add %s %s: ", e->queue == PEOPLE_PRESS ? "press booking" : "speaker",
                 e->next ? "next" : "at the end");
        return "Enter adds, Esc leaves it";
    case ENTRY_ALLOTMENT: /* what it is for, and what it is now */
        snprintf(buf, size, "Time of %.100s in minutes (now %lld): ", q->sp[e->speaker].name,
                 (long long)(q->sp[e->speaker].allotment / 60));
        return "Enter sets, Esc leaves it";
    case ENTRY_LENGTH:
        snprintf(buf, size, "Length of %d %.100s in minutes (now %lld): ", e->item + 1,
                 p->items[e->item].title,
                 (long long)(agenda_item_length(&app->agenda, e->item) / 60));
        return "Enter sets, Esc leaves it";
    case ENTRY_TITLE: /* where it goes: the line under it */
        snprintf(buf, size, "New item's title: ");
        return "Enter goes on, Esc leaves it";
    case ENTRY_MINUTES:
        snprintf(buf, size, "Minutes of %.60s: ", e->title);
        return "Enter goes on, Esc leaves it";
    case ENTRY_KIND:
        snprintf(buf, size, "Kind of %.60s, %d min? ", e->title, e->minutes);
        return "Esc leaves it";
    default:
        buf[0] = '\0';
        return "";
    }
}

void app_entry_takes(const struct app *app, char *buf, size_t size)
{
    const struct entry *e = &app->entry;

    if (e->kind == ENTRY_TITLE)
        snprintf(buf, size, "after %d %s; every key is text here until Enter or Esc",
                 e->item + 1, app->prog->items[e->item].title);
    else if (e->kind == ENTRY_KIND)
        snprintf(buf, size, "one key here: t talk, p panel, b break; Enter a talk, Esc leaves it");
    else if (is_minutes(e->kind))
        snprintf(buf, size, "digits only here, until Enter or Esc");
    else
        snprintf(buf, size, "every key is text here until Enter or Esc");
}
