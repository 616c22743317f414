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

/* Whose allotment an ENTRY_ALLOTMENT sets: speaker, in the entry's
 * queue and item. */
void app_entry_speaker(struct app *app, int speaker);

/* Enter on the message's entry with text (podium do message, too): it
 * goes up on the stage screens without the spaces around it, "" (or
 * only spaces) takes it down, and the line closes;
 * false, the line open and the reason in its note and the message, when
 * the text cannot go up (app_event_message). */
bool app_entry_send_message(struct app *app, const char *text);

/* A key while it is open: text or digits, Backspace, Enter, Esc. */
void app_entry_key(struct app *app, int ch);

/* Keeps it on its item as the day changes under it (app_settle, before
 * each key and drawing): finds the item again when items went in or out; a new
 * item's place moves on to the item on screen once the day passes it;
 * it is left, saying why and what was typed, when its item or speaker
 * is gone or its step can no longer be taken (the day moved on, another
 * terminal took the speaker out). */
void app_entry_follow(struct app *app);

/* What it asks, before the text typed ("Add speaker next: "), into buf;
 * returns the hint shown after it ("Enter adds, Esc leaves it"). */
const char *app_entry_prompt(const struct app *app, char *buf, size_t size);

/* What it takes, for the line under it, into buf: "every key is text
 * here until Enter or Esc", "digits only ...", "one key here: ...", and
 * for a new item's title where it goes first. */
void app_entry_takes(const struct app *app, char *buf, size_t size);

#endif
