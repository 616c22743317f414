/* The technician's view of the livestream's health. This version does
 * not poll the stream yet: the panel holds the technician's place on the
 * screen and says so, rather than showing a health it does not know. */
#include "ui_panel.h"

static void draw(WINDOW *w, const struct app *app)
{
    (void)app;
    wattr_on(w, A_BOLD, NULL);
    mvwaddstr(w, 0, 2, "STREAM");
    wattr_off(w, A_BOLD, NULL);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, 0, 10, getmaxx(w) - 11, "not watched: this version does not poll the stream yet");
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

static uint64_t stamp(const struct app *app)
{
    (void)app;
    return UI_HASH_SEED;
}

const struct panel panel_stream = {.name = "stream", .height = 2, .draw = draw, .stamp = stamp};
