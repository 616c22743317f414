/* xml: text podium did not write itself, into an XHTML or SVG document.
 * Made safe first (safe.h: controls and bidi overrides shown as escapes,
 * bytes that are no UTF-8 as "\xff", so the document stays well-formed
 * UTF-8; U+FFFE and U+FFFF, which XML has not, as "\uFFFE"), then
 * & < > " ' as character references: a title holding
 * "<script>" shows as text. The same for element text and attribute
 * values. */
#ifndef PODIUM_XML_H
#define PODIUM_XML_H

#include <stdio.h>

void xml_text(FILE *out, const char *s);

/* printf's format into out, each %s argument through xml_text: the
 * format itself is podium's (markup), the arguments are text. Only %s,
 * %d, %lld, %.1f and %% are known. */
void xml_printf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
