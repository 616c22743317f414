#include "config.h"

#include "i18n.h"

#include <errno.h>
#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "queue.h"
#include "settings.h"
#include "stream_config.h"
#include "timefmt.h"
#include "xalloc.h"

#ifndef PODIUM_DATADIR
#define PODIUM_DATADIR "/usr/local/share/podium"
#endif

struct loader {
    struct reader r; /* the file's path and where its errors go */
    struct programme *prog;
};

static bool date_valid(const char *d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, day;
    char extra;
    bool leap;

    if (strlen(d) != 10 || d[4] != '-' || d[7] != '-' ||
        sscanf(d, "%4d-%2d-%2d%c", &y, &m, &day, &extra) != 3 || m < 1 || m > 12)
        return false;
    leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day >= 1 && day <= days[m - 1] && (m != 2 || day < 29 || leap);
}

static void load_event(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *ev = config_setting_get_member(root, "event");
    struct event_info *e = &ld->prog->event;

    if (ev == NULL || config_setting_type(ev) != CONFIG_TYPE_GROUP) {
        if (ev == NULL)
            diag_add(ld->r.d, ld->r.path, 0,
                     _("missing event = { title = \"...\"; ... };"));
        return;
    }
    settings_check(&ld->r, ev, "event", "event");
    e->title = settings_text(&ld->r, ev, "event", "title", "event");
    e->region = settings_text(&ld->r, ev, "event", "region", "event");
    e->venue = settings_text(&ld->r, ev, "event", "venue", "event");
    e->date = settings_text(&ld->r, ev, "event", "date", "event");
    if (e->title == NULL && config_setting_get_member(ev, "title") == NULL)
        diag_add(ld->r.d, ld->r.path, settings_line(ev), _("event has no title"));
    else if (e->title != NULL && e->title[0] == '\0')
        diag_add(ld->r.d, ld->r.path, settings_member_line(ev, "title", settings_line(ev)),
                 _("event has an empty title"));
    if (e->date != NULL && !date_valid(e->date))
        diag_add(ld->r.d, ld->r.path, settings_member_line(ev, "date", settings_line(ev)),
                 _("bad date \"%s\" in event (use YYYY-MM-DD)"), e->date);
}

/* The two lists of people an item carries, as the configuration has them. */
struct people_list {
    enum people_kind kind;
    const char *setting; /* the list's name, and its spec group */
    const char *noun;
    const char *name, *role; /* the members that fill name and role */
};

static const struct people_list people_lists[] = {
    {PEOPLE_SPEAKERS, "speakers", N_("speaker"), "name", "role"},
    {PEOPLE_PRESS, "press", N_("press booking"), "outlet", "with"},
};

static void load_person(struct loader *ld, const config_setting_t *s,
                        const struct people_list *pl, const char *item_where, int no,
                        struct speaker *sp)
{
    char where[64];

    /* TRANSLATORS: "speaker 2 of agenda item 3" */
    snprintf(where, sizeof where, _("%s %d of %s"), _(pl->noun), no, item_where);
    sp->line = settings_line(s);
    sp->minutes = -1;
    if (config_setting_type(s) != CONFIG_TYPE_GROUP) {
        diag_add(ld->r.d, ld->r.path, sp->line, _("%s must be a group { %s = \"...\"; }"), where,
                 pl->name);
        return;
    }
    settings_check(&ld->r, s, pl->setting, where);
    sp->name = settings_text(&ld->r, s, pl->setting, pl->name, where);
    sp->role = settings_text(&ld->r, s, pl->setting, pl->role, where);
    sp->minutes = settings_int(&ld->r, s, pl->setting, "minutes", where);
    if (sp->name == NULL && config_setting_get_member(s, pl->name) == NULL)
        diag_add(ld->r.d, ld->r.path, sp->line, _("%s has no %s"), where, pl->name);
    else if (sp->name != NULL && sp->name[0] == '\0')
        diag_add(ld->r.d, ld->r.path, sp->line, _("%s has an empty %s"), where, pl->name);
}

static void load_people(struct loader *ld, const config_setting_t *item, const char *where,
                        const struct people_list *pl, struct speaker **people, size_t *n)
{
    const config_setting_t *list = config_setting_get_member(item, pl->setting);

    if (list == NULL || config_setting_type(list) != CONFIG_TYPE_LIST)
        return;
    *n = (size_t)config_setting_length(list);
    *people = xcalloc(*n, sizeof **people);
    for (size_t i = 0; i < *n; i++)
        load_person(ld, config_setting_get_elem(list, (unsigned)i), pl, where, (int)i + 1,
                    &(*people)[i]);
}

/* An item's speakers, and a press item's bookings. */
static void load_lists(struct loader *ld, const config_setting_t *item, const char *where,
                       struct item *it)
{
    const config_setting_t *press = config_setting_get_member(item, "press");

    load_people(ld, item, where, &people_lists[PEOPLE_SPEAKERS], &it->speakers,
                &it->n_speakers);
    load_people(ld, item, where, &people_lists[PEOPLE_PRESS], &it->bookings, &it->n_bookings);
    if (press != NULL && it->kind != KIND_PRESS)
        diag_add(ld->r.d, ld->r.path, settings_line(press),
                 _("press in %s applies to press items only (kind = \"press\")"), where);
}

static void load_film(struct loader *ld, const config_setting_t *item, const char *where,
                      struct item *it)
{
    const config_setting_t *g = config_setting_get_member(item, "film");
    const config_setting_t *dur;
    const char *text = NULL;
    char w[48];

    if (g == NULL || config_setting_type(g) != CONFIG_TYPE_GROUP)
        return;
    snprintf(w, sizeof w, _("the film of %s"), where);
    settings_check(&ld->r, g, "film", w);
    it->film = xcalloc(1, sizeof *it->film);
    it->film->title = settings_text(&ld->r, g, "film", "title", w);
    dur = config_setting_get_member(g, "duration");
    if (dur != NULL)
        text = config_setting_get_string(dur);
    if (dur == NULL)
        diag_add(ld->r.d, ld->r.path, settings_line(g), _("%s has no duration, e.g. \"4:50\""), w);
    else if (text != NULL && !time_parse_length(text, &it->film->duration))
        diag_add(ld->r.d, ld->r.path, settings_line(dur),
                 _("bad duration \"%s\" for %s (use M:SS, e.g. \"4:50\")"), text, w);
    else if (text != NULL && (it->film->duration > FILM_MAX || it->film->duration <= 0))
        diag_add(ld->r.d, ld->r.path, settings_line(dur),
                 _("%s runs %s: a film runs more than 0:00 and at most 5:00"), w, text);
    if (it->kind != KIND_FILM)
        diag_add(ld->r.d, ld->r.path, settings_line(g),
                 _("film in %s applies to film items only (kind = \"film\")"), where);
}

/* Reads one agenda entry; the checks between items come afterwards. */
static void load_item(struct loader *ld, const config_setting_t *s, int no,
                      struct item *it)
{
    char where[32];
    const char *kind;

    snprintf(where, sizeof where, _("agenda item %d"), no);
    it->line = settings_line(s);
    it->min_minutes = -1;
    it->warn_minutes = -1;
    it->start = it->end = -1;
    if (config_setting_type(s) != CONFIG_TYPE_GROUP) {
        diag_add(ld->r.d, ld->r.path, it->line, _("%s must be a group { start = ...; title = ...; }"),
                 where);
        return;
    }
    settings_check(&ld->r, s, "agenda", where);
    it->title = settings_text(&ld->r, s, "agenda", "title", where);
    if (it->title == NULL && config_setting_get_member(s, "title") == NULL)
        diag_add(ld->r.d, ld->r.path, it->line, _("%s has no title"), where);
    else if (it->title != NULL && it->title[0] == '\0')
        diag_add(ld->r.d, ld->r.path, it->line, _("%s has an empty title"), where);
    if (!settings_time(&ld->r, s, "start", where, &it->start) &&
        config_setting_get_member(s, "start") == NULL)
        diag_add(ld->r.d, ld->r.path, it->line, _("%s has no start"), where);
    settings_time(&ld->r, s, "end", where, &it->end);
    kind = settings_default("agenda", "kind");
    config_setting_lookup_string(s, "kind", &kind);
    if (!item_kind_parse(kind, &it->kind))
        diag_add(ld->r.d, ld->r.path, settings_member_line(s, "kind", it->line),
                 _("unknown kind \"%s\" in %s (use talk, panel, break, film or press)"),
                 kind, where);
    it->poll = settings_bool(s, "agenda", "poll");
    it->warn_minutes = settings_int(&ld->r, s, "agenda", "warn_minutes", where);
    it->min_minutes = settings_int(&ld->r, s, "agenda", "min_minutes", where);
    load_lists(ld, s, where, it);
    load_film(ld, s, where, it);
    if (it->min_minutes >= 0 && it->kind != KIND_BREAK)
        diag_add(ld->r.d, ld->r.path, settings_member_line(s, "min_minutes", it->line),
                 _("min_minutes in %s applies to breaks only (kind = \"break\")"), where);
}

/* Item i must start after item i - 1. */
static void check_order(struct loader *ld, const config_setting_t *s, size_t i)
{
    const struct item *items = ld->prog->items;
    char a[6], b[6];

    if (i == 0 || items[i].start < 0 || items[i - 1].start < items[i].start)
        return;
    time_format_hm(items[i].start, a);
    time_format_hm(items[i - 1].start, b);
    diag_add(ld->r.d, ld->r.path, settings_member_line(s, "start", items[i].line),
             _("agenda item %zu starts at %s, not after the item before it (%s): "
             "list items in order"), i + 1, a, b);
}

/* An explicit end must come after the item's own start. */
static bool check_end_after_start(struct loader *ld, const config_setting_t *s, size_t i)
{
    const struct item *it = &ld->prog->items[i];
    char a[6];

    if (it->end < 0 || it->end > it->start)
        return true;
    time_format_hm(it->end, a);
    diag_add(ld->r.d, ld->r.path, settings_member_line(s, "end", it->line),
             _("agenda item %zu ends at %s, not after its start"), i + 1, a);
    return false;
}

/* Every item but the last ends where the next begins; an explicit end
 * that says otherwise is an overlap or a gap. */
static void link_end(struct loader *ld, const config_setting_t *s, size_t i)
{
    struct item *it = &ld->prog->items[i];
    int64_t next = ld->prog->items[i + 1].start;
    char a[6], b[6];

    if (it->end >= 0 && next >= 0 && it->end != next && check_end_after_start(ld, s, i)) {
        time_format_hm(it->end, a);
        time_format_hm(next, b);
        diag_add(ld->r.d, ld->r.path, settings_member_line(s, "end", it->line),
                 it->end > next
                     ? _("agenda item %zu ends at %s, overlapping the next item at %s")
                     : _("agenda item %zu ends at %s, leaving a gap before the next "
                         "item at %s (add an item, e.g. a break, for it)"),
                 i + 1, a, b);
    }
    it->end = next;
}

/* The last item has no next one: it needs its own end, after its start. */
static void check_last_end(struct loader *ld, const config_setting_t *s, size_t i)
{
    if (config_setting_get_member(s, "end") == NULL)
        diag_add(ld->r.d, ld->r.path, ld->prog->items[i].line,
                 _("the last agenda item (%zu) needs an end, e.g. end = \"14:15\";"), i + 1);
    else
        check_end_after_start(ld, s, i);
}

static void check_min_minutes(struct loader *ld, const config_setting_t *s, size_t i)
{
    const struct item *it = &ld->prog->items[i];

    if (it->min_minutes > 0 && it->end > it->start &&
        it->min_minutes * 60 > it->end - it->start)
        diag_add(ld->r.d, ld->r.path, settings_member_line(s, "min_minutes", it->line),
                 _("min_minutes %d in agenda item %zu is longer than the break (%d min)"),
                 it->min_minutes, i + 1, (int)((it->end - it->start) / 60));
}

/* The checks between items, which also fill in each item's end. */
static void link_items(struct loader *ld, const config_setting_t *agenda)
{
    size_t n = ld->prog->n_items;

    for (size_t i = 0; i < n; i++) {
        const config_setting_t *s = config_setting_get_elem(agenda, (unsigned)i);

        if (ld->prog->items[i].start < 0)
            continue;
        check_order(ld, s, i);
        if (i + 1 < n)
            link_end(ld, s, i);
        else
            check_last_end(ld, s, i);
        check_min_minutes(ld, s, i);
    }
}

static void load_agenda(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *agenda = config_setting_get_member(root, "agenda");
    struct programme *p = ld->prog;
    int n;

    if (agenda == NULL) {
        diag_add(ld->r.d, ld->r.path, 0, _("missing agenda = ( { start = ...; title = ...; }, ... );"));
        return;
    }
    if (config_setting_type(agenda) != CONFIG_TYPE_LIST)
        return; /* check_settings has said so */
    n = config_setting_length(agenda);
    if (n == 0) {
        diag_add(ld->r.d, ld->r.path, settings_line(agenda), _("the agenda is empty"));
        return;
    }
    p->n_items = (size_t)n;
    p->items = xcalloc(p->n_items, sizeof *p->items);
    for (int i = 0; i < n; i++)
        load_item(ld, config_setting_get_elem(agenda, (unsigned)i), i + 1,
                  &p->items[i]);
    link_items(ld, agenda);
}

static bool read_file(struct loader *ld, config_t *cfg)
{
    FILE *f = fopen(ld->r.path, "r");
    struct stat st;

    if (f == NULL || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        diag_add(ld->r.d, ld->r.path, 0, _("cannot read the configuration: %s"),
                 f == NULL ? strerror(errno) : _("not a regular file"));
        if (f != NULL)
            fclose(f);
        return false;
    }
    /* kept for settings_int, which looks at a literal as written */
    ld->r.text = xmalloc((size_t)st.st_size + 1);
    ld->r.text[fread(ld->r.text, 1, (size_t)st.st_size, f)] = '\0';
    fclose(f);
    if (config_read_file(cfg, ld->r.path) == CONFIG_TRUE)
        return true;
    if (config_error_type(cfg) == CONFIG_ERR_FILE_IO)
        diag_add(ld->r.d, ld->r.path, 0, _("cannot read the configuration"));
    else
        diag_add(ld->r.d, config_error_file(cfg) ? config_error_file(cfg) : ld->r.path,
                 config_error_line(cfg), "%s", config_error_text(cfg));
    return false;
}

/* messages = ( "2 minuter kvar", "Avrunda" ): one a number key, each a
 * line the stage screen can show. */
static void load_messages(struct loader *ld, const config_setting_t *root)
{
    const config_setting_t *list = config_setting_get_member(root, "messages");
    int n = list ? config_setting_length(list) : 0;

    if (n > MESSAGES_MAX) {
        diag_add(ld->r.d, ld->r.path, settings_line(list),
                 _("messages has %d texts: at most %d, one a number key"), n, MESSAGES_MAX);
        return;
    }
    ld->prog->messages = n ? xcalloc((size_t)n, sizeof *ld->prog->messages) : NULL;
    for (int i = 0; i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
        char where[48], *text;

        snprintf(where, sizeof where, _("messages, text %d"), i + 1);
        if (config_setting_type(e) != CONFIG_TYPE_STRING) {
            diag_add(ld->r.d, ld->r.path, settings_line(e), _("%s is not a text in quotes"), where);
            continue;
        }
        if ((text = settings_string(&ld->r, e, "text", where)) == NULL)
            continue;
        if (text[0] == '\0' || strlen(text) >= QUEUE_NAME_MAX) {
            diag_add(ld->r.d, ld->r.path, settings_line(e),
                     _("%s is empty or longer than %d bytes"), where, QUEUE_NAME_MAX - 1);
            free(text);
            continue;
        }
        ld->prog->messages[ld->prog->n_messages++] = text;
    }
}

static void load_language(struct loader *ld, const config_setting_t *root)
{
    char *lang = settings_text(&ld->r, root, "", "language", _("the top level"));

    if (lang != NULL && strcmp(lang, "sv") != 0 && strcmp(lang, "en") != 0) {
        diag_add(ld->r.d, ld->r.path, settings_member_line(root, "language", 0),
                 _("language is \"%s\": podium speaks \"sv\" or \"en\""), lang);
        free(lang);
        lang = NULL;
    }
    ld->prog->language = lang;
}

char *config_language(const char *path)
{
    config_t cfg;
    const char *lang = NULL;
    char *copy = NULL;

    /* a look ahead, before the loader's messages are worded: errors are
     * the loader's to report */
    config_init(&cfg);
    if (config_read_file(&cfg, path) == CONFIG_TRUE &&
        config_lookup_string(&cfg, "language", &lang) == CONFIG_TRUE &&
        (strcmp(lang, "sv") == 0 || strcmp(lang, "en") == 0))
        copy = xstrdup(lang);
    config_destroy(&cfg);
    return copy;
}

struct programme *config_load(const char *path, struct diag *d)
{
    struct loader ld = {.r = {.path = path, .d = d}};
    size_t errors_before = d->n;
    config_t cfg;
    const config_setting_t *root;

    config_init(&cfg);
    ld.prog = xcalloc(1, sizeof *ld.prog);
    ld.prog->path = xstrdup(path);
    ld.prog->warn_minutes = atoi(settings_default("", "warn_minutes"));
    if (read_file(&ld, &cfg)) {
        root = config_root_setting(&cfg);
        settings_check(&ld.r, root, "", _("the top level"));
        ld.prog->warn_minutes = settings_int(&ld.r, root, "", "warn_minutes", _("the top level"));
        ld.prog->bell = settings_bool(root, "", "bell");
        load_language(&ld, root);
        load_messages(&ld, root);
        load_event(&ld, root);
        load_agenda(&ld, root);
        ld.prog->stream = stream_config_load(&ld.r, root);
    }
    config_destroy(&cfg);
    free(ld.r.text);
    if (d->n > errors_before) {
        programme_free(ld.prog);
        return NULL;
    }
    return ld.prog;
}

char *config_default_path(void)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char *user = NULL;

    if (xdg != NULL && xdg[0] == '/')
        user = xasprintf("%s/podium/podium.cfg", xdg);
    else if (home != NULL && home[0] != '\0')
        user = xasprintf("%s/.config/podium/podium.cfg", home);
    if (user != NULL && access(user, F_OK) == 0)
        return user;
    free(user);
    return xstrdup(PODIUM_DATADIR "/podium.cfg");
}

