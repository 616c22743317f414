/* The whole programme: planned and projected times, delay, marks for
 * done / current / skipped items and for poll questions. It scrolls to
 * keep the current item in view when the programme is longer than the
 * screen. */
#include <stdio.h>

#include "app_select.h"

#include "i18n.h"
#include "timefmt.h"
#include "ui_panel.h"

#define COL_PLANNED 3
#define COL_PROJECTED 10
#define COL_DELAY 22
#define COL_KIND 27
#define COL_TITLE 33
#define POLL_WIDTH 6


static const char *mark(enum item_status s)
{
    switch (s) {
    case ITEM_DONE: return "✓";
    case ITEM_CURRENT: return "▶";
    case ITEM_SKIPPED: return "✗";
    case ITEM_CUT: return "–";
    default: return " ";
    }
}

/* POLL to come or due, asked once asked, MISSED (alarming) if the item
 * ended without it. */
static void draw_poll(WINDOW *w, int y, int x, enum poll_state poll, attr_t row)
{
    if (poll == POLL_MISSED)
        wattrset(w, ui_style(STYLE_OVER));
    mvwaddstr(w, y, x, poll == POLL_ASKED    ? _("asked")
                       : poll == POLL_MISSED ? _("MISSED") : _("POLL"));
    wattrset(w, row);
}

static void draw_row(WINDOW *w, int y, const struct app *app, int i)
{
    const struct item *it = &app->prog->items[i];
    const struct item_view *iv = &app->view.items[i];
    int cols = getmaxx(w);
    char a[6], c[6], d[6], delay[8], times[16];
    attr_t attr = iv->status == ITEM_CURRENT ? ui_style(STYLE_CURRENT)
                  : iv->status == ITEM_UPCOMING ? A_NORMAL : ui_style(STYLE_DIM);
    /* TRANSLATORS: a cut item in the agenda's kind column, five columns wide */
    const char *kind = iv->status == ITEM_CUT  ? _("cut")
                       : it->kind == KIND_TALK ? "" : _(item_kind_name(it->kind));

    /* the agenda's selection, while Tab has the keys there */
    if (app->agenda_focus && i == app_agenda_selected(app))
        attr |= A_REVERSE;

    time_format_hm(it->start, a);
    time_format_hm(iv->start, c);
    time_format_hm(iv->end, d);
    time_format_delay_short(iv->delay, delay, sizeof delay);
    if (it->inserted) { /* in no plan: no planned time to be late for */
        snprintf(a, sizeof a, _(" new"));
        delay[0] = '\0';
    }
    wattr_on(w, attr, NULL);
    if (iv->status == ITEM_CURRENT)
        mvwhline(w, y, 0, ' ', cols);
    mvwaddstr(w, y, 1, mark(iv->status));
    mvwaddstr(w, y, COL_PLANNED, a);
    snprintf(times, sizeof times, "%s-%s", c, d);
    mvwaddstr(w, y, COL_PROJECTED, times);
    mvwprintw(w, y, COL_DELAY, "%4s", delay);
    mvwaddstr(w, y, COL_KIND, kind);
    ui_text(w, y, COL_TITLE, cols - COL_TITLE - (it->poll ? POLL_WIDTH + 1 : 1), it->title);
    if (iv->poll != POLL_NONE)
        draw_poll(w, y, cols - POLL_WIDTH, iv->poll, attr);
    wattr_off(w, attr, NULL);
}

static void draw(WINDOW *w, const struct app *app)
{
    int rows = getmaxy(w) - 1, n = (int)app->prog->n_items;
    int cur = app->view.current, first = 0;

    if (app->agenda_focus) { /* marked like a focused queue */
        wattr_on(w, A_BOLD, NULL);
        mvwaddstr(w, 0, 0, "▸");
        ui_text(w, 0, COL_TITLE, getmaxx(w) - COL_TITLE - POLL_WIDTH - 2,
                _("agenda  Up/Down  e length  x cut  i new"));
        wattr_off(w, A_BOLD, NULL);
    }
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    mvwaddstr(w, 0, COL_PLANNED, _("plan"));
    mvwaddstr(w, 0, COL_PROJECTED, _("projected"));
    mvwaddstr(w, 0, COL_DELAY, " +/-");
    mvwaddstr(w, 0, COL_KIND, _("kind"));
    if (!app->agenda_focus)
        mvwaddstr(w, 0, COL_TITLE, _("agenda"));
    mvwaddstr(w, 0, getmaxx(w) - POLL_WIDTH, _("poll"));
    wattr_off(w, ui_style(STYLE_DIM), NULL);
    if (n > rows) { /* keep two items of context above the current one */
        first = cur - 2;
        if (first > n - rows)
            first = n - rows;
        if (first < 0)
            first = 0;
        /* the selection stays in view as it moves down the agenda */
        if (app->agenda_focus && app_agenda_selected(app) >= first + rows)
            first = app_agenda_selected(app) - rows + 1;
    }
    for (int i = first; i < n && i - first < rows; i++)
        draw_row(w, 1 + i - first, app, i);
}

static uint64_t stamp(const struct app *app)
{
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, app->view.current),
                         app->agenda_focus ? app_agenda_selected(app) : -2);

    h = ui_hash(h, app->agenda.reshaped); /* the titles moved */

    for (size_t i = 0; i < app->prog->n_items; i++) {
        const struct item_view *iv = &app->view.items[i];

        h = ui_hash(h, iv->status);
        h = ui_hash(h, iv->start / 60);
        h = ui_hash(h, iv->end / 60);
        h = ui_hash(h, iv->delay / 60);
        h = ui_hash(h, iv->poll);
    }
    return h;
}

/* Its heading and a row an item: more rows are of no use to it. */
static int need(const struct app *app)
{
    return 1 + (int)app->prog->n_items;
}

const struct panel panel_agenda = {.name = "agenda", .height = 0, .draw = draw, .stamp = stamp,
                                   .need = need};
