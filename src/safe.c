#include "safe.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

bool safe_is_control(unsigned cp)
{
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || /* C0, DEL, C1 */
           cp == 0x061c || cp == 0x200e || cp == 0x200f ||          /* bidi marks */
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

bool safe_has_control(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    while (*p) {
        int n;
        long cp = utf8_decode((const char *)p, &n);

        if (cp < 0 || safe_is_control((unsigned)cp))
            return true;
        p += n;
    }
    return false;
}

const char *safe_text(const char *s, char *buf, size_t size)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t used = 0;

    if (size == 0)
        return buf;
    buf[0] = '\0';
    while (*p) {
        char piece[12];
        int n;
        long cp = utf8_decode((const char *)p, &n);

        if (cp < 0)
            snprintf(piece, sizeof piece, "\\x%02x", p[0]);
        else if (cp < 0x20 || cp == 0x7f)
            snprintf(piece, sizeof piece, "^%c", cp == 0x7f ? '?' : (char)(cp + '@'));
        else if (safe_is_control((unsigned)cp))
            snprintf(piece, sizeof piece, "\\u%04X", (unsigned)cp & 0xffff);
        else
            snprintf(piece, sizeof piece, "%.*s", n, (const char *)p);
        if (used + strlen(piece) >= size)
            break; /* never half a character */
        memcpy(buf + used, piece, strlen(piece) + 1);
        used += strlen(piece);
        p += n;
    }
    return buf;
}

const char *safe_str(const char *s)
{
    static char bufs[4][2048];
    static int next;

    next = (next + 1) % 4;
    return safe_text(s ? s : "", bufs[next], sizeof bufs[next]);
}
