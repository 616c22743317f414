/* session: the day a dashboard or a `podium do` joins: the programme,
 * loaded in its own language (config.h), and the day's journal — the one
 * named with --journal, or the default for the programme (a rehearsal's
 * apart, one a day it is rehearsed on), --fresh setting the old one
 * aside — with the clock a rehearsal's journal keeps. */
#ifndef PODIUM_SESSION_H
#define PODIUM_SESSION_H

#include <stddef.h>

#include "clock.h"
#include "journal.h"
#include "options.h"
#include "programme.h"

/* The programme of -c (or the default), its errors printed; NULL when
 * it cannot be used. */
struct programme *session_load(const struct options *o);

/* Opens the day's journal for o (written, or followed with --follow or
 * --role stage) and sets *clock to a rehearsal's as its journal keeps it
 * (today: "YYYY-MM-DD", for a rehearsal's name). NULL, the reason
 * printed, when it cannot be opened; note gets what to say on screen
 * ("A new day; the old journal is kept as ..."). */
struct journal *session_journal(const struct programme *prog, const struct options *o,
                                struct clock *clock, const char *today, char *note,
                                size_t notesize);

#endif
