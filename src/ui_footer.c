/* The bottom line: the quit question, the last message, or key hints. */
#include <stdio.h>

#include "ui_panel.h"

/* "Add speaker next: Fråga från salen▌   Enter adds, Esc cancels" */
static void draw_entry(WINDOW *w, const struct app *app)
{
    const char *hint = "   Enter adds, Esc cancels";
    int cols = getmaxx(w), x = 1;
    char prompt[48];

    snprintf(prompt, sizeof prompt, "Add %s %s: ",
             app->entry_queue == PEOPLE_PRESS ? "press booking" : "speaker",
             app->entry_next ? "next" : "at the end");
    wattr_on(w, A_BOLD, NULL);
    x += ui_text(w, 0, x, cols - 2, prompt);
    wattr_off(w, A_BOLD, NULL);
    x += ui_text(w, 0, x, cols - x - 2, app->entry);
    wattr_on(w, A_REVERSE, NULL); /* the cursor */
    mvwaddch(w, 0, x, ' ');
    wattr_off(w, A_REVERSE, NULL);
    wattr_on(w, ui_style(STYLE_DIM), NULL);
    ui_text(w, 0, x + 1, cols - x - 2, hint);
    wattr_off(w, ui_style(STYLE_DIM), NULL);
}

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
    if (app->entry_item >= 0) {
        draw_entry(w, app);
        return;
    }
    if (app->save_error[0] != '\0') {
        /* loud until a write works again: the day is not being kept */
        wattr_on(w, ui_style(STYLE_ALARM), NULL);
        ui_text(w, 0, 1, cols - 2, app->save_error);
        wattr_off(w, ui_style(STYLE_ALARM), NULL);
        return;
    }
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
    uint64_t h = ui_hash_str(ui_hash(UI_HASH_SEED, app->confirm_quit), app->message);

    h = ui_hash_str(h, app->save_error);
    return ui_hash_str(ui_hash(h, app->entry_item), app->entry);
}

const struct panel panel_footer = {.name = "footer", .height = 1, .draw = draw, .stamp = stamp};
