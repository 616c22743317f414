#include "options.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "timefmt.h"

#define SPEED_MAX 3600.0

const struct option_doc option_docs[] = {
    {"config", 'c', "FILE", "read the programme from FILE"},
    {"at", 0, "HH:MM[:SS]", "start the clock at this time of day (rehearsal)"},
    {"speed", 0, "N", "run the clock N times faster (rehearsal), 0 < N <= 3600"},
    {"check", 0, NULL, "validate the configuration, print the agenda, exit"},
    {"dump", 0, NULL, "print the dashboard's state as plain text, exit"},
    {"help", 'h', NULL, "show this help and exit"},
    {"version", 'V', NULL, "show the version and exit"},
};
const size_t option_docs_len = sizeof option_docs / sizeof option_docs[0];

void options_usage(FILE *out)
{
    fputs("Usage: podium [-c FILE] [--at HH:MM[:SS]] [--speed N]\n"
          "       podium --check [-c FILE]\n"
          "       podium --dump [--at HH:MM[:SS]] [-c FILE]\n"
          "The live agenda clock for a conference moderator.\n\nOptions:\n",
          out);
    for (size_t i = 0; i < option_docs_len; i++) {
        const struct option_doc *d = &option_docs[i];
        char flag[48];

        snprintf(flag, sizeof flag, "%c%c%c --%s%s%s", d->short_name ? '-' : ' ',
                 d->short_name ? d->short_name : ' ', d->short_name ? ',' : ' ', d->name,
                 d->arg ? " " : "", d->arg ? d->arg : "");
        fprintf(out, "  %-26s %s\n", flag, d->help);
    }
    fputs("\nKeys:\n", out);
    for (size_t i = 0; i < key_table_len; i++)
        fprintf(out, "  %-26s %s\n", key_table[i].label, key_table[i].help);
    fputs("\nWithout -c, podium reads $XDG_CONFIG_HOME/podium/podium.cfg (default\n"
          "~/.config/podium/podium.cfg) when it exists, else the installed default.\n"
          "See podium(1) and podium.cfg(5).\n",
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

static bool check_combination(const struct options *o, int argc, char **argv, FILE *err)
{
    /* A rehearsal flag that would be silently ignored is a mistake. */
    if (o->speed != 1.0 && (o->mode == MODE_CHECK || o->mode == MODE_DUMP)) {
        fprintf(err, "podium: --speed is for the dashboard, not --%s\n",
                o->mode == MODE_CHECK ? "check" : "dump");
        return false;
    }
    if (o->at >= 0 && o->mode == MODE_CHECK) {
        fprintf(err, "podium: --at is for the dashboard and --dump, not --check\n");
        return false;
    }
    if (optind < argc) {
        fprintf(err, "podium: unexpected argument \"%s\" (see podium --help)\n", argv[optind]);
        return false;
    }
    return true;
}

bool options_parse(struct options *o, int argc, char **argv, FILE *err)
{
    static const struct option longopts[] = {
        {"config", required_argument, NULL, 'c'}, {"at", required_argument, NULL, 'a'},
        {"speed", required_argument, NULL, 's'},  {"check", no_argument, NULL, 'k'},
        {"dump", no_argument, NULL, 'd'},         {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},      {NULL, 0, NULL, 0},
    };
    int ch;

    *o = (struct options){MODE_RUN, NULL, -1, 1.0};
    opterr = 0;
    optind = 1;
    while ((ch = getopt_long(argc, argv, ":c:hV", longopts, NULL)) != -1) {
        enum mode m = MODE_RUN;

        switch (ch) {
        case 'c': o->config = optarg; break;
        case 'a':
            if (!time_parse(optarg, true, &o->at)) {
                fprintf(err, "podium: --at wants HH:MM or HH:MM:SS, not \"%s\"\n", optarg);
                return false;
            }
            break;
        case 's':
            if (!parse_speed(optarg, &o->speed)) {
                fprintf(err, "podium: --speed wants a number above 0 and up to %g, not \"%s\"\n",
                        SPEED_MAX, optarg);
                return false;
            }
            break;
        case 'k': m = MODE_CHECK; break;
        case 'd': m = MODE_DUMP; break;
        case 'h': m = MODE_HELP; break;
        case 'V': m = MODE_VERSION; break;
        case ':':
            fprintf(err, "podium: %s needs a value\n", argv[optind - 1]);
            return false;
        default:
            fprintf(err, "podium: unknown option %s (see podium --help)\n", argv[optind - 1]);
            return false;
        }
        if (m != MODE_RUN) {
            if (o->mode != MODE_RUN && o->mode != m) {
                fprintf(err, "podium: choose one of --check, --dump, --help, --version\n");
                return false;
            }
            o->mode = m;
        }
    }
    return check_combination(o, argc, argv, err);
}

