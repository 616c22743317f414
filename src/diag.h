/* diag: configuration errors collected as "FILE:LINE: message" so that
 * every mistake in a file is reported at once, before curses starts. */
#ifndef PODIUM_DIAG_H
#define PODIUM_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
    char **lines;
    size_t n;
};

/* line 0 means the file as a whole: "FILE: message" */
void diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_print(const struct diag *d, FILE *out);
void diag_free(struct diag *d);

#endif
