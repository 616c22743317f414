/* safe: text podium did not write itself, made safe to print. A name in
 * a journal, a title in a configuration, a reason from a server could
 * carry terminal controls (ESC ] 0 ; … BEL sets the window's title, OSC 52
 * writes the clipboard, ESC [ 2 J clears the screen) or bidi overrides
 * that reorder what is read. Every path that prints such text to a
 * terminal or a file (report, CSV, dump, check, probe, errors) puts it
 * through here: C0 controls and DEL become caret notation ("^[", "^?"),
 * C1 controls and bidi controls "\u009B", "\u202E", a byte that is no
 * UTF-8 "\xff". Anything else passes unchanged. No curses. */
#ifndef PODIUM_SAFE_H
#define PODIUM_SAFE_H

#include <stdbool.h>
#include <stddef.h>

/* s made safe, into buf (size bytes, cut at a whole character). Returns buf. */
const char *safe_text(const char *s, char *buf, size_t size);

/* The same into one of a few buffers of its own, for several in one
 * printf; each call overwrites the oldest. */
const char *safe_str(const char *s);

/* Whether code point cp is one that safe_text shows escaped. */
bool safe_is_control(unsigned cp);

/* Whether valid UTF-8 text s holds such a code point: the configuration
 * refuses it. */
bool safe_has_control(const char *s);

#endif
