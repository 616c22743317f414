/* dump: the programme and the day's state as plain text, for --check,
 * --dump and scripts; no curses. */
#ifndef PODIUM_DUMP_H
#define PODIUM_DUMP_H

#include <stdint.h>
#include <stdio.h>

#include "agenda_view.h"

/* The plan as a table (podium --check). */
void dump_programme(const struct programme *prog, FILE *out);

/* The dashboard's state at now (podium --dump). */
void dump_state(const struct agenda *a, const struct agenda_view *v, int64_t now,
                FILE *out);

#endif
