/* xalloc: allocation that never returns NULL.
 * On exhaustion the registered fatal hook runs first (the UI uses it to
 * restore the terminal), then the message is printed and the process exits 1.
 * Every pointer returned is the caller's to free. */
#ifndef PODIUM_XALLOC_H
#define PODIUM_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* printf into a fresh string */
/* The first n bytes of s (fewer at a NUL), NUL-terminated. */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Called once before a fatal exit; NULL for none. */
void xalloc_set_fatal_hook(void (*hook)(void));
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
