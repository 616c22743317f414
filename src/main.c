/* podium: the live agenda clock for a conference moderator. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "app_stream.h"
#include "config.h"
#include "day.h"
#include "dump.h"
#include "i18n.h"
#include "loop.h"
#include "options.h"
#include "probe.h"
#include "remote.h"
#include "report.h"
#include "session.h"
#include "ui.h"
#include "xalloc.h"

#ifndef PODIUM_VERSION
#define PODIUM_VERSION "0.1"
#endif

/* Swedish titles need a UTF-8 character type even where LANG is unset
 * (an ssh session, a bare console): fall back to C.UTF-8 for it. Numbers
 * stay the C locale's: configurations and journals write 2.5, whatever
 * the laptop's language (the words say 86,1 % where Swedish wants it). */
static void setup_locale(void)
{
    setlocale(LC_ALL, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    setlocale(LC_NUMERIC, "C");
}

static int run_dump(struct programme *prog, const struct options *o)
{
    struct app app;
    struct clock clock;
    struct journal *j = NULL;
    char err[300];

    /* a journal only when named: --dump is a look, never a resume by
     * surprise; read-only, it is never created */
    if (o->journal && access(o->journal, R_OK) != 0) {
        fprintf(stderr, _("podium: %s: no journal to read: %s\n"), o->journal, strerror(errno));
        programme_free(prog);
        return 1;
    }
    if (o->journal &&
        (j = journal_open(o->journal, prog, JOURNAL_READ, 0, NULL, err, sizeof err)) == NULL) {
        fprintf(stderr, "podium: %s\n", err);
        programme_free(prog);
        return 1;
    }
    /* --dump looks at one moment: --at, or now */
    clock_init(&clock, clock_system_source(), o->at, 1.0);
    app_init(&app, prog, clock);
    if (j)
        app_set_journal(&app, j, true);
    dump_state(&app.agenda, &app.view, app.now, stdout);
    app_free(&app);
    return 0;
}

static int run_probe(struct programme *prog, const struct options *o)
{
    int status;

    if (prog->stream == NULL) {
        fprintf(stderr, _("%s: no stream group: nothing to probe (see podium.cfg(5))\n"),
                prog->path);
        programme_free(prog);
        return 1;
    }
    (void)o;
    status = probe_run(prog->stream, clock_system_source(), stdout);
    programme_free(prog);
    return status;
}

/* The stream is watched in real time, whatever the rehearsal clock does:
 * its incidents are told by the time of day. */
static struct watcher *start_watcher(const struct stream_config *cfg)
{
    return watcher_new(cfg, clock_system_source());
}

static int run_dashboard(struct programme *prog, const struct options *o)
{
    struct app app;
    struct clock clock;
    struct journal *j;
    struct day_choice day;
    char note[sizeof app.message] = "", today[11];
    int status;

    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "%s", _("podium: the dashboard needs a terminal (try --dump or --check)\n"));
        programme_free(prog);
        return 1;
    }
    clock_today(today);
    day = day_choose(prog, today, o->at, o->speed, o->live);
    clock_init(&clock, clock_system_source(), day.at, day.speed);
    if ((j = session_journal(prog, o, &clock, today, note, sizeof note)) == NULL) {
        programme_free(prog);
        return 1;
    }
    app_init(&app, prog, clock);
    app.other_day = day.other_day;
    snprintf(app.today, sizeof app.today, "%s", today);
    app_set_role(&app, o->role);
    if (prog->stream && o->role != ROLE_STAGE) /* no stream status on stage */
        app_set_watcher(&app, start_watcher(prog->stream));
    app_set_journal(&app, j, o->follow);
    if (note[0])
        snprintf(app.message, sizeof app.message, "%s", note);
    loop_signals();
    if (!ui_init(o->role)) {
        app_free(&app);
        return 1;
    }
    xalloc_set_fatal_hook(ui_end);
    atexit(ui_end);
    status = loop_run(&app);
    ui_end();
    app_stream_close(&app); /* its last line may wait for the lock too */
    if (!app_save_queued(&app, stderr))
        status = 1;
    app_free(&app);
    return status;
}

int main(int argc, char **argv)
{
    struct options o;
    struct programme *prog;

    setup_locale();
    i18n_init();
    if (argc > 1 && strcmp(argv[1], "report") == 0)
        return report_main(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "do") == 0)
        return remote_main(argc - 1, argv + 1);
    if (!options_parse(&o, argc, argv, stderr))
        return 2;
    if (o.mode == MODE_HELP) {
        options_usage(stdout);
        remote_usage(stdout);
        return 0;
    }
    if (o.mode == MODE_VERSION) {
        printf("podium %s\n", PODIUM_VERSION);
        return 0;
    }
    if ((prog = session_load(&o)) == NULL)
        return 1;
    if (o.mode == MODE_CHECK) {
        dump_programme(prog, stdout);
        programme_free(prog);
        return 0;
    }
    if (o.mode == MODE_DUMP)
        return run_dump(prog, &o);
    if (o.mode == MODE_PROBE)
        return run_probe(prog, &o);
    return run_dashboard(prog, &o);
}
