/* The documentation names every flag, key and setting the code knows:
 * the tables in options.c, keys.c and config.c against README.md,
 * podium(1) and podium.cfg(5). A new setting without docs fails here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "settings.h"
#include "keys.h"
#include "options.h"
#include "stream_format.h"
#include "xalloc.h"

/* The file's text with roff's "\-" read as "-", so "\-\-speed" is
 * "--speed"; font escapes stay, for expect_marked. */
static char *read_doc(const char *name)
{
    char *path = xasprintf("%s/%s", PODIUM_SRCDIR, name), *text, *out, *o;
    FILE *f = fopen(path, "r");
    long len;

    if (f == NULL)
        fail_msg("cannot read %s", path);
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    rewind(f);
    text = xmalloc((size_t)len + 1);
    text[fread(text, 1, (size_t)len, f)] = '\0';
    fclose(f);
    free(path);
    out = o = xmalloc((size_t)len + 1);
    for (const char *p = text; *p; p++) {
        if (p[0] == '\\' && p[1] == '-') {
            *o++ = '-';
            p++;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    free(text);
    return out;
}

static void expect_in(const char *doc, const char *text, const char *what)
{
    if (strstr(text, what) == NULL)
        fail_msg("%s does not mention \"%s\"", doc, what);
}

/* word as the docs mark a key or setting: `word` in Markdown; .B word,
 * .BR word or \fBword\fR in roff. A bare "n" in prose does not count. */
static void expect_marked(const char *doc, const char *text, const char *word)
{
    const char *forms[] = {"`%s`", "\n.B %s\n", "\n.B %s ", "\n.BR %s ", "\\fB%s\\f"};

    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char *want = xasprintf(forms[i], word);
        bool found = strstr(text, want) != NULL;

        free(want);
        if (found)
            return;
    }
    fail_msg("%s does not mark \"%s\" as a key or setting", doc, word);
}

static const char *const docs[] = {"README.md", "man/podium.1", "man/sv/podium.1"};

static void test_every_option_documented(void **state)
{
    (void)state;
    for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
        char *text = read_doc(docs[d]);

        for (size_t i = 0; i < option_docs_len; i++) {
            char flag[64];

            snprintf(flag, sizeof flag, "--%s", option_docs[i].name);
            expect_in(docs[d], text, flag);
            if (option_docs[i].short_name) {
                snprintf(flag, sizeof flag, "-%c", option_docs[i].short_name);
                expect_in(docs[d], text, flag);
            }
        }
        free(text);
    }
}

static void test_every_key_documented(void **state)
{
    (void)state;
    for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
        char *text = read_doc(docs[d]);

        for (size_t i = 0; i < key_table_len; i++) {
            char *label = xstrdup(key_table[i].label);

            /* "n, Space": each key on its own */
            for (char *k = strtok(label, ", "); k != NULL; k = strtok(NULL, ", "))
                expect_marked(docs[d], text, k);
            free(label);
        }
        free(text);
    }
}

static void test_every_setting_documented(void **state)
{
    const char *const cfg_docs[] = {"README.md", "man/podium.cfg.5"};

    (void)state;
    for (size_t d = 0; d < sizeof cfg_docs / sizeof cfg_docs[0]; d++) {
        char *text = read_doc(cfg_docs[d]);

        for (const char *const *n = settings_names(); *n != NULL; n++) {
            const char *dot = strrchr(*n, '.');

            expect_marked(cfg_docs[d], text, dot ? dot + 1 : *n);
        }
        free(text);
    }
}

/* Every stream format in the table, in podium.cfg(5)'s list of formats
 * (as a tagged paragraph, ".TP\n.B name") and in the README's table. */
static void test_every_format_documented(void **state)
{
    char *man = read_doc("man/podium.cfg.5"), *readme = read_doc("README.md");

    (void)state;
    for (int i = 0; i < FORMATS; i++) {
        char *tp = xasprintf(".TP\n.B %s\n", stream_formats[i].name);

        expect_in("man/podium.cfg.5", man, tp);
        expect_marked("README.md", readme, stream_formats[i].name);
        free(tp);
    }
    free(man);
    free(readme);
}

/* A man page paragraph as words: roff's macros and font changes taken
 * out, lines joined, so "Default:\n.BR false ." reads "Default: false .". */
static char *as_words(const char *from, const char *to)
{
    char *out = xmalloc((size_t)(to - from) + 1), *o = out;
    bool line_start = true;

    for (const char *p = from; p < to; p++) {
        if (line_start && *p == '.') {
            while (p < to && *p != ' ' && *p != '\n')
                p++; /* the macro's name */
            if (p < to && *p == '\n')
                p--;
            line_start = false;
            continue;
        }
        line_start = *p == '\n';
        if (p[0] == '\\' && p[1] == 'f' && p + 2 < to) {
            p += 2;
            continue;
        }
        if (p[0] == '\\' && p[1] == '(' && p + 3 < to) {
            p += 3;
            continue;
        }
        *o++ = *p == '\n' ? ' ' : *p;
    }
    *o = '\0';
    return out;
}

/* Every setting with a default in the table has it in podium.cfg(5), in
 * its own entry (".TP\n.B name", up to the next entry): "default 5",
 * "Default: false", "talk (the default)". */
static void test_every_default_documented(void **state)
{
    char *man = read_doc("man/podium.cfg.5");

    (void)state;
    for (const char *const *n = settings_names(); *n != NULL; n++) {
        const char *dot = strrchr(*n, '.'), *name = dot ? dot + 1 : *n;
        char group[32], *entry, *at = man;
        const char *def;
        bool found = false;

        snprintf(group, sizeof group, "%.*s", dot ? (int)(dot - *n) : 0, *n);
        if ((def = settings_default(group, name)) == NULL)
            continue;
        entry = xasprintf(".TP\n.B %s\n", name);
        while (!found && (at = strstr(at, entry)) != NULL) {
            const char *end = strstr(at + 1, "\n.TP\n"), *stop = strstr(at + 1, "\n.S");
            char *words, *a = xasprintf("default %s", def), *b = xasprintf("default: %s", def),
                 *c = xasprintf("%s (the default)", def);

            if (end == NULL || (stop != NULL && stop < end))
                end = stop ? stop : at + strlen(at);
            words = as_words(at + strlen(entry), end);
            for (char *w = words; *w; w++)
                *w = (char)(*w >= 'A' && *w <= 'Z' ? *w - 'A' + 'a' : *w);
            found = strstr(words, a) || strstr(words, b) || strstr(words, c);
            free(words);
            free(a);
            free(b);
            free(c);
            at += strlen(entry);
        }
        if (!found)
            fail_msg("podium.cfg(5) does not give %s's default, %s, in its entry", *n, def);
        free(entry);
    }
    free(man);
}

/* "\\fBn\\fR, \\fBSpace\\fR" or ".B Ctrl-L" as the table writes it: "n, Space". */
static void roff_label(const char *line, char *out, size_t size)
{
    size_t n = 0;

    if (strncmp(line, ".B ", 3) == 0)
        line += 3;
    for (; *line && *line != '\n' && n + 1 < size; line++) {
        if (line[0] == '\\' && line[1] == 'f' && line[2] != '\0') {
            line += 2; /* a font change: \fB, \fR */
            continue;
        }
        out[n++] = *line;
    }
    out[n] = '\0';
}

/* podium(1)'s KEYS section, entry by entry against the key table: the
 * same keys in the same order, each entry's first line its line of help
 * (a capital, a full stop). A key added, moved or reworded in one place
 * only fails here. */
static void test_keys_section_is_the_table(void **state)
{
    char *man = read_doc("man/podium.1"), *at = strstr(man, ".SH KEYS\n"), *end;
    size_t row = 0;

    (void)state;
    assert_non_null(at);
    end = strstr(at + 1, "\n.SH ");
    assert_non_null(end);
    *end = '\0';
    while ((at = strstr(at, "\n.TP\n")) != NULL) {
        char label[64], help[160], *line = at + 5, *next = strchr(line, '\n');
        const struct key_binding *k = &key_table[row];

        if (row == key_table_len)
            fail_msg("podium(1) KEYS has an entry past the table's: %.40s", line);
        roff_label(line, label, sizeof label);
        if (strcmp(label, k->label) != 0)
            fail_msg("KEYS entry %zu is \"%s\", the table's is \"%s\"", row + 1, label, k->label);
        snprintf(help, sizeof help, "%c%s.", k->help[0] - 'a' + 'A', k->help + 1);
        if (next == NULL || strncmp(next + 1, help, strlen(help)) != 0 ||
            (next[1 + strlen(help)] != '\n' && next[1 + strlen(help)] != '\0'))
            fail_msg("KEYS entry \"%s\" does not begin with \"%s\"", label, help);
        row++;
        at = next;
    }
    if (row != key_table_len)
        fail_msg("podium(1) KEYS has %zu entries, the table %zu", row, key_table_len);
    free(man);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_option_documented),
        cmocka_unit_test(test_every_key_documented),
        cmocka_unit_test(test_every_setting_documented),
        cmocka_unit_test(test_every_format_documented),
        cmocka_unit_test(test_keys_section_is_the_table),
        cmocka_unit_test(test_every_default_documented),
    };

    return cmocka_run_group_tests_name("docs", tests, NULL, NULL);
}
