/* report_html: `podium report --html`, the day as one self-contained
 * XHTML file to send as a mail attachment: inline CSS and SVG, no script,
 * no font, no link, so it opens offline in any browser and parses as XML
 * (xmllint --noout). The event line, three figures (the day's end,
 * planned against actual; the largest delay and what caused it; the
 * stream's LIVE share), the timeline (timeline.h), then the report's
 * tables (report_table.h) between begin and end. Every text from the
 * journal or the configuration is escaped (xml.h). */
#ifndef PODIUM_REPORT_HTML_H
#define PODIUM_REPORT_HTML_H

#include <stdio.h>

#include "report_day.h"

/* Everything before the tables; event is the event's line. */
void report_html_begin(FILE *out, const struct report_day *d, const char *event);
/* ... and after them, naming the journal read. */
void report_html_end(FILE *out, const char *journal);

#endif
