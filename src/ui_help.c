/* The help overlay: every key from the key table, so it cannot go stale. */
#include <curses.h>

#include "keys.h"
#include "i18n.h"
#include "ui_panel.h"
#include "utf8.h"

/* The keys' column: as wide as the widest label in the language shown
 * and a space ("n, mellanslag"), at least the English 12. */
static int label_width(void)
{
    return (keys_label_width() > 11 ? keys_label_width() : 11) + 1;
}

/* As wide as the longest help in the language shown, and the box. */
static int help_width(void)
{
    int widest = 0;

    for (size_t i = 0; i < key_table_len; i++) {
        int w = utf8_width(_(key_table[i].help));

        widest = w > widest ? w : widest;
    }
    return label_width() + widest + 4;
}

/* One column in a box, with a blank line above and below the keys, when
 * the screen has the rows; without the blank lines when tight; without
 * the box, the whole screen, when tighter; without its title line when
 * tighter still (80x24: a key a row); two columns (each help cut to its
 * width) when even that is too tall. */
void ui_help_draw(const struct app *app)
{
    int n = (int)key_table_len, pad = n + 6 <= LINES ? 1 : 0;
    bool boxed = n + 3 <= LINES;
    int title = boxed || n + 1 <= LINES || n > LINES ? 1 : 0;
    int cols = boxed || n + title <= LINES ? 1 : 2, per = (n + cols - 1) / cols;
    int h = boxed ? per + 3 + 2 * pad : LINES;
    int w = boxed ? (COLS - 4 < help_width() ? COLS - 4 : help_width()) : COLS;
    int x0 = boxed ? 2 : 1, cw = (w - 2) / cols, lw = label_width();
    WINDOW *win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);

    (void)app;
    if (win == NULL)
        return;
    wattr_on(win, A_BOLD, NULL);
    if (boxed) {
        box(win, 0, 0);
        mvwaddstr(win, 0, 2, _(" Keys "));
    } else if (title) {
        mvwaddstr(win, 0, 1, _("Keys (any key closes this help)"));
    }
    wattr_off(win, A_BOLD, NULL);
    for (int i = 0; i < n; i++) {
        int y = title + pad + i % per, x = x0 + (i / per) * cw;

        wattr_on(win, A_BOLD, NULL);
        ui_text(win, y, x, lw - 1, _(key_table[i].label));
        wattr_off(win, A_BOLD, NULL);
        ui_text(win, y, x + lw, cw - lw - 2, _(key_table[i].help));
    }
    if (boxed)
        ui_text(win, h - 2, 2, w - 4, _("Any key closes this help."));
    /* no row for the title: it goes at the end of the last key's row,
     * where that leaves room */
    if (!title && cols == 1) {
        const char *t = _("Keys (any key closes this help)");
        int used = x0 + lw + utf8_width(_(key_table[n - 1].help));

        if (used + 2 + utf8_width(t) <= w - 1) {
            wattr_on(win, A_BOLD, NULL);
            ui_text_right(win, n - 1, w - 1, t);
            wattr_off(win, A_BOLD, NULL);
        }
    }
    wnoutrefresh(win);
    delwin(win);
}
