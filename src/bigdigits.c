/* A 3×5 pixel font for the clock, the countdowns and the stream's state. A pixel is two cells of
 * reverse-video space: square on a terminal's tall cells, solid in every
 * font, and one byte a cell on the wire (a full block is three). */
#include <string.h>

#include "ui_panel.h"
#include "utf8.h"

struct glyph {
    unsigned ch; /* a code point: Swedish states have Å and Ö */
    const char *rows[BIG_ROWS];
};

static const struct glyph font[] = {
    {'0', {"###", "# #", "# #", "# #", "###"}}, {'1', {"  #", "  #", "  #", "  #", "  #"}},
    {'2', {"###", "  #", "###", "#  ", "###"}}, {'3', {"###", "  #", "###", "  #", "###"}},
    {'4', {"# #", "# #", "###", "  #", "  #"}}, {'5', {"###", "#  ", "###", "  #", "###"}},
    {'6', {"###", "#  ", "###", "# #", "###"}}, {'7', {"###", "  #", "  #", "  #", "  #"}},
    {'8', {"###", "# #", "###", "# #", "###"}}, {'9', {"###", "# #", "###", "  #", "###"}},
    {':', {" ", "#", " ", "#", " "}},           {'+', {"   ", " # ", "###", " # ", "   "}},
    {'-', {"   ", "   ", "###", "   ", "   "}},
    /* the letters of the stream's states */
    {'A', {" # ", "# #", "###", "# #", "# #"}}, {'D', {"## ", "# #", "# #", "# #", "## "}},
    {'E', {"###", "#  ", "## ", "#  ", "###"}}, {'F', {"###", "#  ", "## ", "#  ", "#  "}},
    {'G', {"###", "#  ", "# #", "# #", "###"}}, {'I', {"###", " # ", " # ", " # ", "###"}},
    {'L', {"#  ", "#  ", "#  ", "#  ", "###"}}, {'N', {"## ", "# #", "# #", "# #", "# #"}},
    {'O', {"###", "# #", "# #", "# #", "###"}}, {'R', {"## ", "# #", "## ", "# #", "# #"}},
    {'S', {"###", "#  ", "###", "  #", "###"}}, {'T', {"###", " # ", " # ", " # ", " # "}},
    {'V', {"# #", "# #", "# #", "# #", " # "}}, {'W', {"# #", "# #", "# #", "###", "# #"}},
    /* and of their Swedish words: TRÖG, STÅR STILL, AVSLUTAD */
    {'U', {"# #", "# #", "# #", "# #", "###"}}, {0xD6, {"# #", "###", "# #", "# #", "###"}},
    {0xC5, {" # ", "###", "# #", "###", "# #"}},
    {' ', {" ", " ", " ", " ", " "}},
};

static const struct glyph *find(unsigned ch)
{
    for (size_t i = 0; i < sizeof font / sizeof font[0]; i++) {
        if (font[i].ch == ch)
            return &font[i];
    }
    return &font[sizeof font / sizeof font[0] - 1];
}

/* The glyph of the character at *s, which moves past it; one the font
 * lacks is a blank. */
static const struct glyph *next_glyph(const char **s)
{
    int n;
    long cp = utf8_decode(*s, &n);

    *s += n;
    return find(cp < 0 ? ' ' : (unsigned)cp);
}

int big_width(const char *s)
{
    int w = 0;

    while (*s)
        w += (int)strlen(next_glyph(&s)->rows[0]) * 2 + 1;
    return w > 0 ? w - 1 : 0;
}

void big_draw(WINDOW *w, int y, int x, const char *s, attr_t attr)
{
    attr_t saved;
    short pair;

    /* On a reversed background (the alarm block) a lit pixel is a hole. */
    wattr_get(w, &saved, &pair, NULL);
    wattrset(w, attr ^ A_REVERSE);
    while (*s) {
        const struct glyph *g = next_glyph(&s);
        int gw = (int)strlen(g->rows[0]);

        for (int r = 0; r < BIG_ROWS; r++) {
            for (int c = 0; c < gw; c++) {
                if (g->rows[r][c] != '#')
                    continue;
                mvwaddstr(w, y + r, x + c * 2, "  ");
            }
        }
        x += gw * 2 + 1;
    }
    wattr_set(w, saved, pair, NULL);
}
