#include "remote.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "app_entry.h"
#include "app_keys.h"
#include "day.h"
#include "guard.h"
#include "i18n.h"
#include "journal_codec.h"
#include "options.h"
#include "session.h"
#include "utf8.h"
#include "xalloc.h"

#define LOCK_WAIT_MS 5000

/* The actions and the keys they press. */
static const struct {
    const char *name;
    enum action act;
    const char *help;
} actions[] = {
    {"next", ACT_NEXT, N_("n: start the item on screen, or the next")},
    {"undo", ACT_UNDO, N_("u: undo the last step")},
    {"speaker", ACT_SPEAKER, N_("s: next speaker")},
    {"poll", ACT_POLL, N_("m: the poll question asked")},
    {"film", ACT_FILM, N_("f: the film cue's next step")},
    {"press", ACT_PRESS, N_("p: next press interview")},
    {"plus-minute", ACT_LONGER, N_("+: one more minute for the current item")},
    {"minus-minute", ACT_SHORTER, N_("-: one minute less")},
    {"message", ACT_MESSAGE, N_("M: TEXT up on the stage screens (\"\" takes it down)")},
    {"blackout", ACT_BLACKOUT, N_("B: the stage screens black, or back")},
    {"ack", ACT_ACK, N_("a: acknowledge the stream alarm on every screen")},
};
#define N_ACTIONS (sizeof actions / sizeof actions[0])

void remote_usage(FILE *out)
{
    fputs(_("\nActions of podium do ACTION [ARG] [--yes] [options]:\n"), out);
    for (size_t i = 0; i < N_ACTIONS; i++)
        fprintf(out, "  %-13s %s\n", actions[i].name, _(actions[i].help));
}

static int usage(void)
{
    fputs(_("usage: podium do ACTION [TEXT] [--yes] [-c FILE] [--journal FILE] [--role ROLE]\n"
            "                [--at HH:MM[:SS]] [--speed N] [--live]\n"),
          stderr);
    remote_usage(stderr);
    return 2;
}

static int find_action(const char *name)
{
    for (size_t i = 0; i < N_ACTIONS; i++) {
        if (strcmp(actions[i].name, name) == 0)
            return (int)i;
    }
    return -1;
}

/* A question the guard asks of the role, for a step podium do takes
 * without its key (a message's text); false when --yes is wanted. */
static bool owns(struct app *app, enum key_domain d, bool yes)
{
    if (guard_owns(app->role, d) || yes)
        return true;
    guard_question(d, app->message, sizeof app->message);
    snprintf(app->message + strlen(app->message), sizeof app->message - strlen(app->message),
             "%s", _(" (--yes does it)"));
    return false;
}

#define BOUNCE_S 3 /* a second press of a foot switch or a button, by the wall clock */

/* A next that would follow one taken a moment ago: a switch that bounced
 * or a button pressed twice would skip an item. Said in the message;
 * --yes takes it all the same. */
static bool bounced(struct app *app, enum action act, bool yes)
{
    int cur = app->agenda.current;
    int64_t ago;
    char t[64];

    if (act != ACT_NEXT || yes || cur < 0 || cur >= (int)app->prog->n_items)
        return false;
    ago = app->now - app->agenda.st[cur].actual_start;
    if (ago < 0 || (double)ago >= BOUNCE_S * app->clock.speed)
        return false;
    snprintf(app->message, sizeof app->message,
             _("%d %s started a moment ago: a double press? (--yes starts the next)"), cur + 1,
             utf8_short(t, sizeof t, app->prog->items[cur].title, 40));
    return true;
}

/* The step, as the key takes it: the guard's question answered with
 * --yes, or not taken. False, the reason in the app's message, when
 * nothing changed. */
static bool take(struct app *app, enum action act, const char *text, bool yes)
{
    unsigned version = app->agenda.version;

    if (bounced(app, act, yes))
        return false;
    if (act == ACT_MESSAGE) {
        if (!owns(app, DOMAIN_OPERATORS, yes))
            return false;
        app_entry_send_message(app, text);
    } else {
        app_key(app, keys_binding(act)->keys[0]);
        if (app->asked != ACT_NONE && !yes) {
            snprintf(app->message, sizeof app->message, "%.130s%s", app->question,
                     _(" (--yes does it)"));
            return false;
        }
        if (app->asked != ACT_NONE)
            app_key(app, 'y');
    }
    return app->agenda.version != version;
}

/* ack: every screen's alarm is the same alarm, told through the journal
 * (this process watches no stream of its own); the technician's, as the
 * key is: another role asks, as its screen would. */
static bool ack(struct app *app, bool yes)
{
    char err[256];
    struct journal_stream s = {.ack = true, .wall_ms = app_wall_ms(app)};

    if (!owns(app, DOMAIN_TECHNICIAN, yes))
        return false;
    if (app->prog->stream == NULL) {
        snprintf(app->message, sizeof app->message, "%s",
                 _("No stream is watched: no alarm to acknowledge"));
        return false;
    }

    if (journal_append_stream(app->journal, &app->agenda, &s, app_apply_read, app, err,
                              sizeof err) == JOURNAL_FAILED) {
        snprintf(app->message, sizeof app->message, "%.150s", err);
        return false;
    }
    snprintf(app->message, sizeof app->message, "%s",
             _("Stream alarm acknowledged on every screen"));
    return true;
}

/* The step on the disk, within LOCK_WAIT_MS; false with the reason. */
static bool saved(struct app *app)
{
    char err[256];
    enum journal_saved r = journal_flush_within(app->journal, LOCK_WAIT_MS, err, sizeof err);

    if (r == JOURNAL_SAVED)
        return true;
    snprintf(app->message, sizeof app->message, "%.150s",
             r == JOURNAL_QUEUED ? _("another podium holds the journal (5 s): nothing written")
                                 : err);
    return false;
}

/* Takes ACTION out of argv (and its TEXT, and --yes): what is left is a
 * dashboard's options. */
static int split(int argc, char **argv, char **rest, int *n_rest, const char **text, bool *yes)
{
    int a;

    if (argc < 2)
        return -1;
    if ((a = find_action(argv[1])) < 0) {
        fprintf(stderr, _("podium do: no action \"%s\"\n"), argv[1]);
        return -1;
    }
    *n_rest = 0;
    rest[(*n_rest)++] = "podium";
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--yes") == 0)
            *yes = true;
        else if (actions[a].act == ACT_MESSAGE && *text == NULL && argv[i][0] != '-')
            *text = argv[i];
        else
            rest[(*n_rest)++] = argv[i];
    }
    rest[*n_rest] = NULL;
    return actions[a].act == ACT_MESSAGE && *text == NULL ? -1 : a;
}

/* The day's journal must be there: podium do joins a day, never begins one. */
static struct journal *join(const struct programme *prog, const struct options *o,
                            struct clock *clock, const char *today)
{
    char note[160], *path = o->journal ? xstrdup(o->journal)
                                       : journal_default_path(prog, clock->rehearsal ? today : NULL);
    bool there = access(path, F_OK) == 0;

    if (!there)
        fprintf(stderr, _("podium do: no day running: no journal at %s (start podium first)\n"),
                path);
    free(path);
    return there ? session_journal(prog, o, clock, today, note, sizeof note) : NULL;
}

static int run(const struct options *o, enum action act, const char *text, bool yes)
{
    struct programme *prog = session_load(o);
    struct clock clock;
    struct journal *j;
    struct app app;
    char today[11];
    bool ok;

    if (prog == NULL)
        return 1;
    clock_today(today);
    clock_init(&clock, clock_system_source(), day_choose(prog, today, o->at, o->speed, o->live).at,
               o->speed);
    if ((j = join(prog, o, &clock, today)) == NULL) {
        programme_free(prog);
        return 1;
    }
    app_init(&app, prog, clock);
    app_set_role(&app, o->role);
    app_set_journal(&app, j, false);
    app.remote = true;
    app.message[0] = '\0';
    ok = act == ACT_ACK ? ack(&app, yes) : take(&app, act, text, yes);
    ok = ok && saved(&app);
    fprintf(ok ? stdout : stderr, ok ? "%s\n" : _("podium do: %s\n"),
            app.message[0] ? app.message : _("nothing changed"));
    app_free(&app);
    return ok ? 0 : 1;
}

int remote_main(int argc, char **argv)
{
    char **rest = xcalloc((size_t)argc + 2, sizeof *rest);
    const char *text = NULL;
    bool yes = false;
    struct options o;
    int n_rest, a = split(argc, argv, rest, &n_rest, &text, &yes), status;

    if (a < 0) {
        free(rest);
        return usage();
    }
    if (!options_parse(&o, n_rest, rest, stderr) || o.mode != MODE_RUN || o.follow || o.fresh) {
        if (o.mode != MODE_RUN || o.follow || o.fresh)
            fprintf(stderr, "%s", _("podium do: takes a step; not with --check, --dump, --probe, "
                                    "--follow, --fresh or --role stage\n"));
        free(rest);
        return 2;
    }
    status = run(&o, actions[a].act, text, yes);
    free(rest);
    return status;
}
