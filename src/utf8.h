/* utf8: validity and display width of UTF-8 text (Swedish titles: å ä ö).
 * Width needs an LC_CTYPE with UTF-8 set up by the caller (main does it). */
#ifndef PODIUM_UTF8_H
#define PODIUM_UTF8_H

#include <stdbool.h>
#include <stddef.h>

bool utf8_valid(const char *s);
/* The code point at s, *n getting its length in bytes; -1 (and *n 1)
 * when it is none: a stray byte, a short or overlong sequence, a
 * surrogate, past Unicode's range. */
long utf8_decode(const char *s, int *n);
/* Terminal columns the string takes; an unprintable character counts 1. */
int utf8_width(const char *s);
/* Bytes of s that fit in cols columns, never cutting a character. */
size_t utf8_fit(const char *s, int cols);

/* The spaces that fill s out to cols columns (none when it is as wide
 * or wider): columns padded by display width, where printf's %-*s pads
 * bytes (å is two bytes, one column). */
int utf8_pad(const char *s, int cols);

/* s cut to cols columns for a message, "…" at the end when it was cut,
 * never inside a character; into buf. Returns buf. */
const char *utf8_short(char *buf, size_t size, const char *s, int cols);

/* Appends code point cp to the string in buf (size bytes in all) when it
 * fits; false when it does not. */
bool utf8_append(char *buf, size_t size, unsigned cp);
/* Removes the last character of the string in buf. */
void utf8_drop_last(char *buf);

#endif
