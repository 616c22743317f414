#include "diag.h"

#include "safe.h"

#include "i18n.h"

#include <stdarg.h>
#include <stdlib.h>

#include "xalloc.h"

void diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    char msg[512];

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    d->lines = xrealloc(d->lines, d->n + 1, sizeof *d->lines);
    if (line > 0)
        d->lines[d->n++] = xasprintf("%s:%d: %s", file, line, msg);
    else
        d->lines[d->n++] = xasprintf("%s: %s", file, msg);
}

void diag_print(const struct diag *d, FILE *out)
{
    char safe[2048];

    /* a message quotes what the file holds: never raw to a terminal */
    for (size_t i = 0; i < d->n; i++)
        fprintf(out, "%s\n", safe_text(d->lines[i], safe, sizeof safe));
}

void diag_free(struct diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->lines[i]);
    free(d->lines);
    d->lines = NULL;
    d->n = 0;
}
