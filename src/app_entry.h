/* app_entry: the entry line. It takes a name to add to a queue (o, O),
 * minutes for someone's allotment or an item's length (e), or a new
 * item's title, minutes and kind in turn (i). While it is open every key
 * goes to it; its prompt says what it is for and its hint that Esc
 * leaves it. Part of the app (app.h); the footer only reads it. */
#ifndef PODIUM_APP_ENTRY_H
#define PODIUM_APP_ENTRY_H

#include <stddef.h>

#include "app.h"

/* Opens the entry line for kind on item, empty; the caller sets what
 * else the kind needs (queue, next, speaker). */
void app_entry_open(struct app *app, enum entry_kind kind, int item);

/* A key while it is open: text or digits, Backspace, Enter, Esc. */
void app_entry_key(struct app *app, int ch);

/* Closes it when the items moved under it (another terminal inserted or
 * removed one): its item is no longer where it was. After every change
 * of the day (app_tick). */
void app_entry_follow(struct app *app);

/* What it asks, before the text typed ("Add speaker next: "), into buf;
 * returns the hint shown after it ("Enter adds, Esc leaves it"). */
const char *app_entry_prompt(const struct app *app, char *buf, size_t size);

/* What it takes, for the line under it, into buf: "every key is text
 * here until Enter or Esc", "digits only ...", "one key here: ...", and
 * for a new item's title where it goes first. */
void app_entry_takes(const struct app *app, char *buf, size_t size);

#endif
