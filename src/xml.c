#include "xml.h"

#include <stdarg.h>
#include <string.h>

#include "safe.h"
#include "utf8.h"

void xml_text(FILE *out, const char *s)
{
    char safe[4096];
    int n;

    for (s = safe_text(s, safe, sizeof safe); *s; s++) {
        long cp = (unsigned char)*s >= 0x80 ? utf8_decode(s, &n) : 0;

        if (cp == 0xFFFE || cp == 0xFFFF) { /* no character of XML's */
            fprintf(out, "\\u%04lX", cp);
            s += n - 1;
            continue;
        }
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default: fputc(*s, out);
        }
    }
}

void xml_printf(FILE *out, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            fputc(*p, out);
        } else if (strncmp(p, "%s", 2) == 0) {
            xml_text(out, va_arg(ap, const char *));
            p += 1;
        } else if (strncmp(p, "%d", 2) == 0) {
            fprintf(out, "%d", va_arg(ap, int));
            p += 1;
        } else if (strncmp(p, "%lld", 4) == 0) {
            fprintf(out, "%lld", va_arg(ap, long long));
            p += 3;
        } else if (strncmp(p, "%.1f", 4) == 0) {
            fprintf(out, "%.1f", va_arg(ap, double));
            p += 3;
        } else {
            fputc('%', out); /* "%%" */
            p += p[1] == '%';
        }
    }
    va_end(ap);
}
