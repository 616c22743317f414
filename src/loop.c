#include "loop.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ui.h"

static volatile sig_atomic_t got_term, got_int;

static void on_signal(int sig)
{
    if (sig == SIGINT)
        got_int = 1;
    else
        got_term = 1;
}

void loop_signals(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* no SA_RESTART: the signal must wake poll() */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
}

/* Ctrl-C on stage is as costly as q: it asks first, and a second one
 * while asking quits. */
static bool take_interrupt(struct app *app)
{
    if (!got_int)
        return false;
    got_int = 0;
    if (app->confirm_quit)
        return true;
    app->help_shown = false;
    app->confirm_quit = true;
    return false;
}

static bool read_keys(struct app *app)
{
    int ch;

    while ((ch = ui_read_key()) != ERR) {
        if (ch == KEYCODE_RESIZE || ch == ('l' & 0x1f)) {
            ui_relayout();
            if (ch == KEYCODE_RESIZE)
                continue;
        }
        if (app_key(app, ch) == KEY_QUIT)
            return true;
        app_tick(app);
    }
    return false;
}

int loop_run(struct app *app)
{
    struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};

    for (;;) {
        app_tick(app);
        ui_draw(app);
        if (poll(&pfd, 1, clock_ms_to_next_second(&app->clock)) < 0 && errno != EINTR)
            return 1;
        if (got_term)
            return 0;
        if (take_interrupt(app))
            return 0;
        if (read_keys(app))
            return 0;
        if (pfd.revents & (POLLHUP | POLLERR))
            return 0; /* the terminal went away */
    }
}
