/* loop: the dashboard's one event loop and its one wait. It sleeps in
 * poll(2) until a key arrives, a signal lands or the clock reaches its
 * next whole second, then draws what changed. Signal handlers only set
 * flags. Later, curl's sockets join the same poll. */
#ifndef PODIUM_LOOP_H
#define PODIUM_LOOP_H

#include "app.h"

/* Runs until the user quits or SIGTERM/SIGHUP arrives; returns the exit
 * status. The ui must be started. */
int loop_run(struct app *app);

/* Installs the signal handlers the loop reads. */
void loop_signals(void);

#endif
