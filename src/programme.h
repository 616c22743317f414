/* programme: the day's plan as configured, read-only once loaded.
 * Times are seconds since local midnight (see timefmt.h). Every item has
 * a planned start and end: the loader fills each end from the next start,
 * or from the last item's explicit end. The agenda keeps the day's own
 * copy (agenda.h), with the items inserted on the day: such an item is
 * marked so, with no time of its own in the plan (it starts and ends
 * where the item before it ends as the day has it). */
#ifndef PODIUM_PROGRAMME_H
#define PODIUM_PROGRAMME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum item_kind { KIND_TALK, KIND_PANEL, KIND_BREAK, KIND_FILM, KIND_PRESS };

struct stream_config;

/* One person on an item's speaker list, or one press booking: the
 * outlet as name, who it interviews as role. */
struct speaker {
    char *name;
    char *role;    /* NULL when not given */
    int minutes;   /* allotment; -1 = an equal share of what is left */
    int line;
};

/* The film an item of kind film shows. */
struct film {
    char *title;
    int64_t duration; /* seconds, at most FILM_MAX */
};
#define FILM_MAX (5 * 60) /* the series' rule */

struct item {
    char *title;
    enum item_kind kind;
    int64_t start, end;
    int min_minutes;  /* breaks: shortest it may shrink to; -1 = keep length */
    int warn_minutes; /* -1 = the day's setting */
    bool poll;
    int line;         /* where the item stands in the configuration */
    bool inserted;    /* on the day (i), not configured */
    struct speaker *speakers;
    size_t n_speakers;
    struct film *film; /* NULL when the item has none */
    struct speaker *bookings; /* a press item's interviews */
    size_t n_bookings;
};

/* The two queues an item may carry: its speakers and its press bookings. */
enum people_kind { PEOPLE_SPEAKERS, PEOPLE_PRESS, PEOPLE_KINDS };

struct event_info {
    char *title, *region, *venue, *date; /* NULL when not given */
};

struct programme {
    char *path;
    struct event_info event;
    struct item *items;
    size_t n_items;
    int warn_minutes;
    bool bell;
    char *language; /* "sv" or "en"; NULL: the locale's (i18n.h) */
    struct stream_config *stream; /* NULL: no stream to watch */
    /* messages to the stage set beforehand, one a number key (M, then 1-9) */
    char **messages;
    size_t n_messages;
};
#define MESSAGES_MAX 9

const char *item_kind_name(enum item_kind kind);
/* false when name is no kind */
bool item_kind_parse(const char *name, enum item_kind *kind);
int item_warn_minutes(const struct programme *prog, const struct item *item);
/* An item's speakers or bookings; *n gets how many. */
const struct speaker *item_people(const struct item *item, enum people_kind kind, size_t *n);
/* One's allotment in seconds: their minutes, or an equal share of the
 * item's time that the others' minutes leave (never below zero). */
int64_t people_allotment(const struct item *item, enum people_kind kind, size_t k);
/* The same for the item made `length` seconds long on the day. */
int64_t people_share(const struct item *item, enum people_kind kind, size_t k, int64_t length);
/* The item titled title: `hint` when that one is, else the only one of
 * that title; -1 for none, or two of it (no guessing). Where an item
 * named by number may have moved (items inserted or removed on the day). */
int programme_find_item(const struct programme *prog, int hint, const char *title);
void programme_free(struct programme *prog);

/* "Vård i rörelse · Södra sjukvårdsregionen · Malmö · 2020-11-20": the
 * event's parts that are given; without the venue (Malmö) unless venue. */
void programme_event_line(const struct event_info *e, bool venue, char *buf, size_t size);

#endif
