#include "loop.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "app_keys.h"
#include "http.h"
#include "keys.h"
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
        app->lines = ui_lines();
        if (ch == KEYCODE_RESIZE || keys_lookup(ch) == ACT_REDRAW) {
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

/* The one wait: the keyboard, the clock's next second, and the stream
 * watcher's sockets and timers. Returns poll(2)'s result. */
static int wait_once(struct app *app, struct pollfd *fds, int *n)
{
    int timeout = clock_ms_to_next_second(&app->clock);

    fds[0] = (struct pollfd){.fd = STDIN_FILENO, .events = POLLIN};
    *n = 1;
    if (app->watcher) {
        int t = watcher_timeout_ms(app->watcher);

        *n += watcher_fds(app->watcher, fds + 1, HTTP_MAX_FDS);
        if (t >= 0 && t < timeout)
            timeout = t;
    }
    return poll(fds, (nfds_t)*n, timeout);
}

int loop_run(struct app *app)
{
    struct pollfd fds[1 + HTTP_MAX_FDS];
    int n;

    for (;;) {
        int ready;

        app_tick(app);
        app_follow(app); /* the other terminals' steps, within a second */
        app_settle(app);
        ui_draw(app);
        if ((ready = wait_once(app, fds, &n)) < 0 && errno != EINTR)
            return 1;
        if (got_term)
            return 0;
        if (take_interrupt(app))
            return 0;
        /* keys first: a busy network never queues a key behind it. Only
         * when the terminal has some, or a signal came (a resize is one):
         * asking ncurses otherwise costs a poll(2) for nothing */
        if ((ready < 0 || (fds[0].revents & POLLIN)) && read_keys(app))
            return 0;
        if (fds[0].revents & (POLLHUP | POLLERR))
            return 0; /* the terminal went away */
        if (app->watcher)
            watcher_process(app->watcher, fds + 1, n - 1);
    }
}
