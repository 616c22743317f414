/* A queue in speaking order: who is on now with a running timer against
 * their allotment, who waits (the selected one marked for the queue
 * keys), who is done or skipped, and on a panel whether each has had
 * clearly less or more than an equal share. */
#include "app_select.h"

#include "i18n.h"
#include "ui_queue.h"

#include <stdio.h>

#include "stage_view.h"
#include "timefmt.h"
#include "utf8.h"

#define COL_NAME 3

/* The selection shows only in the focused queue: one place at a time
 * where the keys act. */
static const char *mark(const struct queue *q, int id, int selected)
{
    switch (q->sp[id].state) {
    case SPK_SPEAKING: return "▶";
    case SPK_DONE: return "✓";
    case SPK_SKIPPED: return "✗";
    default: return id == selected ? "›" : "·";
    }
}

/* A turn's clock: plain while waiting or done; coloured while under way,
 * by the time left of the allotment. */
static attr_t timer_style(const struct app *app, int item, const struct queue *q, int id)
{
    enum time_state t = stage_turn_state(&app->agenda, item, q, id, app->now);

    return t == TIME_IDLE ? A_NORMAL : ui_style(ui_time_style(t)); /* as on the stage */
}

static void draw_right(WINDOW *w, int y, const struct app *app, enum people_kind kind,
                       int item, int id)
{
    static const char *const flags[] = {"", "", N_("less"), N_("more")};
    const struct queue *q = &app->agenda.queues[kind][item];
    const struct queue_speaker *s = &q->sp[id];
    char spoken[16], allot[16];
    int x = getmaxx(w) - QUEUE_RIGHT_WIDTH;
    /* fair airtime is a panel's question, not the press's */
    enum balance b = kind == PEOPLE_SPEAKERS && app->prog->items[item].kind == KIND_PANEL
                         ? queue_balance(q, id, app->now) : BALANCE_NONE;

    time_format_duration(queue_spoken(q, id, app->now), spoken, sizeof spoken);
    time_format_duration(s->allotment, allot, sizeof allot);
    wattr_on(w, timer_style(app, item, q, id), NULL);
    mvwprintw(w, y, x, "%7s", spoken);
    wattr_off(w, timer_style(app, item, q, id), NULL);
    if (s->allotment > 0)
        mvwprintw(w, y, x + 7, _(" of %-6s"), allot);
    if (b == BALANCE_LESS || b == BALANCE_MORE) {
        wattr_on(w, ui_style(STYLE_WARN), NULL);
        mvwaddstr(w, y, x + 21, _(flags[b]));
        wattr_off(w, ui_style(STYLE_WARN), NULL);
    }
}

static void draw_row(WINDOW *w, int y, const struct app *app, enum people_kind kind, int item,
                     int id)
{
    const struct queue *q = &app->agenda.queues[kind][item];
    const struct queue_speaker *s = &q->sp[id];
    int selected = app_selected(app, kind);
    int cols = getmaxx(w) - QUEUE_RIGHT_WIDTH - COL_NAME - 1, used;
    attr_t name = s->state == SPK_SPEAKING ? A_BOLD
                  : id == selected && app_queue_focused(app, kind) ? A_REVERSE
                  : s->state == SPK_WAITING ? A_NORMAL : ui_style(STYLE_DIM);

    mvwaddstr(w, y, 1, mark(q, id, app_queue_focused(app, kind) ? selected : -1));
    wattr_on(w, name, NULL);
    used = ui_text(w, y, COL_NAME, cols, s->name);
    wattr_off(w, name, NULL);
    if (s->role != NULL && used + 3 < cols) {
        char role[QUEUE_NAME_MAX + 8];

        /* a press booking's role is who the outlet interviews */
        snprintf(role, sizeof role, kind == PEOPLE_PRESS ? _("with %s") : "%s", s->role);
        wattr_on(w, ui_style(STYLE_DIM), NULL);
        ui_text(w, y, COL_NAME + used + 2, cols - used - 2, role);
        wattr_off(w, ui_style(STYLE_DIM), NULL);
    }
    draw_right(w, y, app, kind, item, id);
}

void ui_queue_heading(WINDOW *w, const struct app *app, enum people_kind kind,
                      const char *name, const char *keys, const char *right)
{
    bool focused = app_queue_focused(app, kind);

    if (focused)
        mvwaddstr(w, 0, 0, "▸");
    wattr_on(w, focused ? A_BOLD : ui_style(STYLE_DIM), NULL);
    mvwaddstr(w, 0, COL_NAME, name);
    wattr_off(w, focused ? A_BOLD : ui_style(STYLE_DIM), NULL);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, 0, COL_NAME + utf8_width(name) + 2,
            getmaxx(w) - QUEUE_RIGHT_WIDTH - COL_NAME - utf8_width(name) - 2, keys);
    if (right != NULL)
        mvwaddstr(w, 0, getmaxx(w) - QUEUE_RIGHT_WIDTH + 1, right);
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

void ui_queue_rows(WINDOW *w, int y0, const struct app *app, enum people_kind kind)
{
    int item, rows = getmaxy(w) - y0, first = 0, focus, sel;
    const struct queue *q = app_queue(app, kind, &item);

    if (q == NULL || rows <= 0)
        return;
    /* keep the one under way, or else the next, in view with one above */
    focus = queue_place(q, q->current >= 0 ? q->current : app_selected(app, kind));
    if ((int)q->n > rows && focus > 0) {
        first = focus - 1;
        if (first > (int)q->n - rows)
            first = (int)q->n - rows;
    }
    /* and the one the keys act on, selected further down */
    sel = queue_place(q, app_selected(app, kind));
    if (app_queue_focused(app, kind) && sel >= first + rows)
        first = sel - rows + 1;
    for (int at = first; at < (int)q->n && at - first < rows; at++)
        draw_row(w, y0 + at - first, app, kind, item, q->order[at]);
}

int ui_queue_keep(const struct app *app, enum people_kind kind, int want)
{
    return app_queue_focused(app, kind) ? (want < 3 ? want : 3) : 0;
}

uint64_t ui_queue_stamp(const struct app *app, enum people_kind kind)
{
    int item;
    const struct queue *q = app_queue(app, kind, &item);
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, item), app->agenda.version);

    h = ui_hash(ui_hash(h, app_selected(app, kind)), app_queue_focused(app, kind));
    /* a running turn changes the figures every second */
    return q != NULL && q->current >= 0 ? ui_hash(h, app->now) : h;
}
