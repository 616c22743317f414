#include "report_table.h"

#include <string.h>

#include "safe.h"
#include "xml.h"

/* One format's writer. */
struct table_ops {
    void (*head)(struct table *t, const char *title, const char *const *words, int n);
    void (*row)(struct table *t, const char *const *fields);
    void (*note)(struct table *t, const char *text);
    void (*end)(struct table *t);
};

/* ---- Markdown ---- */

static void md_cell(FILE *out, const char *text)
{
    char safe[2048];

    fputs(" ", out);
    for (const char *s = safe_text(text, safe, sizeof safe); *s; s++) {
        if (*s == '|')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputs(" |", out);
}

static void md_row(struct table *t, const char *const *fields)
{
    fputs("|", t->out);
    for (int i = 0; i < t->cols; i++)
        md_cell(t->out, fields[i] ? fields[i] : "");
    fputc('\n', t->out);
}

static void md_head(struct table *t, const char *title, const char *const *words, int n)
{
    fprintf(t->out, "\n## %s\n\n", _(title));
    md_row(t, words);
    fputs("|", t->out);
    for (int i = 0; i < n; i++)
        fputs("---|", t->out);
    fputc('\n', t->out);
}

static void md_note(struct table *t, const char *text)
{
    fprintf(t->out, "\n%s\n", text);
}

static void nothing(struct table *t)
{
    (void)t;
}

/* ---- CSV ---- */

/* A CSV cell a spreadsheet would take for a formula ("=HYPERLINK(...)"
 * in a message, "+1 min (+)"): begins with = @ or, unless a signed
 * number or time follows ("+5", "-0:30"), with + or -. */
static bool formula_like(const char *s)
{
    if (s[0] == '=' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
        return true;
    if (s[0] != '+' && s[0] != '-')
        return false;
    return s[1] == '\0' || s[strspn(s + 1, "0123456789:.,") + 1] != '\0';
}

static void csv_cell(FILE *out, const char *text)
{
    char safe[2048], cell[2050];
    const char *s = safe_text(text, safe, sizeof safe); /* names from the journal */

    if (formula_like(s)) { /* shown as text, never run (OWASP's advice) */
        snprintf(cell, sizeof cell, "'%s", s);
        s = cell;
    }
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void csv_row(struct table *t, const char *const *fields)
{
    for (int i = 0; i < t->cols; i++) {
        csv_cell(t->out, fields[i] ? fields[i] : "");
        fputs(i == t->cols - 1 ? "\n" : ",", t->out);
    }
}

static void csv_head(struct table *t, const char *title, const char *const *words, int n)
{
    (void)title;
    (void)n;
    if (t->tables > 0)
        fputc('\n', t->out);
    csv_row(t, words);
}

/* ---- XHTML ---- */

static void html_end(struct table *t)
{
    if (t->open)
        fputs("</tbody></table>\n", t->out);
    t->open = false;
}

static void html_cells(struct table *t, const char *tag, const char *const *fields)
{
    for (int i = 0; i < t->cols; i++)
        xml_printf(t->out, "<%s>%s</%s>", tag, fields[i] ? fields[i] : "", tag);
}

static void html_head(struct table *t, const char *title, const char *const *words, int n)
{
    (void)n;
    html_end(t);
    xml_printf(t->out, "<h2>%s</h2>\n<table><thead><tr>", _(title));
    html_cells(t, "th", words);
    if (t->bar)
        xml_printf(t->out, "<th>%s</th>", _(t->bar));
    fputs("</tr></thead><tbody>\n", t->out);
    t->open = true;
}

static void html_row(struct table *t, const char *const *fields)
{
    fputs("<tr>", t->out);
    html_cells(t, "td", fields);
    fputs("</tr>\n", t->out);
}

static void html_note(struct table *t, const char *text)
{
    html_end(t);
    xml_printf(t->out, "<p>%s</p>\n", text);
}

static const struct table_ops formats[] = {
    [REPORT_MARKDOWN] = {md_head, md_row, md_note, nothing},
    [REPORT_CSV] = {csv_head, csv_row, NULL, nothing},
    [REPORT_HTML] = {html_head, html_row, html_note, html_end},
};

void table_head(struct table *t, const char *title, const char *const *cols, const char *bar)
{
    const char *words[TABLE_COLS + 1];

    for (t->cols = 0; t->cols < TABLE_COLS && cols[t->cols]; t->cols++)
        words[t->cols] = cols[t->cols][0] == '#' ? "#" : W(t, cols[t->cols]);
    t->bar = t->format == REPORT_HTML ? bar : NULL;
    formats[t->format].head(t, title, words, t->cols);
    t->tables++;
}

void table_row(struct table *t, const char *const *fields)
{
    formats[t->format].row(t, fields);
}

/* The bar: the scale's width, value filled, what passes the mark
 * hatched (not only another colour), the mark a line. */
static void html_bar(FILE *out, int64_t value, int64_t mark, int64_t scale, const char *title)
{
    const double w = 120;
    double v = scale > 0 ? w * (double)value / (double)scale : 0;
    double m = scale > 0 ? w * (double)mark / (double)scale : 0;

    xml_printf(out, "<td class=\"bar\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"124\" "
                    "height=\"12\" viewBox=\"0 0 124 12\" role=\"img\"><title>%s</title>",
               title);
    fprintf(out, "<rect class=\"scale\" x=\"0\" y=\"3\" width=\"%.1f\" height=\"6\"/>", w);
    if (mark > 0 && value > mark) {
        fprintf(out, "<rect class=\"spoken\" x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\"/>", m);
        fprintf(out, "<rect class=\"over\" x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"10\"/>", m,
                v - m);
    } else {
        fprintf(out, "<rect class=\"spoken\" x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\"/>", v);
    }
    if (mark > 0)
        fprintf(out, "<rect class=\"mark\" x=\"%.1f\" y=\"0\" width=\"1.5\" height=\"12\"/>", m);
    fputs("</svg></td>", out);
}

void table_row_bar(struct table *t, const char *const *fields, int64_t value, int64_t mark,
                   int64_t scale, const char *title)
{
    if (!t->bar) {
        table_row(t, fields);
        return;
    }
    fputs("<tr>", t->out);
    html_cells(t, "td", fields);
    html_bar(t->out, value, mark, scale, title);
    fputs("</tr>\n", t->out);
}

void table_note(struct table *t, const char *text)
{
    if (formats[t->format].note)
        formats[t->format].note(t, text);
}

void table_end(struct table *t)
{
    formats[t->format].end(t);
}
