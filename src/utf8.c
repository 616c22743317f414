#include "utf8.h"

#include <stdio.h>

#include <string.h>
#include <wchar.h>

long utf8_decode(const char *text, int *n)
{
    const unsigned char *s = (const unsigned char *)text;
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

bool utf8_valid(const char *s)
{
    int n;

    for (; *s; s += n) {
        if (utf8_decode(s, &n) < 0)
            return false;
    }
    return true;
}

/* Decodes one character; returns its byte length (at least 1). */
static size_t next_char(const char *s, size_t left, int *width)
{
    mbstate_t st;
    wchar_t wc;
    size_t n;

    memset(&st, 0, sizeof st);
    n = mbrtowc(&wc, s, left, &st);
    if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
        *width = 1;
        return 1;
    }
    *width = wcwidth(wc);
    if (*width < 0)
        *width = 1;
    return n;
}

int utf8_width(const char *s)
{
    size_t left = strlen(s);
    int total = 0, w;

    while (left > 0) {
        size_t n = next_char(s, left, &w);

        total += w;
        s += n;
        left -= n;
    }
    return total;
}

size_t utf8_fit(const char *s, int cols)
{
    size_t left = strlen(s), used = 0;
    int w;

    while (left > 0) {
        size_t n = next_char(s + used, left, &w);

        if (w > cols)
            break;
        cols -= w;
        used += n;
        left -= n;
    }
    return used;
}

int utf8_pad(const char *s, int cols)
{
    int w = utf8_width(s);

    return w < cols ? cols - w : 0;
}

const char *utf8_short(char *buf, size_t size, const char *s, int cols)
{
    size_t fit = utf8_fit(s, cols);

    if (fit < strlen(s)) /* room for the "…" */
        snprintf(buf, size, "%.*s…", (int)utf8_fit(s, cols - 1), s);
    else
        snprintf(buf, size, "%s", s);
    return buf;
}

bool utf8_append(char *buf, size_t size, unsigned cp)
{
    size_t len = strlen(buf), n;
    unsigned char enc[4];

    if (cp < 0x80) {
        enc[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        enc[0] = (unsigned char)(0xc0 | cp >> 6);
        enc[1] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        enc[0] = (unsigned char)(0xe0 | cp >> 12);
        enc[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        enc[2] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        enc[0] = (unsigned char)(0xf0 | cp >> 18);
        enc[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
        enc[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        enc[3] = (unsigned char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    if (len + n + 1 > size)
        return false;
    memcpy(buf + len, enc, n);
    buf[len + n] = '\0';
    return true;
}

void utf8_drop_last(char *buf)
{
    size_t len = strlen(buf);

    while (len > 0 && ((unsigned char)buf[len - 1] & 0xc0) == 0x80)
        len--; /* continuation bytes of the last character */
    if (len > 0)
        len--;
    buf[len] = '\0';
}
