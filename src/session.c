/* The day a dashboard (or podium do) joins: its programme, its clock
 * and its journal. */
#include "session.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "i18n.h"
#include "xalloc.h"

struct programme *session_load(const struct options *o)
{
    char *path = o->config ? xstrdup(o->config) : config_default_path();
    char *lang = config_language(path);
    struct diag d = {0};
    struct programme *prog;

    /* the programme's language, not the laptop's, for all it prints */
    i18n_language(lang);
    free(lang);
    prog = config_load(path, &d);

    diag_print(&d, stderr);
    diag_free(&d);
    free(path);
    return prog;
}

/* The day's journal: the one named, or the default for this programme (a
 * rehearsal's apart, one a day it is rehearsed on); --fresh sets the old
 * one aside first. A new rehearsal journal keeps the rehearsal's clock,
 * *clock. */
static struct journal *open_journal(const struct programme *prog, const struct options *o,
                                    const struct clock *clock, const char *today, char *note,
                                    size_t notesize)
{
    struct clock_source src = clock_system_source();
    int64_t epoch = src.epoch_ms(src.ctx);
    struct journal_clock rehearsal = {epoch, clock_now(clock), o->speed};
    char *path = o->journal ? xstrdup(o->journal)
                            : journal_default_path(prog, clock->rehearsal ? today : NULL);
    char err[300] = "", *aside = NULL;
    struct journal *j = NULL;
    enum journal_mode mode = !o->follow ? JOURNAL_WRITE : o->journal ? JOURNAL_READ : JOURNAL_FOLLOW;

    /* following a journal named on purpose only reads it: a mistyped
     * name must not make an empty day (without --journal, --follow may
     * wait for the day, as documented) */
    if (o->follow && o->journal && access(path, R_OK) != 0)
        fprintf(stderr, _("podium: %s: no journal to read: %s\n"), path, strerror(errno));
    else if (o->journal == NULL && !journal_own_dir(path, err, sizeof err))
        fprintf(stderr, "podium: %s\n", err);
    else if (o->fresh && (aside = journal_set_aside(path, err, sizeof err)) == NULL && err[0])
        fprintf(stderr, "podium: %s\n", err);
    else if ((j = journal_open(path, prog, mode, epoch, clock->rehearsal ? &rehearsal : NULL, err,
                               sizeof err)) == NULL)
        fprintf(stderr, "podium: %s\n", err);
    if (aside)
        snprintf(note, notesize, _("A new day; the old journal is kept as %s"), aside);
    free(aside);
    free(path);
    return j;
}

/* A rehearsal's time is the journal's: every terminal on it, and a
 * restart, tell the same time, as on the real day. */
static void rehearsal_clock(struct clock *clock, const struct journal *j)
{
    struct clock_source src = clock_system_source();
    struct journal_clock jc;
    int64_t gone;

    if (!clock->rehearsal || !journal_clock(j, &jc))
        return;
    gone = src.epoch_ms(src.ctx) - jc.epoch_ms;
    clock_init(clock, src, jc.at + (int64_t)((double)(gone > 0 ? gone : 0) * jc.speed / 1000.0),
               jc.speed);
}

struct journal *session_journal(const struct programme *prog, const struct options *o,
                                struct clock *clock, const char *today, char *note,
                                size_t notesize)
{
    struct journal *j = open_journal(prog, o, clock, today, note, notesize);

    if (j != NULL)
        rehearsal_clock(clock, j);
    return j;
}
