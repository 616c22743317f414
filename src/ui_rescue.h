/* ui_rescue: the terminal given back even when podium crashes.
 * Private to ui.c. Save the tty before curses starts; once it has, arm
 * the handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT. */
#ifndef PODIUM_UI_RESCUE_H
#define PODIUM_UI_RESCUE_H

void ui_rescue_save_tty(void);
void ui_rescue_arm(void);

#endif
