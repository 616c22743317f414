/* The bottom two lines: the quit question, a text entry or the last
 * message; under it the key hints, what n will do first. */
#include <stdio.h>
#include <string.h>

#include "app_entry.h"

#include "i18n.h"
#include "ui_panel.h"
#include "utf8.h"

/* The text typed in cols columns: its end, where the cursor is, with
 * "…" before it when the start no longer fits. Returns columns used. */
static int draw_typed(WINDOW *w, int x, int cols, const char *text)
{
    const char *tail = text;

    if (utf8_width(text) <= cols)
        return ui_text(w, 0, x, cols, text);
    while (*tail != '\0' && utf8_width(tail) > cols - 1) {
        tail++;
        while ((*tail & 0xc0) == 0x80) /* a character at a time */
            tail++;
    }
    mvwaddstr(w, 0, x, "…");
    return 1 + ui_text(w, 0, x + 1, cols - 1, tail);
}

/* "Add speaker next: Fråga från salen▌   Enter adds, Esc leaves it" */
static void draw_entry(WINDOW *w, const struct app *app)
{
    char prompt[200], hint[64];
    int cols = getmaxx(w), x = 1;

    snprintf(hint, sizeof hint, "   %s", app_entry_prompt(app, prompt, sizeof prompt));
    wattr_on(w, A_BOLD, NULL);
    x += ui_text(w, 0, x, cols * 2 / 3, prompt); /* a third at least for the text */
    wattr_off(w, A_BOLD, NULL);
    x += draw_typed(w, x, cols - x - 2, app->entry.text);
    wattr_on(w, A_REVERSE, NULL); /* the cursor */
    mvwaddch(w, 0, x, ' ');
    wattr_off(w, A_REVERSE, NULL);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, 0, x + 1, cols - x - 2, hint);
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

/* What n will do, said before it is pressed: "n: Inledning starts now"
 * while the day follows the plan, "n: next, Paus" once it runs; in cols
 * columns, a long title cut so that "starts now" stays. */
static void next_hint(const struct app *app, int cols, char *buf, size_t size)
{
    const struct programme *p = app->prog;
    struct agenda_event ev;
    const char *title, *fmt;
    char cut[QUEUE_NAME_MAX];
    bool now;

    if (!agenda_event_next(&app->agenda, app->now, &ev)) {
        snprintf(buf, size, "%s", _("n: nothing left to start"));
        return;
    }
    if (ev.item >= (int)p->n_items) {
        snprintf(buf, size, "%s", _("n: close the programme"));
        return;
    }
    title = p->items[ev.item].title;
    now = app->agenda.current < 0;
    fmt = now ? _("n: %s starts now") : _("n: next, %s");
    cols -= utf8_width(fmt) - 2; /* what is around the title */
    snprintf(cut, sizeof cut, "%.*s", (int)utf8_fit(title, cols > 1 ? cols : 1), title);
    snprintf(buf, size, fmt, cut);
}

/* The key hints, what n will do first: the footer always says it. */
static void hints(WINDOW *w, int y, const struct app *app)
{
    const char *rest = _("   u undo   ? help   q quit");
    char next[160];
    int cols = getmaxx(w), room;

    if (app->read_only) { /* n and u would only be refused */
        wattr_on(w, ui_style(STYLE_DIM), NULL);
        ui_text(w, y, 1, cols - 2, _("following the day (--follow)   ? help   q quit"));
        wattr_off(w, ui_style(STYLE_DIM), NULL);
        return;
    }

    /* the keys after it keep their place; a long title is cut */
    room = cols - 2 - utf8_width(rest);
    next_hint(app, room > 20 ? room : cols - 2, next, sizeof next);
    wattr_on(w, A_BOLD, NULL);
    room = ui_text(w, y, 1, room > 20 ? room : cols - 2, next);
    wattr_off(w, A_BOLD, NULL);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, y, 1 + room, cols - 2 - room, rest);
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

/* Two lines: the quit question, a text entry, the alarm of a day not
 * kept or the last message; under it the key hints. */
static void draw(WINDOW *w, const struct app *app)
{
    int cols = getmaxx(w);

    if (app->confirm_quit) {
        wbkgdset(w, ' ' | ui_style(STYLE_PROMPT));
        werase(w);
        ui_text(w, 0, 1, cols - 2, _("Quit podium? Press y to quit, any other key to stay."));
        return;
    }
    wbkgdset(w, ' ');
    werase(w);
    if (app->asked != ACT_NONE) { /* another role's work: asked first */
        /* the answer on a line of its own: a long question never cuts it */
        wattr_on(w, ui_style(STYLE_PROMPT), NULL);
        ui_text(w, 0, 1, cols - 2, app->question);
        wattr_off(w, ui_style(STYLE_PROMPT), NULL);
        ui_text(w, 1, 1, cols - 2, _("y does it, any other key does not."));
        return;
    }
    if (app->entry.kind != ENTRY_NONE) {
        char takes[200];

        attr_t a = app->entry.note[0] || app->entry.gone[0] ? A_BOLD : ui_style(STYLE_DIM);

        draw_entry(w, app);
        app_entry_takes(app, takes, sizeof takes);
        wattr_on(w, a, NULL);
        ui_text(w, 1, 1, cols - 2, takes);
        wattr_off(w, a, NULL);
        return;
    }
    if (app->save_error[0] != '\0') {
        /* loud until a write works again: the day is not being kept; what
         * the last key did after it, where there is room */
        int used = utf8_width(app->save_error) + 3;

        wattr_on(w, ui_style(STYLE_ALARM), NULL);
        ui_text(w, 0, 1, cols - 2, app->save_error);
        wattr_off(w, ui_style(STYLE_ALARM), NULL);
        if (app->message[0] != '\0' && used < cols - 2)
            ui_text(w, 0, 1 + used, cols - 2 - used, app->message);
    } else if (app->message[0] != '\0') {
        wattr_on(w, A_BOLD, NULL);
        ui_text(w, 0, 1, cols - 2, app->message);
        wattr_off(w, A_BOLD, NULL);
    }
    hints(w, 1, app);
}

static uint64_t stamp(const struct app *app)
{
    uint64_t h = ui_hash_str(ui_hash(UI_HASH_SEED, app->confirm_quit), app->message);
    struct agenda_event ev;

    h = ui_hash(h, app->agenda.reshaped); /* n's item by index: its title moved */
    h = ui_hash_str(ui_hash(ui_hash_str(h, app->save_error), app->asked), app->question);
    h = ui_hash(ui_hash(h, app->agenda.current),
                agenda_event_next(&app->agenda, app->now, &ev) ? ev.item : -1);
    h = ui_hash_str(ui_hash_str(ui_hash(h, app->entry.item), app->entry.note), app->entry.gone);
    return ui_hash_str(ui_hash(h, (unsigned)app->entry.kind), app->entry.text);
}

const struct panel panel_footer = {.name = "footer", .height = 2, .draw = draw, .stamp = stamp};
