#include "programme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {
    [KIND_TALK] = "talk",   [KIND_PANEL] = "panel", [KIND_BREAK] = "break",
    [KIND_FILM] = "film",   [KIND_PRESS] = "press",
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

int64_t speaker_allotment(const struct item *item, size_t speaker)
{
    int64_t left = item->end - item->start;
    size_t sharing = 0;

    if (item->speakers[speaker].minutes >= 0)
        return (int64_t)item->speakers[speaker].minutes * 60;
    for (size_t i = 0; i < item->n_speakers; i++) {
        if (item->speakers[i].minutes >= 0)
            left -= (int64_t)item->speakers[i].minutes * 60;
        else
            sharing++;
    }
    return left > 0 ? left / (int64_t)sharing : 0;
}

static void free_speakers(struct item *it)
{
    for (size_t i = 0; i < it->n_speakers; i++) {
        free(it->speakers[i].name);
        free(it->speakers[i].role);
    }
    free(it->speakers);
}

void programme_free(struct programme *prog)
{
    if (prog == NULL)
        return;
    for (size_t i = 0; i < prog->n_items; i++) {
        free(prog->items[i].title);
        free_speakers(&prog->items[i]);
        if (prog->items[i].film != NULL)
            free(prog->items[i].film->title);
        free(prog->items[i].film);
    }
    free(prog->items);
    free(prog->event.title);
    free(prog->event.region);
    free(prog->event.venue);
    free(prog->event.date);
    free(prog->path);
    free(prog);
}

void programme_event_line(const struct event_info *e, char *buf, size_t size)
{
    const char *parts[] = {e->title, e->region, e->venue, e->date};
    size_t used = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (parts[i] == NULL || parts[i][0] == '\0' || used >= size)
            continue;
        used += (size_t)snprintf(buf + used, size - used, "%s%s",
                                 used ? " · " : "", parts[i]);
    }
}
