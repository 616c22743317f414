/* ui: the curses screen. It reads the app and draws it; it never changes
 * the day. Only ui*.c include curses. */
#ifndef PODIUM_UI_H
#define PODIUM_UI_H

#include <stdbool.h>

#include "app_state.h"

#define UI_MIN_COLS 80
#define UI_MIN_ROWS 24
#define UI_STAGE_MIN_COLS 20 /* --role stage */
#define UI_STAGE_MIN_ROWS 5

/* Starts curses on the terminal with the role's panels; false (with a
 * message) when it cannot. */
bool ui_init(enum role role);
/* Restores the terminal; safe to call more than once and from exit paths. */
void ui_end(void);
/* Draws what changed since the last frame and flushes it in one update. */
void ui_draw(const struct app *app);
/* After KEY_RESIZE or Ctrl-L: lay the screen out anew. */
void ui_relayout(void);
/* The terminal's rows now. */
int ui_lines(void);
/* A pending key as keys.h has it (a code point or a KEYCODE_), or -1
 * (ERR) when none; never waits. */
int ui_read_key(void);

#endif
