/* The entry line's steps: what each kind takes, and what Enter does with
 * it. */
#include "app_entry.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_select.h"
#include "timefmt.h"
#include "utf8.h"

#define MINUTES_MAX (12 * 60) /* half a day: a longer item is a typing error */

void app_entry_open(struct app *app, enum entry_kind kind, int item)
{
    app->entry = (struct entry){.kind = kind, .item = item, .speaker = -1,
                                .reshaped = app->agenda.reshaped};
    if (item >= 0)
        snprintf(app->entry.item_title, sizeof app->entry.item_title, "%s",
                 app->prog->items[item].title);
}

void app_entry_speaker(struct app *app, int speaker)
{
    const struct queue *q = &app->agenda.queues[app->entry.queue][app->entry.item];

    app->entry.speaker = speaker;
    snprintf(app->entry.speaker_name, sizeof app->entry.speaker_name, "%s", q->sp[speaker].name);
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

/* The entry can no longer do what it was opened for. It stays open and
 * says why until Enter or Esc: the keys typed meanwhile must not fall
 * through to the dashboard as commands (an "n" in a name started an
 * item). */
static void stop(struct app *app, const char *why)
{
    snprintf(app->entry.gone, sizeof app->entry.gone, "%s", why);
}

/* Enter or Esc on a stopped entry: closed, saying why and what was typed. */
static void leave(struct app *app)
{
    char typed[64];

    if (app->entry.sent) { /* its message said already what was done */
        close_entry(app);
        return;
    }
    snprintf(app->message, sizeof app->message, _("Not done%s%s%s: %s"),
             app->entry.text[0] ? " (" : "", utf8_short(typed, sizeof typed, app->entry.text, 30),
             app->entry.text[0] ? ")" : "", app->entry.gone);
    close_entry(app);
}

/* A new item's place, once the day has passed it: after the item on
 * screen now; false when the programme is over. */
static bool move_on(struct app *app)
{
    struct entry *e = &app->entry;
    int on = agenda_on_screen(&app->agenda, app->now);
    char t[200];

    if (e->item >= on)
        return true;
    if (on >= (int)app->prog->n_items)
        return false;
    e->item = on;
    snprintf(e->item_title, sizeof e->item_title, "%s", app->prog->items[on].title);
    snprintf(e->note, sizeof e->note, _("The day moved on: it goes after %d %s now"), on + 1,
             utf8_short(t, sizeof t, e->item_title, 40));
    return true;
}

void app_entry_follow(struct app *app)
{
    struct entry *e = &app->entry;
    const struct queue *q;

    if (e->kind == ENTRY_NONE || e->kind == ENTRY_MESSAGE || e->gone[0] != '\0')
        return; /* a message is to no item: the day moving on changes nothing */
    if (e->reshaped != app->agenda.reshaped) { /* items went in or out: find it again */
        e->item = programme_find_item(app->prog, e->item, e->item_title);
        e->reshaped = app->agenda.reshaped;
        if (e->item < 0) {
            stop(app, _("its item is gone (another terminal)"));
            return;
        }
    }
    switch (e->kind) {
    case ENTRY_NAME:
        if (app_queue_item(app, e->queue) != e->item)
            stop(app, _("its item is no longer on (the day moved on)"));
        break;
    case ENTRY_ALLOTMENT:
        q = &app->agenda.queues[e->queue][e->item];
        if (e->speaker >= (int)q->n || strcmp(q->sp[e->speaker].name, e->speaker_name) != 0)
            stop(app, _("that one is no longer in the queue (another terminal)"));
        break;
    case ENTRY_LENGTH:
        if (e->item < agenda_current_item(&app->agenda, app->now) ||
            app->agenda.st[e->item].cut ||
            (app->agenda.st[e->item].started && e->item != app->agenda.current))
            stop(app, _("the item has run or is cut: its length stays"));
        break;
    default: /* a new item: after the one on screen once that has moved on */
        if (!move_on(app))
            stop(app, _("the programme is over"));
        break;
    }
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
                 _("Not added: %.60s is no longer the item (another terminal moved on)"),
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
    snprintf(app->message, sizeof app->message,
             e->next ? _("Added %s to go next") : _("Added %s at the end of the queue"), name);
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
        snprintf(app->message, sizeof app->message, _("%.100s has %ld min already"), name, minutes);
    else if (app_submit(app, &ev))
        snprintf(app->message, sizeof app->message, _("%.100s has %ld min now (was %lld)"), name,
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
    snprintf(app->message, sizeof app->message, _("%d %s is %ld min now (was %lld)"), item + 1,
             app->prog->items[item].title, minutes, (long long)(was / 60));
}

/* The new item, once its kind is chosen. */
static void insert_entered(struct app *app, const struct entry *e, enum item_kind kind)
{
    struct agenda_event ev;
    char title[200];
    int at;

    if (!agenda_event_insert(&app->agenda, app->now, e->item, e->title,
                             (int64_t)e->minutes * 60, kind, &ev, app->message,
                             sizeof app->message) ||
        !app_submit(app, &ev))
        return;
    at = ev.item + 1;
    app_agenda_select(app, at);
    snprintf(app->message, sizeof app->message, _("Inserted %d %s, %d min %s (u takes it out)"),
             at + 1, utf8_short(title, sizeof title, app->prog->items[at].title, 60), e->minutes,
             _(item_kind_name(kind)));
}

/* Enter on minutes: 1 to a day; the step they are for. */
static void minutes_entered(struct app *app)
{
    struct entry *e = &app->entry;
    long minutes = e->text[0] ? strtol(e->text, NULL, 10) : -1;

    if (minutes < 0 && e->kind != ENTRY_MINUTES) {
        snprintf(app->message, sizeof app->message, _("Unchanged"));
    } else if (minutes < 1 || minutes > MINUTES_MAX) { /* stays open: type again */
        snprintf(e->note, sizeof e->note, _("Minutes are 1 to %d; Esc leaves it"), MINUTES_MAX);
        e->text[0] = '\0';
        return;
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

/* A message up on the stage screens, or taken down (""). */
bool app_entry_send_message(struct app *app, const char *typed)
{
    struct agenda_event ev;
    char why[96], t[64], line[QUEUE_NAME_MAX * 2];
    const char *text;

    /* without the spaces around it: only spaces take it down */
    snprintf(line, sizeof line, "%s", typed);
    text = trimmed(line);
    if (!agenda_event_message(&app->agenda, app->now, text, (int)app->role, &ev, why, sizeof why)) {
        /* the line stays open with what was typed, saying why */
        snprintf(app->message, sizeof app->message, "%s", why);
        snprintf(app->entry.note, sizeof app->entry.note, "%s", why);
        return false;
    }
    close_entry(app);
    app_submit(app, &ev);
    if (text[0])
        snprintf(app->message, sizeof app->message, _("To the stage: %s"),
                 utf8_short(t, sizeof t, text, 60));
    else
        snprintf(app->message, sizeof app->message, "%s", _("The message is down from the stage"));
    return true;
}

/* In the message's entry: a digit on an empty line sends that message
 * set beforehand (messages = (...)): two keys in all. The line stays
 * open, saying what went, until Enter or Esc: a message typed by hand
 * that begins with a digit ("2 frågor kvar") must not have its rest
 * taken as keys (a space would start the next item). A digit with no
 * message set is text. */
static bool canned_key(struct app *app, int ch)
{
    size_t k = (size_t)(ch - '1');
    char t[64];

    if (app->entry.kind != ENTRY_MESSAGE || app->entry.text[0] != '\0' || ch < '1' || ch > '9' ||
        k >= app->prog->n_messages)
        return false;
    if (!app_entry_send_message(app, app->prog->messages[k]))
        return true; /* said why on the line, still open */
    app->entry.kind = ENTRY_MESSAGE; /* open again, going nowhere */
    app->entry.sent = true;
    snprintf(app->entry.gone, sizeof app->entry.gone, _("sent %s"),
             utf8_short(t, sizeof t, app->prog->messages[k], 40));
    return true;
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
    if (e->kind == ENTRY_MESSAGE) {
        app_entry_send_message(app, text);
        return; /* closed once sent; refused, open with the text and why */
    }
    if (e->kind == ENTRY_NAME && text[0] != '\0')
        add_entered(app, text);
    else if (e->kind == ENTRY_TITLE)
        snprintf(app->message, sizeof app->message, _("No item inserted: it needs a title"));
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

    e->note[0] = '\0'; /* said; the next key is a new try */
    if (e->gone[0] != '\0' && (ch == KEY_ESC || ch == '\n' || ch == '\r')) {
        leave(app);
    } else if (e->gone[0] != '\0') { /* typed on, going nowhere */
        if (ch == KEYCODE_BACKSPACE || ch == 0x7f || ch == 0x08)
            utf8_drop_last(e->text);
        else if (ch >= 0x20 && ch < 0x110000)
            utf8_append(e->text, sizeof e->text, (unsigned)ch);
    } else if (ch == KEY_ESC) {
        snprintf(app->message, sizeof app->message, "%s",
                 e->kind == ENTRY_NAME ? e->queue == PEOPLE_PRESS ? _("No press booking added")
                                                                  : _("No speaker added")
                 : e->kind == ENTRY_ALLOTMENT || e->kind == ENTRY_LENGTH ? _("Unchanged")
                 : e->kind == ENTRY_MESSAGE ? _("No message sent")
                                            : _("No item inserted"));
        close_entry(app);
    } else if (canned_key(app, ch)) {
        ;
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
    char t[200], now[16];

    if (e->sent) {
        snprintf(buf, size, _("To the stage, %s: "), e->gone);
        return _("Enter or Esc closes this line (u takes it back)");
    }
    if (e->gone[0] != '\0') {
        snprintf(buf, size, _("Not possible now, %s: "), e->gone);
        return _("Enter or Esc leaves it");
    }
    switch (e->kind) {
    case ENTRY_NAME:
        snprintf(buf, size, "%s",
                 e->queue == PEOPLE_PRESS ? e->next ? _("Add press booking next: ")
                                                    : _("Add press booking at the end: ")
                 : e->next ? _("Add speaker next: ") : _("Add speaker at the end: "));
        return _("Enter adds, Esc leaves it");
    case ENTRY_ALLOTMENT: /* what it is for, and what it is now */
        time_format_duration(q->sp[e->speaker].allotment, now, sizeof now);
        snprintf(buf, size, _("Time of %s in minutes (now %s): "),
                 utf8_short(t, sizeof t, q->sp[e->speaker].name, 30), now);
        return _("Enter sets, Esc leaves it");
    case ENTRY_LENGTH:
        time_format_duration(agenda_item_length(&app->agenda, e->item), now, sizeof now);
        snprintf(buf, size, _("Length of %d %s in minutes (now %s): "), e->item + 1,
                 utf8_short(t, sizeof t, p->items[e->item].title, 30), now);
        return _("Enter sets, Esc leaves it");
    case ENTRY_TITLE: /* where it goes: the line under it */
        snprintf(buf, size, _("New item's title: "));
        return _("Enter goes on, Esc leaves it");
    case ENTRY_MINUTES:
        snprintf(buf, size, _("Minutes of %s: "), utf8_short(t, sizeof t, e->title, 30));
        return _("Enter goes on, Esc leaves it");
    case ENTRY_KIND:
        snprintf(buf, size, _("Kind of %s, %d min? "), utf8_short(t, sizeof t, e->title, 30),
                 e->minutes);
        return _("Esc leaves it");
    case ENTRY_MESSAGE:
        snprintf(buf, size, "%s", _("Message to the stage: "));
        return app->agenda.message[0] ? _("Enter sends, empty Enter takes it down, Esc leaves it")
                                      : _("Enter sends, Esc leaves it");
    default:
        buf[0] = '\0';
        return "";
    }
}

/* "1 2 minuter kvar · 2 Avrunda · ... or type one", for the line under. */
static void canned_list(const struct app *app, char *buf, size_t size)
{
    size_t used = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < app->prog->n_messages && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%zu %s", i ? " · " : "", i + 1,
                                 app->prog->messages[i]);
    if (used < size)
        snprintf(buf + used, size - used, "%s",
                 app->prog->n_messages ? _("; or type one") : _("type it; every key is text here"));
}

void app_entry_takes(const struct app *app, char *buf, size_t size)
{
    const struct entry *e = &app->entry;

    if (e->gone[0] != '\0')
        snprintf(buf, size, _("what is typed now goes nowhere, until Enter or Esc"));
    else if (e->note[0] != '\0')
        snprintf(buf, size, "%s", e->note);
    else if (e->kind == ENTRY_TITLE)
        snprintf(buf, size, _("after %d %s; every key is text here until Enter or Esc"),
                 e->item + 1, app->prog->items[e->item].title);
    else if (e->kind == ENTRY_MESSAGE)
        canned_list(app, buf, size);
    else if (e->kind == ENTRY_KIND)
        snprintf(buf, size, _("one key here: t talk, p panel, b break; Enter a talk, Esc leaves it"));
    else if (is_minutes(e->kind))
        snprintf(buf, size, _("digits only here, until Enter or Esc"));
    else
        snprintf(buf, size, _("every key is text here until Enter or Esc"));
}
