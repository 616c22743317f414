#include "settings.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "safe.h"
#include "stream_format.h"
#include "timefmt.h"
#include "utf8.h"
#include "xalloc.h"

/* One known setting: where it may stand, its name, libconfig type, the
 * range of a whole number, its default as a value (NULL when there is
 * none: required, or worked out, as its help says), and the words --help
 * gives it. The loader takes the default from here, --help prints it,
 * and a test holds podium.cfg(5) to it. */
struct setting_spec {
    const char *group; /* "" for the top level */
    const char *name;
    int type;
    int lo, hi;
    const char *def;
    const char *help;
};

#define WARN_MINUTES_MAX 60
#define MINUTES_MAX (24 * 60)

static const struct setting_spec specs[] = {
    {"", "event", CONFIG_TYPE_GROUP, 0, 0, NULL,
     N_("the event: title, region, venue, date")},
    {"", "agenda", CONFIG_TYPE_LIST, 0, 0, NULL,
     N_("the items, in order: ( { ... }, ... )")},
    {"", "warn_minutes", CONFIG_TYPE_INT, 0, WARN_MINUTES_MAX, "2",
     N_("minutes before an item's end when it warns")},
    {"", "bell", CONFIG_TYPE_BOOL, 0, 0, "false",
     N_("ring the bell as well as flashing")},
    {"", "language", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("\"sv\" or \"en\" for everything podium shows (default: the locale's)")},
    {"", "messages", CONFIG_TYPE_LIST, 0, 0, NULL,
     N_("messages to the stage set beforehand, up to 9 texts: M then 1-9 sends one")},
    {"", "stream", CONFIG_TYPE_GROUP, 0, 0, NULL,
     N_("the livestream to watch (optional)")},
    {"event", "title", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the conference's name (required)")},
    {"event", "region", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the healthcare region")},
    {"event", "venue", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("where it is held")},
    {"event", "date", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the day, \"YYYY-MM-DD\"")},
    {"agenda", "start", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("planned start, \"HH:MM\" or \"HH.MM\" (required)")},
    {"agenda", "end", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("planned end (needed on the last item)")},
    {"agenda", "title", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("what is on (required)")},
    {"agenda", "kind", CONFIG_TYPE_STRING, 0, 0, "talk",
     N_("talk, panel, break, film or press")},
    {"agenda", "min_minutes", CONFIG_TYPE_INT, 0, MINUTES_MAX, NULL,
     N_("breaks: the shortest they may shrink to")},
    {"agenda", "warn_minutes", CONFIG_TYPE_INT, 0, WARN_MINUTES_MAX, NULL,
     N_("this item's warning time")},
    {"agenda", "poll", CONFIG_TYPE_BOOL, 0, 0, NULL,
     N_("the item has an audience poll question")},
    {"agenda", "speakers", CONFIG_TYPE_LIST, 0, 0, NULL,
     N_("who speaks, in order: ( { ... }, ... )")},
    {"agenda", "film", CONFIG_TYPE_GROUP, 0, 0, NULL,
     N_("a film item's film: { title; duration; }")},
    {"agenda", "press", CONFIG_TYPE_LIST, 0, 0, NULL,
     N_("a press item's interviews, in order: ( { ... }, ... )")},
    {"film", "title", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the film's title (default: the item's)")},
    {"film", "duration", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("its length, \"M:SS\", at most 5:00 (required)")},
    {"speakers", "name", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the speaker's name (required)")},
    {"speakers", "role", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("their title or organisation")},
    {"speakers", "minutes", CONFIG_TYPE_INT, 1, MINUTES_MAX, NULL,
     N_("their allotment (default: an equal share of the item)")},
    {"press", "outlet", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the newspaper, radio or TV station (required)")},
    {"press", "with", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("who it interviews")},
    {"press", "minutes", CONFIG_TYPE_INT, 1, MINUTES_MAX, NULL,
     N_("the interview's length (default: an equal share of the slot)")},
    {"stream", "url", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("the stream's http:// or https:// address (required)")},
    {"stream", "format", CONFIG_TYPE_STRING, 0, 0, "auto",
     N_("how the url is read (the formats below)")},
    {"stream", "interval", CONFIG_TYPE_INT, 1, 3600, "5",
     N_("seconds between polls")},
    {"stream", "timeout", CONFIG_TYPE_INT, 1, 3600, "4",
     N_("seconds for each request of a poll, less than interval")},
    {"stream", "stall_factor", CONFIG_TYPE_FLOAT, 1, 100, "3.0",
     N_("HLS: stalled after N target durations unchanged")},
    {"stream", "slow_ms", CONFIG_TYPE_INT, 1, 60000, "2000",
     N_("a poll slower than this is slow")},
    {"stream", "ca_file", CONFIG_TYPE_STRING, 0, 0, NULL,
     N_("CA certificates for TLS (default: the system's)")},
    {"stream", "reference_url", CONFIG_TYPE_STRING, 0, 0, "https://www.regeringen.se/",
     N_("asked when the stream cannot be reached")},
};
#define N_SPECS (sizeof specs / sizeof specs[0])

int settings_line(const config_setting_t *s)
{
    return s != NULL ? (int)config_setting_source_line(s) : 0;
}

int settings_member_line(const config_setting_t *s, const char *name, int fallback)
{
    const config_setting_t *m = config_setting_get_member(s, name);

    return m != NULL ? settings_line(m) : fallback;
}

static const struct setting_spec *find_spec(const char *group, const char *name)
{
    for (size_t k = 0; k < N_SPECS; k++) {
        if (strcmp(specs[k].group, group) == 0 && strcmp(specs[k].name, name) == 0)
            return &specs[k];
    }
    return NULL;
}

static const char *type_words(int type)
{
    switch (type) {
    case CONFIG_TYPE_GROUP: return _("a group { ... }");
    case CONFIG_TYPE_LIST: return _("a list ( ... )");
    case CONFIG_TYPE_INT: return _("a whole number");
    case CONFIG_TYPE_FLOAT: return _("a number");
    case CONFIG_TYPE_BOOL: return _("true or false");
    default: return _("a quoted string");
    }
}

static void known_names(const char *group, char *buf, size_t size)
{
    size_t used = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < N_SPECS && used < size; i++) {
        if (strcmp(specs[i].group, group) != 0)
            continue;
        used += (size_t)snprintf(buf + used, size - used, "%s%s",
                                 used ? ", " : "", specs[i].name);
    }
}

/* A 64-bit literal is a whole number too, and a whole number a number. */
static bool number_fits(int want, const config_setting_t *s)
{
    int type = config_setting_type(s);
    bool whole = type == CONFIG_TYPE_INT || type == CONFIG_TYPE_INT64;

    return (want == CONFIG_TYPE_INT && whole) || (want == CONFIG_TYPE_FLOAT && whole);
}

/* Reports settings in grp that the table does not know or whose type is
 * wrong. Returns false if any was wrong. */
bool settings_check(struct reader *r, const config_setting_t *grp,
                           const char *group, const char *where)
{
    bool ok = true;
    int n = config_setting_length(grp);

    for (int i = 0; i < n; i++) {
        const config_setting_t *s = config_setting_get_elem(grp, (unsigned)i);
        const char *name = config_setting_name(s);
        const struct setting_spec *spec = name ? find_spec(group, name) : NULL;

        if (spec == NULL) {
            char known[256];

            known_names(group, known, sizeof known);
            diag_add(r->d, r->path, settings_line(s),
                     _("unknown setting '%s' in %s (known: %s)"),
                     name ? name : "?", where, known);
            ok = false;
        } else if (config_setting_type(s) != spec->type && !number_fits(spec->type, s)) {
            diag_add(r->d, r->path, settings_line(s), _("%s in %s must be %s"), name,
                     where, type_words(spec->type));
            ok = false;
        }
    }
    return ok;
}

/* A copy of a string setting, checked to be UTF-8; when absent, of its
 * default (NULL when it has none). */
char *settings_text(struct reader *r, const config_setting_t *grp, const char *group,
                    const char *name, const char *where)
{
    const config_setting_t *s = config_setting_get_member(grp, name);
    const char *def = settings_default(group, name);

    if (s == NULL)
        return def ? xstrdup(def) : NULL;
    return settings_string(r, s, name, where);
}

char *settings_string(struct reader *r, const config_setting_t *s, const char *name,
                      const char *where)
{
    const char *v;

    if ((v = config_setting_get_string(s)) == NULL)
        return NULL;
    if (!utf8_valid(v)) {
        diag_add(r->d, r->path, settings_line(s),
                 _("%s in %s is not valid UTF-8 (save the file as UTF-8)"),
                 name, where);
        return NULL;
    }
    if (safe_has_control(v)) { /* C0, DEL, C1, bidi overrides: would garble or reorder */
        diag_add(r->d, r->path, settings_line(s),
                 _("%s in %s contains a control character (newline, tab, escape, a C1 "
                   "control or a bidi override)"),
                 name, where);
        return NULL;
    }
    return xstrdup(v);
}

bool settings_time(struct reader *r, const config_setting_t *grp,
                     const char *name, const char *where, int64_t *out)
{
    const config_setting_t *s = config_setting_get_member(grp, name);
    const char *v = s ? config_setting_get_string(s) : NULL;

    if (v == NULL)
        return false;
    if (!time_parse(v, false, out)) {
        diag_add(r->d, r->path, settings_line(s),
                 _("bad time \"%s\" for %s in %s (use HH:MM or HH.MM, 00:00-23:59)"),
                 v, name, where);
        return false;
    }
    return true;
}

const char *settings_default(const char *group, const char *name)
{
    const struct setting_spec *spec = find_spec(group, name);

    return spec ? spec->def : NULL;
}

/* A whole number in its spec's range; its default (-1 for none) when
 * absent or wrong. */
/* Line `line` (from 1) of the file's text, into buf; false past its end. */
static bool file_line(const char *file, int line, char *buf, size_t size)
{
    const char *p = file, *nl;

    for (int at = 1; p != NULL && at < line; at++)
        p = (nl = strchr(p, '\n')) ? nl + 1 : NULL;
    if (p == NULL || line < 1)
        return false;
    nl = strchr(p, '\n');
    snprintf(buf, size, "%.*s", (int)(nl ? nl - p : (ptrdiff_t)strlen(p)), p);
    return true;
}

/* Whether a literal for name on line of the file is wider than 32 bits
 * and wraps to v, as libconfig reads it without a word ("4294967301" is
 * 5); text gets it as written. Several of name on one line (a list of
 * speakers) are each looked at. */
static bool wrapped_literal(const char *file, int line, const char *name, long long v,
                            char *text, size_t size)
{
    char buf[4096], *p, *end;
    size_t n = strlen(name);
    bool found = false;

    if (file != NULL && file_line(file, line, buf, sizeof buf)) {
        for (p = strstr(buf, name); p != NULL && !found; p = strstr(p + 1, name)) {
            char *q = p + n;

            if (p > buf && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
                continue;
            q += strspn(q, " \t");
            if (*q != '=' && *q != ':')
                continue;
            q += 1 + strspn(q + 1, " \t");
            errno = 0;
            /* decimal, or hexadecimal as libconfig reads them (010 is ten) */
            long long w = strtoll(q, &end, strncasecmp(q, "0x", 2) == 0 ? 16 : 10);

            if (end == q || (errno != ERANGE && w >= INT32_MIN && w <= INT32_MAX))
                continue;
            if (errno == ERANGE || (long long)(int32_t)(uint32_t)(unsigned long long)w == v) {
                snprintf(text, size, "%.*s", (int)(end - q), q);
                found = true;
            }
        }
    }
    return found;
}

int settings_int(struct reader *r, const config_setting_t *grp, const char *group,
                   const char *name, const char *where)
{
    const config_setting_t *s = config_setting_get_member(grp, name);
    const struct setting_spec *spec = find_spec(group, name);
    int lo = spec->lo, hi = spec->hi, def = spec->def ? atoi(spec->def) : -1;
    long long v;
    char text[64];

    if (s == NULL || (config_setting_type(s) != CONFIG_TYPE_INT &&
                      config_setting_type(s) != CONFIG_TYPE_INT64))
        return def;
    v = config_setting_get_int64(s); /* a huge value must not wrap into range */
    if (wrapped_literal(r->text, settings_line(s), name, v, text, sizeof text)) {
        diag_add(r->d, r->path, settings_line(s), _("%s in %s must be %d to %d, not %s"), name,
                 where, lo, hi, text);
        return def;
    }
    if (v < lo || v > hi) {
        diag_add(r->d, r->path, settings_line(s), _("%s in %s must be %d to %d, not %lld"),
                 name, where, lo, hi, v);
        return def;
    }
    return (int)v;
}

double settings_float(struct reader *r, const config_setting_t *grp, const char *group,
                      const char *name, const char *where)
{
    const config_setting_t *s = config_setting_get_member(grp, name);
    const struct setting_spec *spec = find_spec(group, name);
    double v, def = spec->def ? atof(spec->def) : -1;

    if (s == NULL || (config_setting_type(s) != CONFIG_TYPE_FLOAT && !number_fits(spec->type, s)))
        return def;
    v = config_setting_type(s) == CONFIG_TYPE_FLOAT ? config_setting_get_float(s)
                                                    : (double)config_setting_get_int64(s);
    if (!(v >= spec->lo && v <= spec->hi)) {
        diag_add(r->d, r->path, settings_line(s), _("%s in %s must be %d to %d, not %g"), name,
                 where, spec->lo, spec->hi, v);
        return def;
    }
    return v;
}

bool settings_bool(const config_setting_t *grp, const char *group, const char *name)
{
    const config_setting_t *s = config_setting_get_member(grp, name);
    const struct setting_spec *spec = find_spec(group, name);

    if (s == NULL || config_setting_type(s) != CONFIG_TYPE_BOOL)
        return spec != NULL && spec->def != NULL && strcmp(spec->def, "true") == 0;
    return config_setting_get_bool(s);
}

const char *const *settings_names(void)
{
    static const char *names[N_SPECS + 1];
    static char buf[N_SPECS][48];

    for (size_t i = 0; i < N_SPECS; i++) {
        if (specs[i].group[0] != '\0')
            snprintf(buf[i], sizeof buf[i], "%s.%s", specs[i].group, specs[i].name);
        else
            snprintf(buf[i], sizeof buf[i], "%s", specs[i].name);
        names[i] = buf[i];
    }
    names[N_SPECS] = NULL;
    return names;
}

void settings_usage(FILE *out)
{
    for (size_t i = 0; i < N_SPECS; i++) {
        char name[48];

        snprintf(name, sizeof name, "%s%s%s", specs[i].group, specs[i].group[0] ? "." : "",
                 specs[i].name);
        fprintf(out, "  %-26s %s", name, _(specs[i].help));
        if (specs[i].def)
            fprintf(out, _(" (default %s)"), specs[i].def);
        fputc('\n', out);
    }
    fprintf(out, "%s", _("\nStream formats (stream.format):\n"));
    for (int i = 0; i < FORMATS; i++)
        fprintf(out, "  %-26s %s\n", stream_formats[i].name, _(stream_formats[i].what));
}
