/* The top bar: which event this is, whether its date is today's, and
 * whether the clock is a rehearsal. */
#include <stdio.h>

#include "ui_panel.h"
#include "utf8.h"

static void draw(WINDOW *w, const struct app *app)
{
    static const char *const roles[] = {"", "PRODUCER ", "TECHNICIAN "};
    char line[512], note[96] = "", right[64];
    int cols = getmaxx(w), x = 9;

    wbkgdset(w, ' ' | ui_style(STYLE_HEADER));
    werase(w);
    snprintf(right, sizeof right, "%s", roles[app->role]);
    if (app->clock.rehearsal)
        snprintf(right, sizeof right, "REHEARSAL x%g  %s", app->clock.speed, roles[app->role]);
    else if (app->other_day)
        snprintf(right, sizeof right, "LIVE ON TODAY'S CLOCK  %s", roles[app->role]);
    /* another day's programme: said first, not only shown in the line */
    if (app->other_day)
        snprintf(note, sizeof note, "PROGRAMME FOR %s — today is %s  ", app->prog->event.date,
                 app->today);
    /* short of columns: the two dates still whole */
    if (app->other_day && utf8_width(note) > cols - 11 - utf8_width(right))
        snprintf(note, sizeof note, "FOR %s, today %s ", app->prog->event.date, app->today);
    programme_event_line(&app->prog->event, line, sizeof line);
    wattr_on(w, ui_style(STYLE_HEADER) | A_BOLD, NULL);
    mvwaddstr(w, 0, 1, "podium");
    x += ui_text(w, 0, x, cols - 11 - utf8_width(right), note);
    wattr_off(w, A_BOLD, NULL);
    ui_text(w, 0, x, cols - 2 - x - utf8_width(right), line);
    wattr_on(w, A_BOLD, NULL);
    ui_text_right(w, 0, cols, right);
    wattr_off(w, ui_style(STYLE_HEADER) | A_BOLD, NULL);
}

static uint64_t stamp(const struct app *app)
{
    return ui_hash(ui_hash(ui_hash(UI_HASH_SEED, app->clock.rehearsal), app->role),
                   app->other_day);
}

const struct panel panel_header = {.name = "header", .height = 1, .draw = draw, .stamp = stamp};
