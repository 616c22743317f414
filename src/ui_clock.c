/* The two big numbers: the wall clock on the left, and on the right the
 * current item's countdown, which turns to overtime past zero. They are
 * as tall as the panel's rows and each one's half of the width allow
 * (the panel grows into the rows the agenda does not need), and with a
 * row to spare the day's delay and projected end go under them. */
#include <stdio.h>
#include <string.h>

#include "timefmt.h"
#include "i18n.h"
#include "bigdigits.h"
#include "ui_panel.h"

#define LEFT_X 2

static void draw_wall(WINDOW *w, const struct app *app, int rows)
{
    char hm[6], hms[9];

    time_format_face(app->now, hm);
    time_format_face_hms(app->now, hms);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    mvwaddstr(w, 0, LEFT_X, _("TIME"));
    wattr_off(w, ui_style(STYLE_DIM), NULL);
    big_draw(w, 1, LEFT_X, hm, A_BOLD, rows);
    mvwaddstr(w, 1 + rows, LEFT_X, hms);
}

/* "Day: 16 min late · ends 14:31, planned 14:15", in the warning colour
 * when late: big enough a screen has room for it under the numbers. */
static void draw_day(WINDOW *w, int y, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    const struct programme *p = app->prog;
    int last = (int)p->n_items - 1;
    char delay[32], end[6], planned[6], line[160];

    if (last < 0 || y >= getmaxy(w))
        return;
    time_format_delay(v->day_delay, delay, sizeof delay);
    time_format_hm(v->items[last].end, end);
    time_format_hm(p->items[last].end, planned);
    if (strcmp(end, planned) != 0) /* TRANSLATORS: the day's delay, its projected and planned end */
        snprintf(line, sizeof line, _("Day: %s · ends %s, planned %s"), delay, end, planned);
    else
        snprintf(line, sizeof line, _("Day: %s · ends %s"), delay, end);
    wattrset(w, (v->day_delay >= 60 ? ui_style(STYLE_WARN) : A_NORMAL) | A_BOLD);
    ui_text(w, y, LEFT_X, getmaxx(w) - LEFT_X - 1, line);
    wattrset(w, A_NORMAL);
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
static void draw_number(WINDOW *w, int x, int cols, const char *big, attr_t attr, int rows)
{
    if (big_width(big, rows) <= cols) {
        big_draw(w, 1, x, big, attr, rows);
        return;
    }
    wattrset(w, attr | A_BOLD);
    mvwaddstr(w, 3, x, big);
}

/* The countdown's column: the right half, moved left for a long number
 * ("2:30:00" before the day) as far as the wall clock allows. */
static int countdown_x(WINDOW *w, const char *big)
{
    int x = getmaxx(w) / 2, need = big_width(big, BIG_ROWS) + 1;
    int leftmost = LEFT_X + big_width("00:00", BIG_ROWS) + 3;

    if (getmaxx(w) - x < need)
        x = getmaxx(w) - need > leftmost ? getmaxx(w) - need : leftmost;
    return x;
}

/* The numbers' height: the panel's rows less the label over them and the
 * line under, as far as both fit their columns. */
static int number_rows(WINDOW *w, const char *big, int x)
{
    int most = getmaxy(w) - 2;
    int wall = big_fit("00:00", x - LEFT_X - 3, most), count = big_fit(big, getmaxx(w) - x - 1, most);
    int rows = wall < count ? wall : count;

    return rows > BIG_ROWS ? rows : BIG_ROWS;
}

/* The countdown's text: its big number and the words around it. */
struct countdown {
    char big[20], label[32], info[96];
};

static void countdown_words(const struct app *app, struct countdown *c)
{
    char d[16];

    describe(app, c->label, sizeof c->label, c->info, sizeof c->info);
    time_format_duration(app->view.remaining, d, sizeof d);
    snprintf(c->big, sizeof c->big, "%s%s", app->view.state == TIME_OVER ? "+" : "", d);
}

static void draw_countdown(WINDOW *w, const struct app *app, const struct countdown *c, int x,
                           int rows)
{
    const struct agenda_view *v = &app->view;
    bool over = v->state == TIME_OVER;
    int cols = getmaxx(w) - x - 1;
    /* Plain text around the digits: the colour is in the digits, and a
     * plain line costs fewer bytes each second. */
    attr_t text = over ? ui_style(STYLE_ALARM) : A_NORMAL;

    if (over) { /* a solid block that cannot be missed from the stage */
        wattrset(w, text);
        for (int r = 0; r < rows + 2; r++)
            mvwhline(w, r, x - 1, ' ', cols + 2);
    }
    wattrset(w, v->state == TIME_WARN ? ui_style(STYLE_WARN_LABEL) : text | A_BOLD);
    ui_text(w, 0, x, cols, c->label);
    if (v->current < (int)app->prog->n_items)
        draw_number(w, x, cols, c->big, over ? text : ui_style(ui_time_style(v->state)), rows);
    wattrset(w, text);
    ui_text(w, 1 + rows, x, cols, c->info);
    wattrset(w, A_NORMAL);
}

static void draw(WINDOW *w, const struct app *app)
{
    struct countdown c;
    int x, rows;

    countdown_words(app, &c);
    x = countdown_x(w, c.big);
    rows = number_rows(w, c.big, x);
    draw_wall(w, app, rows);
    draw_countdown(w, app, &c, x, rows);
    if (getmaxy(w) > rows + 2)
        draw_day(w, rows + 3 < getmaxy(w) ? rows + 3 : rows + 2, app);
}

/* Rows the numbers could use at this width: "00:00" in half of it, and
 * the lines around them (the day's line a row apart). */
static int grow(const struct app *app, int cols)
{
    int rows = big_fit("00:00", cols / 2 - LEFT_X - 3, 1000);

    (void)app;
    return rows > BIG_ROWS ? rows + 4 : 2 + BIG_ROWS;
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

const struct panel panel_clock = {.name = "clock", .height = 2 + BIG_ROWS, .draw = draw,
                                  .stamp = stamp, .grow = grow};
const struct panel panel_clock_line = {
    .name = "clock", .height = 1, .draw = draw_line, .stamp = stamp};
