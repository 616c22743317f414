/* The bottom line: the quit question, the last message, or key hints. */
#include "ui_panel.h"

static void draw(WINDOW *w, const struct app *app)
{
    int cols = getmaxx(w);

    if (app->confirm_quit) {
        wbkgdset(w, ' ' | ui_style(STYLE_PROMPT));
        werase(w);
        ui_text(w, 0, 1, cols - 2, "Quit podium? Press y to quit, any other key to stay.");
        return;
    }
    wbkgdset(w, ' ');
    werase(w);
    if (app->message[0] != '\0') {
        wattr_on(w, A_BOLD, NULL);
        ui_text(w, 0, 1, cols - 2, app->message);
        wattr_off(w, A_BOLD, NULL);
        return;
    }
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, 0, 1, cols - 2, "n next   u undo   ? help   q quit");
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

static uint64_t stamp(const struct app *app)
{
    return ui_hash_str(ui_hash(UI_HASH_SEED, app->confirm_quit), app->message);
}

const struct panel panel_footer = {"footer", 1, draw, stamp, NULL};
