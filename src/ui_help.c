/* The help overlay: every key from the key table, so it cannot go stale. */
#include <curses.h>

#include "keys.h"
#include "ui_panel.h"

#define HELP_WIDTH 72
#define LABEL_WIDTH 12

/* One column with a blank line above and below the keys when the screen
 * has the rows; without them when tight; two columns (each help cut to
 * its width) when even that is too tall. */
void ui_help_draw(const struct app *app)
{
    int n = (int)key_table_len, pad = n + 6 <= LINES ? 1 : 0;
    int cols = n + 3 + 2 * pad <= LINES ? 1 : 2, per = (n + cols - 1) / cols;
    int h = per + 3 + 2 * pad, w = COLS - 4 < HELP_WIDTH * cols ? COLS - 4 : HELP_WIDTH * cols;
    int cw = (w - 2) / cols;
    WINDOW *win = newwin(h < LINES ? h : LINES, w, h < LINES ? (LINES - h) / 2 : 0,
                         (COLS - w) / 2);

    (void)app;
    if (win == NULL)
        return;
    box(win, 0, 0);
    wattr_on(win, A_BOLD, NULL);
    mvwaddstr(win, 0, 2, " Keys ");
    wattr_off(win, A_BOLD, NULL);
    for (int i = 0; i < n; i++) {
        int y = 1 + pad + i % per, x = 2 + (i / per) * cw;

        wattr_on(win, A_BOLD, NULL);
        ui_text(win, y, x, LABEL_WIDTH - 1, key_table[i].label);
        wattr_off(win, A_BOLD, NULL);
        ui_text(win, y, x + LABEL_WIDTH, cw - LABEL_WIDTH - 2, key_table[i].help);
    }
    ui_text(win, h - 2 < LINES - 2 ? h - 2 : LINES - 2, 2, w - 4, "Any key closes this help.");
    wnoutrefresh(win);
    delwin(win);
}
