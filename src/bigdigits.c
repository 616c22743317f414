/* The big letters (bigdigits.h): one font, drawn at any height. */
#include <string.h>

#include "bigdigits.h"
#include "utf8.h"

struct glyph {
    unsigned ch; /* a code point: Swedish states have Å and Ö */
    const char *rows[5]; /* '#' lit */
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

/* A glyph's bands at a height: its rows bar, upper stem, bar, lower
 * stem, bar; its columns stem, middle, stem (two cells a row's height,
 * for square pixels on a terminal's tall cells). */
struct bands {
    int bar, upper, lower; /* rows */
    int stem, mid, gap;    /* columns */
};

static struct bands bands_at(int rows)
{
    struct bands b;

    b.bar = (rows + 1) / 6 > 1 ? (rows + 1) / 6 : 1;
    b.upper = (rows - 3 * b.bar) / 2;
    b.lower = rows - 3 * b.bar - b.upper;
    b.stem = 2 * b.bar;
    b.mid = 2 * b.upper;
    b.gap = b.bar;
    return b;
}

/* Where font row r (or column c) begins, and how many it takes. */
static int row_at(const struct bands *b, int r, int *n)
{
    const int starts[] = {0, b->bar, b->bar + b->upper, 2 * b->bar + b->upper,
                          2 * b->bar + b->upper + b->lower};

    *n = r % 2 == 0 ? b->bar : r == 1 ? b->upper : b->lower;
    return starts[r];
}

static int col_at(const struct bands *b, int c, int *n)
{
    *n = c == 1 ? b->mid : b->stem;
    return c == 0 ? 0 : c == 1 ? b->stem : b->stem + b->mid;
}

static int glyph_width(const struct bands *b, const struct glyph *g)
{
    return strlen(g->rows[0]) == 3 ? 2 * b->stem + b->mid : b->stem;
}

int big_width(const char *s, int rows)
{
    struct bands b = bands_at(rows);
    int w = 0;

    while (*s)
        w += glyph_width(&b, next_glyph(&s)) + b.gap;
    return w > 0 ? w - b.gap : 0;
}

int big_fit(const char *s, int cols, int max_rows)
{
    for (int rows = max_rows; rows >= BIG_ROWS; rows--) {
        if (big_width(s, rows) <= cols)
            return rows;
    }
    return 0;
}

static void fill(WINDOW *w, int y, int x, int rows, int cols)
{
    static const char spaces[] = "                                                                ";
    const int most = (int)sizeof spaces - 1;

    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c += most)
            mvwaddnstr(w, y + r, x + c, spaces, cols - c < most ? cols - c : most);
    }
}

void big_draw(WINDOW *w, int y, int x, const char *s, attr_t attr, int rows)
{
    struct bands b = bands_at(rows);
    attr_t saved;
    short pair;

    /* On a reversed background (the alarm block) a lit pixel is a hole. */
    wattr_get(w, &saved, &pair, NULL);
    wattrset(w, attr ^ A_REVERSE);
    while (*s) {
        const struct glyph *g = next_glyph(&s);
        int gw = (int)strlen(g->rows[0]);

        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < gw; c++) {
                int nr, nc, y0 = row_at(&b, r, &nr), x0 = col_at(&b, c, &nc);

                if (g->rows[r][c] == '#')
                    fill(w, y + y0, x + x0, nr, nc);
            }
        }
        x += glyph_width(&b, g) + b.gap;
    }
    wattr_set(w, saved, pair, NULL);
}
