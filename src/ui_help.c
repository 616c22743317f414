/* The help overlay: every key from the key table, so it cannot go stale. */
#include <curses.h>

#include "keys.h"
#include "ui_panel.h"

#define HELP_WIDTH 72
#define LABEL_WIDTH 12

void ui_help_draw(const struct app *app)
{
    int h = (int)key_table_len + 6;
    int w = COLS - 4 < HELP_WIDTH ? COLS - 4 : HELP_WIDTH;
    WINDOW *win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);

    (void)app;
    if (win == NULL)
        return;
    box(win, 0, 0);
    wattr_on(win, A_BOLD, NULL);
    mvwaddstr(win, 0, 2, " Keys ");
    wattr_off(win, A_BOLD, NULL);
    for (size_t i = 0; i < key_table_len; i++) {
        wattr_on(win, A_BOLD, NULL);
        mvwaddstr(win, 2 + (int)i, 2, key_table[i].label);
        wattr_off(win, A_BOLD, NULL);
        ui_text(win, 2 + (int)i, 2 + LABEL_WIDTH, w - LABEL_WIDTH - 4, key_table[i].help);
    }
    ui_text(win, h - 2, 2, w - 4, "Any key closes this help.");
    wnoutrefresh(win);
    delwin(win);
}
