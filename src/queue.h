/* queue: one agenda item's speakers (or its press interviews), in the
 * order they will speak, and who has spoken how long. Plain state changed by the agenda's events
 * (agenda.c): each function applies one change and returns false when it
 * changes nothing, so a repeated event is harmless. Speakers are named by
 * id, their place in the list (configured first, added after), never by
 * their position in the queue. No curses, no clock. */
#ifndef PODIUM_QUEUE_H
#define PODIUM_QUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "programme.h"

#define QUEUE_NAME_MAX 128

enum speaker_state { SPK_WAITING, SPK_SPEAKING, SPK_DONE, SPK_SKIPPED };

struct queue_speaker {
    char *name;         /* owned */
    char *role;         /* owned, NULL when none */
    int64_t allotment;  /* seconds; for someone added on the day, an equal share
                           of what was left of the item (agenda.h) */
    enum speaker_state state;
    int64_t turn_start; /* of the turn under way or the last one */
    int64_t spoken;     /* seconds of closed turns */
    int prev;           /* who was speaking when this one started, -1 */
    bool added;
    bool set;           /* its allotment set on the day (e): kept as the item changes */
};

struct queue {
    struct queue_speaker *sp; /* by id */
    int *order;               /* ids in speaking order */
    size_t n;
    int current;              /* the id speaking, -1 */
    int end_prev;             /* who spoke last when the queue was ended, -1 */
    int64_t ended_at;
};

void queue_init(struct queue *q, const struct item *it, enum people_kind kind);
void queue_free(struct queue *q);

/* id starts speaking at `at`, ending the turn under way. id -1 ends the
 * turn with nobody next. Only a waiting speaker can start. */
bool queue_start(struct queue *q, int id, int64_t at);
/* Takes back the start of id (or the end, -1): the one before speaks on. */
bool queue_unstart(struct queue *q, int id);
/* Moves a waiting speaker to place `to` in the order; *from gets the old
 * place, for undo. */
bool queue_move(struct queue *q, int id, int to, int *from);
bool queue_skip(struct queue *q, int id, bool skip);
/* Adds a speaker with the next free id (which must be id) at place `at`. */
bool queue_add(struct queue *q, int id, const char *name, int at);
/* Removes an added speaker who has not spoken. */
bool queue_remove(struct queue *q, int id);

/* The first waiting speaker in order, -1 when none. */
int queue_next(const struct queue *q);
/* Where id stands in the order. */
int queue_place(const struct queue *q, int id);
/* Seconds id has spoken, counting a turn under way up to `until`. */
int64_t queue_spoken(const struct queue *q, int id, int64_t until);

/* Fair airtime on a panel: against an equal share of all the time the
 * configured speakers (not skipped) have had so far, who has clearly less
 * (under half) or more (over one and a half)? Judged once they have had
 * BALANCE_AFTER seconds between them; added speakers are not judged. */
enum balance { BALANCE_NONE, BALANCE_FAIR, BALANCE_LESS, BALANCE_MORE };
#define BALANCE_AFTER 180
enum balance queue_balance(const struct queue *q, int id, int64_t until);

#endif
