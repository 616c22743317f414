#include "programme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "stream_config.h"

/* The configuration's words, English as its keys; marked so that the
 * screens and the report can say them in the language shown, _() of
 * item_kind_name(). */
static const char *const kind_names[] = {
    /* TRANSLATORS: an item's kind; the agenda's kind column is five
     * columns wide (a talk is shown as nothing there: its word may be long) */
    [KIND_TALK] = N_("talk"),   [KIND_PANEL] = N_("panel"), [KIND_BREAK] = N_("break"),
    [KIND_FILM] = N_("film"),   [KIND_PRESS] = N_("press"),
};

const char *item_kind_name(enum item_kind kind)
{
    return kind_names[kind];
}

bool item_kind_parse(const char *name, enum item_kind *kind)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++) {
        if (strcmp(name, kind_names[i]) == 0) {
            *kind = (enum item_kind)i;
            return true;
        }
    }
    return false;
}

int item_warn_minutes(const struct programme *prog, const struct item *item)
{
    return item->warn_minutes >= 0 ? item->warn_minutes : prog->warn_minutes;
}

const struct speaker *item_people(const struct item *item, enum people_kind kind, size_t *n)
{
    *n = kind == PEOPLE_PRESS ? item->n_bookings : item->n_speakers;
    return kind == PEOPLE_PRESS ? item->bookings : item->speakers;
}

int64_t people_allotment(const struct item *item, enum people_kind kind, size_t k)
{
    return people_share(item, kind, k, item->end - item->start);
}

int64_t people_share(const struct item *item, enum people_kind kind, size_t k, int64_t length)
{
    size_t n, sharing = 0;
    const struct speaker *people = item_people(item, kind, &n);
    int64_t left = length;

    if (people[k].minutes >= 0)
        return (int64_t)people[k].minutes * 60;
    for (size_t i = 0; i < n; i++) {
        if (people[i].minutes >= 0)
            left -= (int64_t)people[i].minutes * 60;
        else
            sharing++;
    }
    return left > 0 ? left / (int64_t)sharing : 0;
}

int programme_find_item(const struct programme *prog, int hint, const char *title)
{
    int found = -1;

    if (hint >= 0 && hint < (int)prog->n_items && strcmp(prog->items[hint].title, title) == 0)
        return hint;
    for (size_t k = 0; k < prog->n_items; k++) {
        if (strcmp(prog->items[k].title, title) == 0) {
            if (found >= 0)
                return -1;
            found = (int)k;
        }
    }
    return found;
}

static void free_people(struct speaker *people, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(people[i].name);
        free(people[i].role);
    }
    free(people);
}

void programme_free(struct programme *prog)
{
    if (prog == NULL)
        return;
    for (size_t i = 0; i < prog->n_items; i++) {
        free(prog->items[i].title);
        free_people(prog->items[i].speakers, prog->items[i].n_speakers);
        free_people(prog->items[i].bookings, prog->items[i].n_bookings);
        if (prog->items[i].film != NULL)
            free(prog->items[i].film->title);
        free(prog->items[i].film);
    }
    free(prog->items);
    stream_config_free(prog->stream);
    free(prog->event.title);
    free(prog->event.region);
    free(prog->event.venue);
    free(prog->event.date);
    free(prog->language);
    for (size_t i = 0; i < prog->n_messages; i++)
        free(prog->messages[i]);
    free(prog->messages);
    free(prog->path);
    free(prog);
}

void programme_event_line(const struct event_info *e, bool venue, char *buf, size_t size)
{
    const char *parts[] = {e->title, e->region, venue ? e->venue : NULL, e->date};
    size_t used = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (parts[i] == NULL || parts[i][0] == '\0' || used >= size)
            continue;
        used += (size_t)snprintf(buf + used, size - used, "%s%s",
                                 used ? " · " : "", parts[i]);
    }
}
