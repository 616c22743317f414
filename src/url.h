/* url: resolving the relative references a playlist holds, and an
 * address as it may be shown. */
#ifndef PODIUM_URL_H
#define PODIUM_URL_H

#include <stddef.h>

/* ref resolved against the absolute URL base (RFC 3986 §5.2), as a new
 * string the caller frees. */
char *url_resolve(const char *base, const char *ref);

/* url as it may be shown: a password in it as *** ("https://user:***@host/…"),
 * so that a screen, a report or a terminal's scrollback never holds it.
 * Into buf (size bytes); returns buf. */
const char *url_shown(const char *url, char *buf, size_t size);

#endif
