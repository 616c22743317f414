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

/* The keys from `first`, `count` of them, a row each from row y. */
static void draw_keys(WINDOW *win, int y, int x, int w, int first, int count)
{
    int lw = label_width();

    for (int i = 0; i < count; i++) {
        wattr_on(win, A_BOLD, NULL);
        ui_text(win, y + i, x, lw - 1, _(key_table[first + i].label));
        wattr_off(win, A_BOLD, NULL);
        ui_text(win, y + i, x + lw, w - lw - 1, _(key_table[first + i].help));
    }
}

/* A help taller than the screen, in pages (keys.h): the whole screen, a
 * title with the page, and how to turn it. */
static void draw_page(const struct app *app)
{
    int pages = keys_help_pages(LINES), per = keys_help_per_page(LINES);
    int page = app->help_page < pages ? app->help_page : pages - 1;
    int first = page * per, n = (int)key_table_len - first < per ? (int)key_table_len - first : per;
    WINDOW *win = newwin(LINES, COLS, 0, 0);
    char title[96];

    if (win == NULL)
        return;
    snprintf(title, sizeof title, _("Keys, page %d of %d"), page + 1, pages);
    wattr_on(win, A_BOLD, NULL);
    ui_text(win, 0, 1, COLS - 2, title);
    wattr_off(win, A_BOLD, NULL);
    draw_keys(win, 1, 1, COLS - 1, first, n);
    ui_text(win, LINES - 1, 1, COLS - 2,
            page + 1 < pages ? _("Space or Down: the next page; any other key closes this help.")
                             : _("Any key closes this help."));
    wnoutrefresh(win);
    delwin(win);
}

/* One column in a box, with a blank line above and below the keys, when
 * the screen has the rows; without the blank lines when tight; without
 * the box, the whole screen, when tighter; without its title line when
 * tighter still (80x24: a key a row); in pages when even that is too
 * tall. */
void ui_help_draw(const struct app *app)
{
    int n = (int)key_table_len, pad = n + 6 <= LINES ? 1 : 0;
    bool boxed = n + 3 <= LINES;
    int title = boxed || n + 1 <= LINES ? 1 : 0;
    int h = boxed ? n + 3 + 2 * pad : LINES;
    int w = boxed ? (COLS - 4 < help_width() ? COLS - 4 : help_width()) : COLS;
    int x0 = boxed ? 2 : 1;
    WINDOW *win;

    if (keys_help_pages(LINES) > 1) {
        draw_page(app);
        return;
    }
    if ((win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2)) == NULL)
        return;
    wattr_on(win, A_BOLD, NULL);
    if (boxed) {
        box(win, 0, 0);
        mvwaddstr(win, 0, 2, _(" Keys "));
    } else if (title) {
        mvwaddstr(win, 0, 1, _("Keys (any key closes this help)"));
    }
    wattr_off(win, A_BOLD, NULL);
    draw_keys(win, title + pad, x0, w - x0 - 1, 0, n);
    if (boxed)
        ui_text(win, h - 2, 2, w - 4, _("Any key closes this help."));
    /* no row for the title: it goes at the end of the last key's row,
     * where that leaves room */
    if (!title) {
        const char *t = _("Keys (any key closes this help)");
        int used = x0 + label_width() + utf8_width(_(key_table[n - 1].help));

        if (used + 2 + utf8_width(t) <= w - 1) {
            wattr_on(win, A_BOLD, NULL);
            ui_text_right(win, n - 1, w - 1, t);
            wattr_off(win, A_BOLD, NULL);
        }
    }
    wnoutrefresh(win);
    delwin(win);
}
