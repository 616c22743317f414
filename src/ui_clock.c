/* The two big numbers: the wall clock on the left, and on the right the
 * current item's countdown, which turns to overtime past zero. */
#include <stdio.h>
#include <string.h>

#include "timefmt.h"
#include "i18n.h"
#include "ui_panel.h"

#define LEFT_X 2

static void draw_wall(WINDOW *w, const struct app *app)
{
    char hm[6], hms[9];

    time_format_face(app->now, hm);
    time_format_face_hms(app->now, hms);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    mvwaddstr(w, 0, LEFT_X, _("TIME"));
    wattr_off(w, ui_style(STYLE_DIM), NULL);
    big_draw(w, 1, LEFT_X, hm, A_BOLD);
    mvwaddstr(w, 1 + BIG_ROWS, LEFT_X, hms);
}

/* "45:00 planned", "now 50:00" after + or e, "10:00, new" inserted: short,
 * so that the line ends whole at 80 columns. */
static void item_length_words(const struct app *app, int i, char *buf, size_t size)
{
    const struct item *it = &app->prog->items[i];
    char now[16], planned[16];

    time_format_duration(agenda_item_length(&app->agenda, i), now, sizeof now);
    time_format_duration(it->end - it->start, planned, sizeof planned);
    if (it->inserted)
        snprintf(buf, size, _("%s, new"), now);
    else if (strcmp(now, planned) != 0)
        snprintf(buf, size, _("now %s"), now);
    else
        snprintf(buf, size, _("%s planned"), now);
}

/* The label over the countdown and the line under it. */
static void describe(const struct app *app, char *label, size_t lsize, char *info,
                     size_t isize)
{
    const struct agenda_view *v = &app->view;
    const struct programme *p = app->prog;
    char d[16], total[48], end[6];

    time_format_duration(v->remaining, d, sizeof d);
    if (v->current < 0) {
        time_format_hm(v->items[v->next >= 0 ? v->next : 0].start, end);
        snprintf(label, lsize, "%s", _("STARTS IN"));
        snprintf(info, isize, _("starts in %s, at %s"), d, end);
        return;
    }
    if (v->current >= (int)p->n_items) {
        char delay[32];

        snprintf(label, lsize, "%s", _("PROGRAMME OVER"));
        time_format_hm(v->closed_at >= 0 ? v->closed_at : p->items[p->n_items - 1].end, end);
        time_format_delay(v->day_delay, delay, sizeof delay);
        if (v->closed_at >= 0)
            snprintf(info, isize, _("closed at %s, %s"), end, delay);
        else
            snprintf(info, isize, _("the plan ended at %s"), end);
        return;
    }
    item_length_words(app, v->current, total, sizeof total);
    time_format_hm(v->items[v->current].end, end);
    /* words as well as colour, so the warning shows in monochrome too */
    snprintf(label, lsize, "%s",
             v->state == TIME_OVER   ? _("OVER TIME")
             : v->state == TIME_WARN ? _(" REMAINING: WRAP UP ")
                                     : _("REMAINING"));
    if (v->remaining < 0)
        snprintf(info, isize, _("OVER TIME by %s (%s)"), d, total);
    else
        snprintf(info, isize, _("%s left until %s (%s)"), d, end, total);
}

/* The countdown in big digits, or as plain bold text when too wide. */
static void draw_number(WINDOW *w, int x, int cols, const char *big, attr_t attr)
{
    if (big_width(big) <= cols) {
        big_draw(w, 1, x, big, attr);
        return;
    }
    wattrset(w, attr | A_BOLD);
    mvwaddstr(w, 3, x, big);
}

/* The countdown's column: the right half, moved left for a long number
 * ("2:30:00" before the day) as far as the wall clock allows. */
static int countdown_x(WINDOW *w, const char *big)
{
    int x = getmaxx(w) / 2, need = big_width(big) + 1;
    int leftmost = LEFT_X + big_width("00:00") + 3;

    if (getmaxx(w) - x < need)
        x = getmaxx(w) - need > leftmost ? getmaxx(w) - need : leftmost;
    return x;
}

static void draw_countdown(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    char label[32], info[96], big[20], d[16];
    bool over = v->state == TIME_OVER;
    int x, cols;
    /* Plain text around the digits: the colour is in the digits, and a
     * plain line costs fewer bytes each second. */
    attr_t text = over ? ui_style(STYLE_ALARM) : A_NORMAL;

    describe(app, label, sizeof label, info, sizeof info);
    time_format_duration(v->remaining, d, sizeof d);
    snprintf(big, sizeof big, "%s%s", over ? "+" : "", d);
    x = countdown_x(w, big);
    cols = getmaxx(w) - x - 1;
    if (over) { /* a solid block that cannot be missed from the stage */
        wattrset(w, text);
        for (int r = 0; r < BIG_ROWS + 2; r++)
            mvwhline(w, r, x - 1, ' ', cols + 2);
    }
    wattrset(w, v->state == TIME_WARN ? ui_style(STYLE_WARN_LABEL) : text | A_BOLD);
    ui_text(w, 0, x, cols, label);
    if (v->current < (int)app->prog->n_items)
        draw_number(w, x, cols, big, over ? text : ui_style(ui_time_style(v->state)));
    wattrset(w, text);
    ui_text(w, 1 + BIG_ROWS, x, cols, info);
    wattrset(w, A_NORMAL);
}

static void draw(WINDOW *w, const struct app *app)
{
    draw_wall(w, app);
    draw_countdown(w, app);
}

static uint64_t stamp(const struct app *app)
{
    uint64_t h = ui_hash(UI_HASH_SEED, app->now);

    h = ui_hash(h, app->view.current);
    h = ui_hash(h, app->view.remaining);
    return ui_hash(h, app->agenda.version);
}

/* Where the clock gives its room to other panels: the same figures on
 * one line. */
static void draw_line(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    char hms[9], label[32], info[96];
    int x = LEFT_X;

    time_format_hms(app->now, hms);
    describe(app, label, sizeof label, info, sizeof info); /* info says it in words */
    wattrset(w, A_BOLD);
    x += ui_text(w, 0, x, 8, hms) + 3;
    wattrset(w, v->state == TIME_OVER   ? ui_style(STYLE_ALARM)
                : v->state == TIME_WARN ? ui_style(STYLE_WARN_LABEL)
                                        : ui_style(ui_time_style(v->state)));
    ui_text(w, 0, x, getmaxx(w) - x - 1, info);
    wattrset(w, A_NORMAL);
}

const struct panel panel_clock = {.name = "clock", .height = 7, .draw = draw, .stamp = stamp};
const struct panel panel_clock_line = {
    .name = "clock", .height = 1, .draw = draw_line, .stamp = stamp};
