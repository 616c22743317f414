#include "safe.h"

#include <stdio.h>
#include <string.h>

bool safe_is_control(unsigned cp)
{
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || /* C0, DEL, C1 */
           cp == 0x061c || cp == 0x200e || cp == 0x200f ||          /* bidi marks */
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The code point of the UTF-8 sequence at s (n bytes long), or -1 when it
 * is none (a stray byte, a short or overlong sequence, a surrogate). */
static long decode(const unsigned char *s, int *n)
{
    unsigned cp;
    int len = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3
            : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};

    *n = 1;
    if (len == 0)
        return -1;
    cp = len == 1 ? s[0] : s[0] & (0x7f >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return -1;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if (cp < least[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return -1;
    *n = len;
    return (long)cp;
}

bool safe_has_control(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;

    while (*p) {
        int n;
        long cp = decode(p, &n);

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
        long cp = decode(p, &n);

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
