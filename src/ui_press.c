/* The producer's press slot. The journalists are waiting, so its first
 * line says when it starts (projected, with the delay) and how long
 * until then; once it runs, the time left in the slot against what the
 * bookings still need. Below, the bookings as a queue that p steps
 * through (ui_queue.c). */
#include <stdio.h>

#include "timefmt.h"

#include "i18n.h"
#include "app_select.h"
#include "ui_queue.h"

#define MAX_ROWS 8
/* Outside the producer's role the panel shows this long before the slot. */
#define PRESS_SOON (15 * 60)

static void draw_summary(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    int i = v->press_item, x = 13;
    char line[160], at[6], dl[24], t[16], need[16];
    bool late = v->items[i].delay >= 60, tight = v->press_need > v->press_left;

    time_format_hm(v->items[i].start, at);
    time_format_delay(v->items[i].delay, dl, sizeof dl);
    time_format_duration(v->press_left, t, sizeof t);
    time_format_duration(v->press_need, need, sizeof need);
    if (v->items[i].status == ITEM_CURRENT)
        snprintf(line, sizeof line, _("started %s (%s)"), at, dl);
    else
        snprintf(line, sizeof line, _("starts %s (%s)"), at, dl);
    wattr_on(w, late ? ui_style(STYLE_WARN) : A_BOLD, NULL);
    x += ui_text(w, 0, x, getmaxx(w) - x - 1, line) + 2;
    wattr_off(w, late ? ui_style(STYLE_WARN) : A_BOLD, NULL);
    if (v->items[i].status == ITEM_CURRENT) {
        snprintf(line, sizeof line,
                 v->press_left < 0 ? _("slot %s over · needs %s") : _("slot %s left · needs %s"),
                 t, need);
    } else {
        char until[16];

        time_format_duration(v->press_until, until, sizeof until);
        snprintf(line, sizeof line, _("in %s · slot %s · needs %s"), until, t, need);
    }
    wattr_on(w, tight ? ui_style(STYLE_WARN) : A_NORMAL, NULL);
    ui_text(w, 0, x, getmaxx(w) - x - 1, line);
    wattr_off(w, tight ? ui_style(STYLE_WARN) : A_NORMAL, NULL);
}

static void draw(WINDOW *w, const struct app *app)
{
    if (app->view.press_item < 0)
        return;
    ui_queue_heading(w, app, PEOPLE_PRESS, _("press"), "", NULL);
    draw_summary(w, app);
    ui_queue_rows(w, 1, app, PEOPLE_PRESS);
}

static bool shown(const struct app *app)
{
    const struct agenda_view *v = &app->view;

    if (v->press_item < 0)
        return false;
    /* the keys never act on a queue out of sight */
    return app->role == ROLE_PRODUCER || app_queue_focused(app, PEOPLE_PRESS) ||
           v->items[v->press_item].status == ITEM_CURRENT || v->press_until <= PRESS_SOON;
}

static int want(const struct app *app)
{
    const struct queue *q = app_queue(app, PEOPLE_PRESS, NULL);

    if (!shown(app) || q == NULL)
        return 0;
    return (int)q->n + 1 < MAX_ROWS ? (int)q->n + 1 : MAX_ROWS;
}

static int keep(const struct app *app)
{
    return ui_queue_keep(app, PEOPLE_PRESS, want(app));
}

static uint64_t stamp(const struct app *app)
{
    const struct agenda_view *v = &app->view;
    uint64_t h = ui_hash(ui_queue_stamp(app, PEOPLE_PRESS), app->agenda.reshaped);

    if (v->press_item < 0)
        return h;
    h = ui_hash(ui_hash(h, v->items[v->press_item].start), v->items[v->press_item].status);
    h = ui_hash(ui_hash(h, v->press_until), v->press_left);
    return ui_hash(ui_hash(h, v->press_need), app->role);
}

const struct panel panel_press = {
    .name = "press", .height = 0, .draw = draw, .stamp = stamp, .want = want, .keep = keep};
