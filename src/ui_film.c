/* The producer's film cue: a reminder two minutes before the film's
 * projected start, the standby line, and while it rolls a big countdown
 * of the film, the last 30 s telling the moderator to be ready, then that
 * the film is over and what comes next. Hidden when there is no cue. */
#include <stdio.h>

#include "timefmt.h"

#include "i18n.h"
#include "bigdigits.h"
#include "ui_panel.h"

#define ROLLING_ROWS (1 + BIG_ROWS)

static const char *film_title(const struct app *app)
{
    const struct item *it = &app->prog->items[app->view.film_item];

    return it->film->title ? it->film->title : it->title;
}

static void draw_line(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    char line[256], len[16], until[16];

    time_format_duration(app->prog->items[v->film_item].film->duration, len, sizeof len);
    time_format_duration(v->film_until > 0 ? v->film_until : 0, until, sizeof until);
    if (v->film == FILM_STANDBY)
        snprintf(line, sizeof line, _(" FILM ON STANDBY: %s (%s) - f rolls it "), film_title(app),
                 len);
    else
        snprintf(line, sizeof line, _(" FILM in %s: %s (%s) - f arms standby "), until,
                 film_title(app), len);
    /* the producer sees the cue coming all day; it calls for action only
     * from the reminder on */
    wattrset(w, v->film == FILM_STANDBY || v->film_reminder ? ui_style(STYLE_WARN_LABEL)
                                                            : A_BOLD);
    ui_text(w, 0, 2, getmaxx(w) - 4, line);
    wattrset(w, A_NORMAL);
}

static void draw_rolling(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    int x = 2 + big_width("0:00", BIG_ROWS) + 4, cols = getmaxx(w) - x - 1;
    char left[16], line[256];

    wattrset(w, A_BOLD);
    ui_text(w, 0, 2, getmaxx(w) - 4, v->film_left < 0 ? _("FILM OVER") : _("FILM ROLLING"));
    wattrset(w, A_NORMAL);
    ui_text(w, 0, 16, getmaxx(w) - 18, film_title(app));
    if (v->film_left < 0) {
        const int next = agenda_uncut_from(&app->agenda, v->film_item + 1);

        wattrset(w, ui_style(STYLE_ALARM));
        ui_text(w, 2, 2, getmaxx(w) - 4, _(" THE FILM IS OVER "));
        wattrset(w, A_NORMAL);
        if (next < (int)app->prog->n_items) {
            snprintf(line, sizeof line, _("Next: %d %s (n starts it)"), next + 1,
                     app->prog->items[next].title);
            ui_text(w, 4, 2, getmaxx(w) - 4, line);
        }
        return;
    }
    time_format_duration(v->film_left, left, sizeof left);
    big_draw(w, 1, 2, left, ui_style(v->film_left <= FILM_READY_BEFORE ? STYLE_WARN : STYLE_OK),
             BIG_ROWS);
    ui_text(w, 2, x, cols, _("left of the film"));
    if (v->film_left <= FILM_READY_BEFORE) {
        wattrset(w, ui_style(STYLE_WARN_LABEL));
        ui_text(w, 4, x, cols, _(" MODERATOR: READY ON STAGE "));
        wattrset(w, A_NORMAL);
    }
}

/* Rolling on a screen too short for the big countdown (the focused queue
 * took the rows): one line that still says what the big one would. */
static void draw_rolling_line(WINDOW *w, const struct app *app)
{
    const struct agenda_view *v = &app->view;
    char left[16], line[256];
    bool ready = v->film_left <= FILM_READY_BEFORE;

    int next = agenda_uncut_from(&app->agenda, v->film_item + 1);

    time_format_duration(v->film_left > 0 ? v->film_left : 0, left, sizeof left);
    if (v->film_left < 0 && next < (int)app->prog->n_items)
        snprintf(line, sizeof line, _(" THE FILM IS OVER - Next: %d %s (n starts it) "),
                 next + 1, app->prog->items[next].title);
    else if (v->film_left < 0)
        snprintf(line, sizeof line, "%s", _(" THE FILM IS OVER "));
    else
        snprintf(line, sizeof line,
                 ready ? _(" FILM ROLLING %s left - MODERATOR: READY ON STAGE: %s ")
                       : _(" FILM ROLLING %s left: %s "), left, film_title(app));
    wattrset(w, ui_style(v->film_left < 0 ? STYLE_ALARM : ready ? STYLE_WARN_LABEL : STYLE_OK));
    ui_text(w, 0, 2, getmaxx(w) - 4, line);
    wattrset(w, A_NORMAL);
}

static void draw(WINDOW *w, const struct app *app)
{
    if (app->view.film_item < 0)
        return;
    if (app->view.film == FILM_ROLLING && getmaxy(w) < ROLLING_ROWS)
        draw_rolling_line(w, app);
    else if (app->view.film == FILM_ROLLING)
        draw_rolling(w, app);
    else
        draw_line(w, app);
}

static int want(const struct app *app)
{
    const struct agenda_view *v = &app->view;

    if (v->film_item < 0 || v->film == FILM_DONE)
        return 0;
    if (v->film == FILM_ROLLING)
        return ROLLING_ROWS;
    return v->film == FILM_STANDBY || v->film_reminder || app->role == ROLE_PRODUCER ? 1 : 0;
}

/* Rolling, the film keeps a line however short the screen. */
static int keep(const struct app *app)
{
    return want(app) > 0 ? 1 : 0;
}

static uint64_t stamp(const struct app *app)
{
    const struct agenda_view *v = &app->view;
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, v->film_item), v->film);

    h = ui_hash(h, app->agenda.reshaped); /* its item may have moved */

    if (v->film == FILM_ROLLING)
        return ui_hash(h, v->film_left);
    if (v->film_reminder || app->role == ROLE_PRODUCER)
        return ui_hash(h, v->film_until);
    return h;
}

const struct panel panel_film = {
    .name = "film", .height = 0, .draw = draw, .stamp = stamp, .want = want, .keep = keep,
    .whole = true};
