/* report_table: the report's tables in its three formats: Markdown for
 * people ("## Items" and pipes), CSV for spreadsheets (a blank line
 * between tables, English words, formula-like cells shown as text) and
 * XHTML inside the HTML report (report_html.h). One writer a format,
 * behind the same calls; each cell is text podium did not write itself
 * and is escaped for its format. */
#ifndef PODIUM_REPORT_TABLE_H
#define PODIUM_REPORT_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "i18n.h"

enum report_format { REPORT_MARKDOWN, REPORT_CSV, REPORT_HTML };

#define TABLE_COLS 8

struct table {
    FILE *out;
    enum report_format format;
    int cols;
    int tables; /* begun so far */
    bool open;  /* HTML: a table is open */
    const char *bar; /* HTML: its rows end in a bar, headed so; NULL none */
};

/* The report's words: in the programme's language for people; English in
 * CSV, read by machines (N_ marks them, W says them). */
#define W(t, s) ((t)->format == REPORT_CSV ? (s) : gettext(s))

/* A table's title and head (cols: untranslated, NULL-ended; "#" as is).
 * bar names a last column of bars that only HTML draws, or NULL. */
void table_head(struct table *t, const char *title, const char *const *cols, const char *bar);
void table_row(struct table *t, const char *const *fields);
/* A row of a table headed with a bar: in HTML the bar is value against
 * scale, with a mark at mark (the allotment; 0 none), and says `title`
 * on hover; the other formats leave it out. */
void table_row_bar(struct table *t, const char *const *fields, int64_t value, int64_t mark,
                   int64_t scale, const char *title);
/* A sentence after the table (Markdown, HTML). */
void table_note(struct table *t, const char *text);
/* Closes the last table (HTML). */
void table_end(struct table *t);

#endif
