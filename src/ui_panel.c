/* The helpers every panel draws with: the styles (colour, or attributes
 * alone under NO_COLOR or on a monochrome terminal), text cut to a width
 * by display columns, and the content stamps that tell a panel changed. */
#include "ui_panel.h"

#include <stdlib.h>
#include <string.h>

#include "safe.h"
#include "utf8.h"

static bool color;

enum { PAIR_OK = 1, PAIR_WARN, PAIR_OVER, PAIR_ALARM, PAIR_HEADER, PAIR_CURRENT };

void ui_colors_init(void)
{
    const char *no_color = getenv("NO_COLOR");

    color = has_colors() && (no_color == NULL || no_color[0] == '\0');
    if (!color)
        return;
    start_color();
    use_default_colors();
    init_pair(PAIR_OK, COLOR_GREEN, -1);
    init_pair(PAIR_WARN, COLOR_YELLOW, -1);
    init_pair(PAIR_OVER, COLOR_RED, -1);
    init_pair(PAIR_ALARM, COLOR_WHITE, COLOR_RED);
    init_pair(PAIR_HEADER, COLOR_BLACK, COLOR_CYAN);
    init_pair(PAIR_CURRENT, COLOR_BLACK, COLOR_WHITE);
}

attr_t ui_style(enum ui_style s)
{
    if (!color) {
        switch (s) {
        case STYLE_HEADER: case STYLE_CURRENT: case STYLE_PROMPT: return A_REVERSE;
        case STYLE_WARN: return A_BOLD;
        case STYLE_WARN_LABEL: return A_BOLD | A_REVERSE;
        case STYLE_OVER: case STYLE_ALARM: return A_BOLD | A_REVERSE;
        case STYLE_DIM: return A_DIM;
        default: return A_NORMAL;
        }
    }
    switch (s) {
    case STYLE_HEADER: return COLOR_PAIR(PAIR_HEADER);
    case STYLE_DIM: return A_DIM;
    case STYLE_OK: return COLOR_PAIR(PAIR_OK) | A_BOLD;
    case STYLE_WARN: return COLOR_PAIR(PAIR_WARN) | A_BOLD;
    case STYLE_WARN_LABEL: return COLOR_PAIR(PAIR_WARN) | A_BOLD | A_REVERSE;
    case STYLE_OVER: return COLOR_PAIR(PAIR_OVER) | A_BOLD;
    case STYLE_ALARM: return COLOR_PAIR(PAIR_ALARM) | A_BOLD;
    case STYLE_CURRENT: return COLOR_PAIR(PAIR_CURRENT) | A_BOLD;
    case STYLE_PROMPT: return COLOR_PAIR(PAIR_ALARM) | A_BOLD;
    default: return A_NORMAL;
    }
}

enum ui_style ui_time_style(enum time_state s)
{
    switch (s) {
    case TIME_OK: return STYLE_OK;
    case TIME_WARN: return STYLE_WARN;
    case TIME_OVER: return STYLE_OVER;
    default: return STYLE_NORMAL;
    }
}

int ui_text(WINDOW *w, int y, int x, int cols, const char *s)
{
    char safe[1024];
    size_t n;

    if (cols <= 0)
        return 0;
    /* a newline, tab or bidi override from a journal line edited by hand
     * would move or reorder what is drawn: shown as ^J, \u202E */
    if (!utf8_valid(s) || safe_has_control(s))
        s = safe_text(s, safe, sizeof safe);
    n = utf8_fit(s, cols);
    if (n < strlen(s) && cols > 1) { /* never cut without a mark */
        mvwaddnstr(w, y, x, s, (int)utf8_fit(s, cols - 1));
        waddstr(w, "…");
        return utf8_width(s) < cols ? utf8_width(s) : cols;
    }
    mvwaddnstr(w, y, x, s, (int)n);
    return utf8_width(s) < cols ? utf8_width(s) : cols;
}

void ui_text_right(WINDOW *w, int y, int x_end, const char *s)
{
    int width = utf8_width(s);

    int x = x_end - width > 0 ? x_end - width : 0;

    ui_text(w, y, x, x_end - x, s);
}

uint64_t ui_hash(uint64_t h, int64_t v)
{
    for (int i = 0; i < 8; i++) {
        h ^= (uint64_t)(v >> (i * 8)) & 0xff;
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t ui_hash_str(uint64_t h, const char *s)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return ui_hash(h, 0);
}

