/* Feeds a whole journal (JSON Lines, podium(5)) to `podium report`
 * (report_main: report_day.c replays it on the default programme, then
 * report_table.c, report_html.c, timeline.c and xml.c write it) three
 * times, as Markdown, as --csv and as --html, each into a file that
 * stands for stdout; the journal is a file of its own under $TMPDIR (or
 * /tmp), made once and rewritten for each input. A journal is a file on
 * the laptop: torn by a crash, shared by terminals, edited by hand; its
 * titles, names, messages and the stream's reasons are anyone's text.
 * The page must stay a page whatever they hold, so --html's is read back
 * and checked (abort() when it is not):
 *   - UTF-8 throughout, and no byte below 0x20 but '\n' (XML forbids them);
 *   - every '<' is markup podium writes: "<?xml", "<!DOCTYPE html>", or
 *     a tag of one of the elements report_html.c, report_table.c and
 *     timeline.c write; so no text from the journal becomes markup;
 *   - every '&' begins &amp; &lt; &gt; &quot; or &#39;;
 *   - the tags nest: each closes the last one open, and none is left open.
 * What report says on stderr (events that match no item, a journal that
 * is none) goes to /dev/null while it runs; sanitizers' reports do not
 * (they write to the descriptor, not through stderr). */
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include "fuzz.h"
#include "report.h"
#include "utf8.h"

static char *journal; /* the input, as a journal file */
static FILE *devnull;  /* report's stderr while it runs */

static void remove_journal(void)
{
    unlink(journal);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    char *out;
    int fd;

    (void)argc;
    (void)argv;
    tmp = tmp && tmp[0] == '/' ? tmp : "/tmp";
    journal = xasprintf("%s/podium-fuzz-report-XXXXXX", tmp);
    out = xasprintf("%s/podium-fuzz-report-out-XXXXXX", tmp);
    if ((fd = mkstemp(journal)) < 0) /* 0600: journal_open refuses a file anyone may write */
        abort();
    close(fd);
    atexit(remove_journal);
    /* stdout is the output file from now on (libFuzzer and the replay
     * write to stderr); its name is not needed after it is open */
    if ((fd = mkstemp(out)) < 0 || freopen(out, "w+", stdout) == NULL)
        abort();
    close(fd);
    unlink(out);
    free(out);
    devnull = fopen("/dev/null", "w");
    return devnull == NULL;
}

/* ---- the page's checks ---- */

/* The elements podium's page is made of (report_html.c, report_table.c,
 * timeline.c). */
static const char *const elements[] = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "div",
    "table", "thead", "tbody", "tr", "th", "td", "svg", "rect", "line",
    "text", "g", "circle", "path", "pattern", "defs", "footer", "p", NULL,
};

static const char *const references[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", NULL};

static bool starts(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);

    return (size_t)(end - s) >= n && memcmp(s, word, n) == 0;
}

/* The element whose name begins at s (ended by a space, '>', '/' or a
 * newline), or -1. */
static int element(const char *s, const char *end)
{
    for (int k = 0; elements[k]; k++) {
        size_t n = strlen(elements[k]);

        if (starts(s, end, elements[k]) && s + n < end && strchr(" />\n", s[n]) != NULL)
            return k;
    }
    return -1;
}

#define DEPTH 32

static void check_page(char *page, size_t size)
{
    const char *s = page, *end = page + size, *gt;
    int open[DEPTH], depth = 0, k;

    for (size_t i = 0; i < size; i++) {
        if ((unsigned char)page[i] < 0x20 && page[i] != '\n')
            abort(); /* a control character (or a NUL) in the page */
    }
    page[size] = '\0';
    if (!utf8_valid(page))
        abort();
    for (; s < end; s++) {
        if (*s == '&') {
            for (k = 0; references[k] && !starts(s, end, references[k]); k++)
                ;
            if (references[k] == NULL)
                abort(); /* a bare '&', or a reference podium does not write */
        }
        if (*s != '<')
            continue;
        if (starts(s, end, "<?xml ") || starts(s, end, "<!DOCTYPE html>")) {
            if ((gt = memchr(s, '>', (size_t)(end - s))) == NULL)
                abort();
            s = gt;
            continue;
        }
        if ((k = element(s + 1 + (s[1] == '/'), end)) < 0)
            abort(); /* markup podium does not write: text became markup */
        if ((gt = memchr(s, '>', (size_t)(end - s))) == NULL ||
            memchr(s + 1, '<', (size_t)(gt - s - 1)) != NULL)
            abort(); /* a tag left open */
        if (s[1] == '/') { /* closes the last one open */
            if (depth == 0 || open[--depth] != k)
                abort();
        } else if (gt[-1] != '/') {
            if (depth == DEPTH)
                abort();
            open[depth++] = k;
        }
        s = gt;
    }
    if (depth != 0)
        abort(); /* an element never closed */
}

/* ---- the runs ---- */

/* `podium report [flag] -c podium.cfg JOURNAL` into stdout's file; the
 * page read back and checked when check. */
static void report(const char *flag, bool check)
{
    char *argv[7];
    int argc = 0;
    FILE *err = stderr;
    long size;

    argv[argc++] = (char *)"report";
    if (flag)
        argv[argc++] = (char *)flag;
    argv[argc++] = (char *)"-c";
    argv[argc++] = (char *)PODIUM_SRCDIR "/conf/podium.cfg";
    argv[argc++] = journal;
    argv[argc] = NULL;
    rewind(stdout);
    if (ftruncate(fileno(stdout), 0) != 0)
        abort();
    stderr = devnull; /* glibc's stderr is a variable; fd 2 stays as it is */
    report_main(argc, argv);
    stderr = err;
    if (fflush(stdout) != 0 || (size = ftell(stdout)) < 0)
        abort();
    if (check) {
        char *page = xmalloc((size_t)size + 1);

        if (pread(fileno(stdout), page, (size_t)size, 0) != (ssize_t)size)
            abort();
        check_page(page, (size_t)size);
        free(page);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(journal, "w");

    if (f == NULL || (size > 0 && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
        abort();
    report(NULL, false);
    report("--csv", false);
    report("--html", true);
    return 0;
}
