/* The current item's speakers in speaking order: who speaks now with a
 * running timer against their allotment, who waits (the selected one
 * marked for the queue keys), who is done or skipped, and on a panel
 * whether each has had clearly less or more than an equal share. */
#include <stdio.h>

#include "timefmt.h"
#include "ui_panel.h"

#define MAX_ROWS 7
#define COL_NAME 3
#define RIGHT_WIDTH 26 /* "  12:34 of 11:15  less" */

static const struct queue *current_queue(const struct app *app, int *item)
{
    *item = agenda_current_item(&app->agenda, app->now);
    return *item >= 0 ? &app->agenda.queues[*item] : NULL;
}

static const char *mark(const struct queue *q, int id, int selected)
{
    switch (q->sp[id].state) {
    case SPK_SPEAKING: return "▶";
    case SPK_DONE: return "✓";
    case SPK_SKIPPED: return "✗";
    default: return id == selected ? "›" : "·";
    }
}

/* A speaker's clock: plain while waiting or done; coloured while they
 * speak, by the time left of their allotment. */
static attr_t timer_style(const struct app *app, int item, const struct queue *q, int id)
{
    const struct queue_speaker *s = &q->sp[id];
    int64_t left = s->allotment - queue_spoken(q, id, app->now);
    int64_t warn = (int64_t)item_warn_minutes(app->prog, &app->prog->items[item]) * 60;

    if (s->state != SPK_SPEAKING || s->allotment == 0)
        return A_NORMAL;
    if (warn > s->allotment / 4)
        warn = s->allotment / 4;
    return ui_style(left < 0 ? STYLE_OVER : left <= warn ? STYLE_WARN : STYLE_OK);
}

static void draw_right(WINDOW *w, int y, const struct app *app, int item, const struct queue *q,
                       int id)
{
    static const char *const flags[] = {"", "", "less", "more"};
    const struct queue_speaker *s = &q->sp[id];
    char spoken[16], allot[16];
    int x = getmaxx(w) - RIGHT_WIDTH;
    enum balance b = app->prog->items[item].kind == KIND_PANEL
                         ? queue_balance(q, id, app->now) : BALANCE_NONE;

    time_format_duration(queue_spoken(q, id, app->now), spoken, sizeof spoken);
    time_format_duration(s->allotment, allot, sizeof allot);
    wattr_on(w, timer_style(app, item, q, id), NULL);
    mvwprintw(w, y, x, "%7s", spoken);
    wattr_off(w, timer_style(app, item, q, id), NULL);
    if (s->allotment > 0)
        mvwprintw(w, y, x + 7, " of %-6s", allot);
    if (b == BALANCE_LESS || b == BALANCE_MORE) {
        wattr_on(w, ui_style(STYLE_WARN), NULL);
        mvwaddstr(w, y, x + 21, flags[b]);
        wattr_off(w, ui_style(STYLE_WARN), NULL);
    }
}

static void draw_row(WINDOW *w, int y, const struct app *app, int item, const struct queue *q,
                     int id)
{
    const struct queue_speaker *s = &q->sp[id];
    int selected = app_selected_speaker(app);
    int cols = getmaxx(w) - RIGHT_WIDTH - COL_NAME - 1, used;
    attr_t name = s->state == SPK_SPEAKING ? A_BOLD
                  : id == selected         ? A_REVERSE
                  : s->state == SPK_WAITING ? A_NORMAL : ui_style(STYLE_DIM);

    mvwaddstr(w, y, 1, mark(q, id, selected));
    wattr_on(w, name, NULL);
    used = ui_text(w, y, COL_NAME, cols, s->name);
    wattr_off(w, name, NULL);
    if (s->role != NULL && used + 3 < cols) {
        wattr_on(w, ui_style(STYLE_DIM), NULL);
        ui_text(w, y, COL_NAME + used + 2, cols - used - 2, s->role);
        wattr_off(w, ui_style(STYLE_DIM), NULL);
    }
    draw_right(w, y, app, item, q, id);
}

static void draw(WINDOW *w, const struct app *app)
{
    int item, rows = getmaxy(w) - 1, first = 0, focus;
    const struct queue *q = current_queue(app, &item);

    if (q == NULL)
        return;
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    mvwprintw(w, 0, COL_NAME, "speakers  s next  Up/Down select  K/J move  x skip");
    mvwaddstr(w, 0, getmaxx(w) - RIGHT_WIDTH + 1, "spoken");
    wattr_off(w, ui_style(STYLE_DIM), NULL);
    /* keep the one speaking, or else the next, in view with one above */
    focus = queue_place(q, q->current >= 0 ? q->current : app_selected_speaker(app));
    if ((int)q->n > rows && focus > 0) {
        first = focus - 1;
        if (first > (int)q->n - rows)
            first = (int)q->n - rows;
    }
    for (int at = first; at < (int)q->n && at - first < rows; at++)
        draw_row(w, 1 + at - first, app, item, q, q->order[at]);
}

static int want(const struct app *app)
{
    int item;
    const struct queue *q = current_queue(app, &item);

    if (q == NULL || q->n == 0)
        return 0;
    return (int)q->n + 1 < MAX_ROWS ? (int)q->n + 1 : MAX_ROWS;
}

static uint64_t stamp(const struct app *app)
{
    int item;
    const struct queue *q = current_queue(app, &item);
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, item), app->agenda.version);

    h = ui_hash(h, app_selected_speaker(app));
    /* a running turn changes the figures every second */
    return q != NULL && q->current >= 0 ? ui_hash(h, app->now) : h;
}

const struct panel panel_speakers = {"speakers", 0, draw, stamp, want};
