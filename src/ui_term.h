/* ui_term: what podium asks of the terminal itself, below curses.
 * Private to ui.c, and apart from it because <term.h> defines every
 * terminfo capability as a macro (bell, lines, columns...).
 *
 * ui_rescue_save_tty() before curses starts, ui_rescue_arm() once it has:
 * if podium then dies of SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT or
 * SIGQUIT, the tty modes and the screen are given back first. */
#ifndef PODIUM_UI_TERM_H
#define PODIUM_UI_TERM_H

#include <stdbool.h>

void ui_rescue_save_tty(void);
void ui_rescue_arm(void);

/* Whether the terminal has a visible bell. Without one, curses' flash()
 * beeps instead, which a laptop on stage must not do unasked. */
bool ui_term_can_flash(void);

#endif
