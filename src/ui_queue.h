/* ui_queue: a queue of people drawn as rows, shared by the speakers and
 * the press panels. Private to ui*.c. */
#ifndef PODIUM_UI_QUEUE_H
#define PODIUM_UI_QUEUE_H

#include "ui_panel.h"

/* Right of each row: "  12:34 of 11:15  less". */
#define QUEUE_RIGHT_WIDTH 26

/* The panel's first row: the focus mark, the queue's name, its keys,
 * and a label over the times (NULL for none). */
void ui_queue_heading(WINDOW *w, const struct app *app, enum people_kind kind,
                      const char *name, const char *keys, const char *right);
/* The queue of kind in rows y0 and below, keeping the one under way (or
 * else the selected one) in view. */
void ui_queue_rows(WINDOW *w, int y0, const struct app *app, enum people_kind kind);
/* Rows a queue panel that wants `want` keeps when space runs short: a
 * heading and two rows while it has the focus, else none. */
int ui_queue_keep(const struct app *app, enum people_kind kind, int want);
/* A hash of what the rows show, for the panel's stamp. */
uint64_t ui_queue_stamp(const struct app *app, enum people_kind kind);

#endif
