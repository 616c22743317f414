/* If podium crashes while the screen is up, the terminal must still be
 * given back: the tty modes and the escape sequences that leave the
 * alternate screen are prepared while calling curses is safe, and a
 * handler replays them with async-signal-safe calls only. */
#include <curses.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

#include "ui_term.h"

static struct {
    struct termios tio;
    bool have_tio;
    char seq[256];
    size_t len;
} rescue;

/* Appends a terminfo string, dropping its "$<5>" padding. */
static void rescue_add(const char *cap)
{
    const char *s = tigetstr(cap);

    if (s == NULL || s == (char *)-1)
        return;
    for (; *s && rescue.len < sizeof rescue.seq; s++) {
        if (s[0] == '$' && s[1] == '<') {
            const char *end = strchr(s, '>');

            if (end != NULL) {
                s = end;
                continue;
            }
        }
        rescue.seq[rescue.len++] = *s;
    }
}

/* Only async-signal-safe calls: write, tcsetattr, signal, raise. */
static void on_crash(int sig)
{
    if (rescue.len > 0 && write(STDOUT_FILENO, rescue.seq, rescue.len) < 0)
        rescue.len = 0;
    if (rescue.have_tio)
        tcsetattr(STDIN_FILENO, TCSANOW, &rescue.tio);
    signal(sig, SIG_DFL);
    raise(sig);
}

void ui_rescue_arm(void)
{
    static const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT};
    struct sigaction sa;

    rescue_add("sgr0");
    rescue_add("cnorm");
    rescue_add("rmcup");
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        sigaction(fatal[i], &sa, NULL);
}

void ui_rescue_save_tty(void)
{
    rescue.have_tio = tcgetattr(STDIN_FILENO, &rescue.tio) == 0;
}

bool ui_term_can_flash(void)
{
    const char *s = tigetstr("flash");

    return s != NULL && s != (char *)-1;
}
