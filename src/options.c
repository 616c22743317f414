#include "options.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "settings.h"
#include "keys.h"
#include "i18n.h"
#include "timefmt.h"
#include "utf8.h"

#define SPEED_MAX 3600.0

enum { OPT_AT = 256, OPT_SPEED, OPT_ROLE, OPT_JOURNAL, OPT_FRESH, OPT_FOLLOW, OPT_CHECK,
       OPT_DUMP, OPT_PROBE, OPT_LIVE };

const struct option_doc option_docs[] = {
    {"config", 'c', 'c', N_("FILE"), N_("read the programme from FILE")},
    {"at", 0, OPT_AT, N_("HH:MM[:SS]"), N_("start the clock at this time of day (rehearsal)")},
    {"speed", 0, OPT_SPEED, "N", N_("run the clock N times faster (rehearsal), 0 < N <= 3600")},
    {"live", 0, OPT_LIVE, NULL,
     N_("run on today's clock even when the programme's date is another day's")},
    {"role", 0, OPT_ROLE, N_("ROLE"),
     N_("whose screen: moderator (default), producer, technician, or stage (for the person "
        "speaking: the time left, read-only like --follow)")},
    {"journal", 0, OPT_JOURNAL, N_("FILE"),
     N_("keep the day's journal in FILE (default: under $XDG_STATE_HOME/podium)")},
    {"fresh", 0, OPT_FRESH, NULL, N_("start a new day; the old journal is kept under a new name")},
    {"follow", 0, OPT_FOLLOW, NULL,
     N_("open the day read-only: show it as it runs, refuse keys that change it")},
    {"check", 0, OPT_CHECK, NULL, N_("validate the configuration, print the agenda, exit")},
    {"dump", 0, OPT_DUMP, NULL, N_("print the dashboard's state as plain text, exit")},
    {"probe", 0, OPT_PROBE, NULL,
     N_("poll the configured stream until judged, print the verdict; exit 0 only when LIVE")},
    {"help", 'h', 'h', NULL, N_("show options, keys and settings, then exit")},
    {"version", 'V', 'V', NULL, N_("show the version and exit")},
};
#define N_OPTIONS (sizeof option_docs / sizeof option_docs[0])
const size_t option_docs_len = N_OPTIONS;


void options_usage(FILE *out)
{
    int labels = keys_label_width() + 1 > 11 ? keys_label_width() + 1 : 11;
    int whose_w = keys_domain_width() + 1 > 13 ? keys_domain_width() + 1 : 13;

    fputs(_("Usage: podium [-c FILE] [--at HH:MM[:SS]] [--speed N] [--live] [--role ROLE]\n"
            "              [--journal FILE] [--fresh | --follow]\n"
            "       podium --check [-c FILE]\n"
            "       podium --dump [--at HH:MM[:SS]] [-c FILE] [--journal FILE]\n"
            "       podium --probe [-c FILE]\n"
            "       podium report [--csv | --html] [-c FILE] JOURNAL\n"
            "       podium do ACTION [TEXT] [--yes] [-c FILE] [--journal FILE] [--role ROLE] ...\n"
            "The live agenda clock for a conference's moderator, producer and technician.\n"
            "\nOptions:\n"),
          out);
    for (size_t i = 0; i < option_docs_len; i++) {
        const struct option_doc *d = &option_docs[i];
        char flag[48];

        snprintf(flag, sizeof flag, "%c%c%c --%s%s%s", d->short_name ? '-' : ' ',
                 d->short_name ? d->short_name : ' ', d->short_name ? ',' : ' ', d->name,
                 d->arg ? " " : "", d->arg ? _(d->arg) : "");
        fprintf(out, "  %-26s %s\n", flag, _(d->help));
    }
    fputs(_("\nKeys (and whose work they are):\n"), out);
    for (size_t i = 0; i < key_table_len; i++) {
        const char *label = _(key_table[i].label);
        const char *whose = _(keys_domain_name(key_table[i].domain));

        fprintf(out, "  %s%*s%s%*s", label, utf8_pad(label, labels), "", whose,
                utf8_pad(whose, whose_w), "");
        fprintf(out, "%s\n", _(key_table[i].help));
    }
    fputs(_("\nSettings in the configuration file (group.name):\n"), out);
    settings_usage(out);
    fputs(_("\nWithout -c, podium reads $XDG_CONFIG_HOME/podium/podium.cfg (default\n"
            "~/.config/podium/podium.cfg) when it exists, else the installed default.\n"
            "See podium(1) and podium.cfg(5).\n"),
          out);
}

static bool parse_speed(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);

    if (end == s || *end != '\0' || !isfinite(v) || v <= 0 || v > SPEED_MAX)
        return false;
    *out = v;
    return true;
}

static const char *mode_name(enum mode m)
{
    return m == MODE_CHECK ? "check" : m == MODE_DUMP ? "dump" : "probe";
}

static bool check_combination(const struct options *o, int argc, char **argv, FILE *err)
{
    bool other = o->mode == MODE_CHECK || o->mode == MODE_DUMP || o->mode == MODE_PROBE;

    /* A rehearsal flag that would be silently ignored is a mistake. */
    if (o->speed != 1.0 && other) {
        fprintf(err, _("podium: --speed is for the dashboard, not --%s\n"), mode_name(o->mode));
        return false;
    }
    if (o->live && (other || o->at >= 0 || o->speed != 1.0)) {
        fprintf(err, _("podium: --live is today's clock, for the dashboard: not with %s\n"),
                other ? (o->mode == MODE_CHECK ? "--check" : o->mode == MODE_DUMP ? "--dump" : "--probe")
                      : o->at >= 0 ? "--at" : "--speed");
        return false;
    }
    if (o->role_given && other) {
        fprintf(err, _("podium: --role is for the dashboard, not --%s\n"), mode_name(o->mode));
        return false;
    }
    if (o->at >= 0 && (o->mode == MODE_CHECK || o->mode == MODE_PROBE)) {
        fprintf(err, _("podium: --at is for the dashboard and --dump, not --%s\n"),
                mode_name(o->mode));
        return false;
    }
    if ((o->fresh || o->follow) && other) {
        fprintf(err, _("podium: --%s is for the dashboard, not --%s\n"),
                o->fresh ? "fresh" : "follow", mode_name(o->mode));
        return false;
    }
    if (o->journal && (o->mode == MODE_CHECK || o->mode == MODE_PROBE)) {
        fprintf(err, _("podium: --journal is for the dashboard and --dump, not --%s\n"),
                mode_name(o->mode));
        return false;
    }
    if (o->fresh && o->follow) {
        fprintf(err, _("podium: --fresh starts a new day; --follow only watches one\n"));
        return false;
    }
    if (o->fresh && o->role == ROLE_STAGE) {
        fprintf(err, _("podium: --fresh starts a new day; the stage screen only shows one\n"));
        return false;
    }
    if (optind < argc) {
        fprintf(err, _("podium: unexpected argument \"%s\" (see podium --help)\n"), argv[optind]);
        return false;
    }
    return true;
}

/* getopt_long's tables, made from option_docs. */
static void getopt_tables(struct option longopts[N_OPTIONS + 1], char *shortopts, size_t size)
{
    size_t used = (size_t)snprintf(shortopts, size, ":");

    for (size_t i = 0; i < N_OPTIONS; i++) {
        const struct option_doc *d = &option_docs[i];

        longopts[i] = (struct option){d->name, d->arg ? required_argument : no_argument,
                                      NULL, d->id};
        if (d->short_name && used < size)
            used += (size_t)snprintf(shortopts + used, size - used, "%c%s", d->short_name,
                                     d->arg ? ":" : "");
    }
    longopts[N_OPTIONS] = (struct option){NULL, 0, NULL, 0};
}

static bool set_mode(struct options *o, enum mode m, FILE *err)
{
    if (o->mode != MODE_RUN && o->mode != m) {
        fprintf(err, _("podium: choose one of --check, --dump, --probe, --help, --version\n"));
        return false;
    }
    o->mode = m;
    return true;
}

/* One option with its value; false after saying what is wrong. */
static bool take(struct options *o, int id, const char *arg, FILE *err)
{
    switch (id) {
    case 'c': o->config = arg; return true;
    case OPT_AT:
        if (time_parse(arg, true, &o->at))
            return true;
        fprintf(err, _("podium: --at wants HH:MM or HH:MM:SS, not \"%s\"\n"), arg);
        return false;
    case OPT_SPEED:
        if (parse_speed(arg, &o->speed))
            return true;
        fprintf(err, _("podium: --speed wants a number above 0 and up to %g, not \"%s\"\n"),
                SPEED_MAX, arg);
        return false;
    case OPT_ROLE:
        if (role_parse(arg, &o->role)) {
            o->role_given = true;
            return true;
        }
        fprintf(err,
                _("podium: --role wants moderator, producer, technician or stage, not \"%s\"\n"),
                arg);
        return false;
    case OPT_JOURNAL: o->journal = arg; return true;
    case OPT_FRESH: o->fresh = true; return true;
    case OPT_LIVE: o->live = true; return true;
    case OPT_FOLLOW: o->follow = true; return true;
    case OPT_CHECK: return set_mode(o, MODE_CHECK, err);
    case OPT_DUMP: return set_mode(o, MODE_DUMP, err);
    case OPT_PROBE: return set_mode(o, MODE_PROBE, err);
    case 'h': return set_mode(o, MODE_HELP, err);
    case 'V': return set_mode(o, MODE_VERSION, err);
    default: return false;
    }
}

bool options_parse(struct options *o, int argc, char **argv, FILE *err)
{
    struct option longopts[N_OPTIONS + 1];
    char shortopts[32];
    int ch;

    getopt_tables(longopts, shortopts, sizeof shortopts);
    *o = (struct options){.mode = MODE_RUN, .at = -1, .speed = 1.0, .role = ROLE_MODERATOR};
    opterr = 0;
    optind = 1;
    while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        if (ch == ':') {
            fprintf(err, _("podium: %s needs a value\n"), argv[optind - 1]);
            return false;
        }
        if (ch == '?') {
            fprintf(err, _("podium: unknown option %s (see podium --help)\n"), argv[optind - 1]);
            return false;
        }
        if (!take(o, ch, optarg, err))
            return false;
    }
    if (!check_combination(o, argc, argv, err))
        return false;
    o->follow = o->follow || o->role == ROLE_STAGE; /* the stage only shows the day */
    return true;
}
