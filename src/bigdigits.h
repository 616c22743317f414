/* bigdigits: numbers and a few words in big block letters, for reading
 * across a room: the clock, the countdowns, the film's, the stream's
 * state. A 3x5 pixel font drawn at any height from BIG_ROWS up: its five
 * rows become bands (bar, stem, bar, stem, bar) and its three columns
 * (stem, middle, stem), so a digit grows in both directions and keeps
 * its shape (5, 7, 9 ... rows). A lit cell is a reverse-video space: one
 * byte a cell on the wire, solid in every font. Private to ui*.c. */
#ifndef PODIUM_BIGDIGITS_H
#define PODIUM_BIGDIGITS_H

#include <curses.h>

#define BIG_ROWS 5 /* the smallest */

/* Columns s takes drawn rows high. */
int big_width(const char *s, int rows);
/* The most rows (up to max_rows) at which s fits in cols columns; 0
 * when it does not even at BIG_ROWS. */
int big_fit(const char *s, int cols, int max_rows);
/* Draws s rows high with its top left at y,x; attr's colour lights the
 * cells (on a reversed background, a lit cell is a hole). */
void big_draw(WINDOW *w, int y, int x, const char *s, attr_t attr, int rows);

#endif
