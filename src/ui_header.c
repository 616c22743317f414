/* The top bar: which event this is, whether its date is today's, and
 * whether the clock is a rehearsal. */
#include <stdio.h>

#include "i18n.h"
#include "ui_panel.h"
#include "utf8.h"

static void draw(WINDOW *w, const struct app *app)
{
    static const char *const roles[] = {"", N_("PRODUCER "), N_("TECHNICIAN "), ""};
    char line[512], note[96] = "", right[64];
    int cols = getmaxx(w), x = 9;

    wbkgdset(w, ' ' | ui_style(STYLE_HEADER));
    werase(w);
    const char *role = app->role == ROLE_MODERATOR ? "" : _(roles[app->role]);

    snprintf(right, sizeof right, "%s", role);
    if (app->clock.rehearsal)
        snprintf(right, sizeof right, _("REHEARSAL x%g  %s"), app->clock.speed, role);
    else if (app->other_day)
        snprintf(right, sizeof right, _("LIVE ON TODAY'S CLOCK  %s"), role);
    /* another day's programme: said first, not only shown in the line */
    if (app->other_day)
        snprintf(note, sizeof note, _("PROGRAMME FOR %s — today is %s  "), app->prog->event.date,
                 app->today);
    /* short of columns: the two dates still whole */
    if (app->other_day && utf8_width(note) > cols - 11 - utf8_width(right))
        snprintf(note, sizeof note, _("FOR %s, today %s "), app->prog->event.date, app->today);
    /* short of columns, the venue goes before the date does */
    programme_event_line(&app->prog->event, true, line, sizeof line);
    if (utf8_width(line) > cols - 2 - x - utf8_width(right) - utf8_width(note))
        programme_event_line(&app->prog->event, false, line, sizeof line);
    wattr_on(w, ui_style(STYLE_HEADER) | A_BOLD, NULL);
    mvwaddstr(w, 0, 1, "podium");
    x += ui_text(w, 0, x, cols - 11 - utf8_width(right), note);
    wattr_off(w, A_BOLD, NULL);
    /* the event's name whole enough to read, or not at all ("Vår" was
     * "Vård i rörelse" cut) */
    if (cols - 2 - x - utf8_width(right) >= 16)
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
