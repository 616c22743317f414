/* loop: the dashboard's one event loop and its one wait. It sleeps in
 * poll(2) until a key arrives, a signal lands, the stream watcher's
 * sockets or timers ask, or the clock reaches its next whole second; then
 * it reads the other terminals' steps from the journal and draws what
 * changed. Keys are read only when the terminal has some. Signal
 * handlers only set flags. */
#ifndef PODIUM_LOOP_H
#define PODIUM_LOOP_H

#include "app.h"

/* Runs until the user quits or SIGTERM/SIGHUP arrives; returns the exit
 * status. The ui must be started. */
int loop_run(struct app *app);

/* Installs the signal handlers the loop reads. */
void loop_signals(void);

#endif
