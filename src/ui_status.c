/* Under the clocks: what runs now (in full: the title matters most on
 * stage), how late the day runs, and what comes next. */
#include <stdio.h>

#include "timefmt.h"
#include "i18n.h"
#include "ui_panel.h"

static void draw_now(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    const struct programme *p = app->prog;
    char head[32], at[6];
    int x = 2;

    if (v->current < 0) {
        snprintf(head, sizeof head, "%s", _("FIRST"));
    } else if (v->current >= (int)p->n_items) {
        snprintf(head, sizeof head, "%s", _("PROGRAMME OVER"));
    } else {
        snprintf(head, sizeof head, v->following_plan ? _("NOW %d/%zu by the plan") : _("NOW %d/%zu"),
                 v->current + 1, p->n_items);
    }
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    x += ui_text(w, 0, x, 24, head) + 2;
    wattr_off(w, ui_style(STYLE_DIM), NULL);
    if (v->current >= (int)p->n_items) {
        if (v->closed_at >= 0) {
            time_format_hm(v->closed_at, at);
            mvwprintw(w, 0, x, _("closed at %s"), at);
        }
        return;
    }
    wattr_on(w, A_BOLD, NULL);
    /* before the day, the first item not cut */
    ui_text(w, 0, x, getmaxx(w) - x - 1,
            p->items[v->current >= 0 ? v->current : v->next >= 0 ? v->next : 0].title);
    wattr_off(w, A_BOLD, NULL);
}

static void draw_day(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    const struct programme *p = app->prog;
    char delay[32], line[320], at[6], d[16];
    enum ui_style style = v->day_delay >= 60 ? STYLE_WARN
                          : v->day_delay <= -60 ? STYLE_OK : STYLE_NORMAL;
    int x = 2;

    time_format_delay(v->day_delay, delay, sizeof delay);
    x += ui_text(w, 1, x, 12, _("Day: "));
    wattr_on(w, ui_style(style) | A_BOLD, NULL);
    x += ui_text(w, 1, x, 20, delay);
    wattr_off(w, ui_style(style) | A_BOLD, NULL);
    if (v->next < 0 || v->current < 0)
        return;
    time_format_hm(v->items[v->next].start, at);
    time_format_delay_short(v->items[v->next].delay, d, sizeof d);
    if (d[0]) /* TRANSLATORS: the next item: its start, title, +/- minutes against the plan */
        snprintf(line, sizeof line, _("Next: %s %s (%s min)"), at, p->items[v->next].title, d);
    else
        snprintf(line, sizeof line, _("Next: %s %s"), at, p->items[v->next].title);
    ui_text(w, 1, x + 4, getmaxx(w) - x - 5, line);
}

/* Until the moderator marks it asked, a poll question is not forgotten;
 * returns the columns it took. */
static int draw_poll(WINDOW *w, const struct app *app)
{
    int cur = app->view.current, used;

    if (cur < 0 || cur >= (int)app->prog->n_items || app->view.items[cur].poll != POLL_DUE)
        return 0;
    wattrset(w, ui_style(STYLE_WARN_LABEL));
    used = ui_text(w, 2, 2, getmaxx(w) - 4, _(" POLL QUESTION: put it to the audience, then press m "));
    wattrset(w, A_NORMAL);
    return used + 2;
}

/* What the stage screens show besides the time: black, or the message
 * up, after the poll's reminder. */
static void draw_stage(WINDOW *w, const struct app *app, int x)
{
    char line[QUEUE_NAME_MAX + 32];

    if (app->agenda.blackout) {
        wattrset(w, ui_style(STYLE_ALARM));
        x += ui_text(w, 2, x, getmaxx(w) - x - 2, _(" STAGE BLACKED OUT ")) + 2;
        wattrset(w, A_NORMAL);
    }
    if (app->agenda.message[0] && x < getmaxx(w) - 4) {
        snprintf(line, sizeof line, _(" TO THE STAGE: %s "), app->agenda.message);
        wattrset(w, ui_style(STYLE_PROMPT));
        ui_text(w, 2, x, getmaxx(w) - x - 2, line);
        wattrset(w, A_NORMAL);
    }
}

static void draw(WINDOW *w, const struct app *app)
{
    draw_now(w, app);
    draw_day(w, app);
    draw_stage(w, app, 2 + draw_poll(w, app));
}

static uint64_t stamp(const struct app *app)
{
    const struct agenda_view *v = &app->view;
    /* reshaped: an item inserted moves the titles the indices name */
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, v->day_delay / 60), app->agenda.reshaped);

    h = ui_hash(ui_hash(h, v->current), v->following_plan);
    h = ui_hash(ui_hash_str(h, app->agenda.message), app->agenda.blackout);
    if (v->current >= 0 && v->current < (int)app->prog->n_items)
        h = ui_hash(h, v->items[v->current].poll);
    h = ui_hash(ui_hash(h, v->next), v->closed_at);
    if (v->next >= 0)
        h = ui_hash(ui_hash(h, v->items[v->next].start / 60), v->items[v->next].delay / 60);
    return h;
}

const struct panel panel_status = {.name = "status", .height = 3, .draw = draw, .stamp = stamp};
