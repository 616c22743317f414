/* A 3×5 pixel font for the clock and countdown, each pixel two columns
 * of full blocks so the digits stay square on a terminal's tall cells. */
#include <string.h>

#include "ui_panel.h"

struct glyph {
    char ch;
    const char *rows[BIG_ROWS];
};

static const struct glyph font[] = {
    {'0', {"###", "# #", "# #", "# #", "###"}}, {'1', {"  #", "  #", "  #", "  #", "  #"}},
    {'2', {"###", "  #", "###", "#  ", "###"}}, {'3', {"###", "  #", "###", "  #", "###"}},
    {'4', {"# #", "# #", "###", "  #", "  #"}}, {'5', {"###", "#  ", "###", "  #", "###"}},
    {'6', {"###", "#  ", "###", "# #", "###"}}, {'7', {"###", "  #", "  #", "  #", "  #"}},
    {'8', {"###", "# #", "###", "# #", "###"}}, {'9', {"###", "# #", "###", "  #", "###"}},
    {':', {" ", "#", " ", "#", " "}},           {'+', {"   ", " # ", "###", " # ", "   "}},
    {'-', {"   ", "   ", "###", "   ", "   "}}, {' ', {" ", " ", " ", " ", " "}},
};

static const struct glyph *find(char ch)
{
    for (size_t i = 0; i < sizeof font / sizeof font[0]; i++) {
        if (font[i].ch == ch)
            return &font[i];
    }
    return &font[sizeof font / sizeof font[0] - 1];
}

int big_width(const char *s)
{
    int w = 0;

    for (; *s; s++)
        w += (int)strlen(find(*s)->rows[0]) * 2 + 1;
    return w > 0 ? w - 1 : 0;
}

void big_draw(WINDOW *w, int y, int x, const char *s, attr_t attr)
{
    for (; *s; s++) {
        const struct glyph *g = find(*s);
        int gw = (int)strlen(g->rows[0]);

        for (int r = 0; r < BIG_ROWS; r++) {
            for (int c = 0; c < gw; c++) {
                if (g->rows[r][c] != '#')
                    continue;
                wattr_on(w, attr, NULL);
                mvwaddstr(w, y + r, x + c * 2, "██");
                wattr_off(w, attr, NULL);
            }
        }
        x += gw * 2 + 1;
    }
}
