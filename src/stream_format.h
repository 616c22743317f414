/* stream_format: the kinds of address a stream may be given, one row
 * each: its name, what it is (for --help and the docs), and how it reads
 * an answer: what that answer leads to. An event page leads to the Qbrick
 * document it embeds, a document to its HLS playlist, a playlist is read
 * as one (a master to its variants, by the watcher), a plain page is up
 * when it answers. `auto` tries the others in turn. The watcher does the
 * fetching; a new format (DASH, say) is a row here and its reader. */
#ifndef PODIUM_STREAM_FORMAT_H
#define PODIUM_STREAM_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

enum stream_format { FORMAT_AUTO, FORMAT_PAGE, FORMAT_QBRICK, FORMAT_HLS, FORMAT_HTTP, FORMATS };

enum format_lead {
    LEAD_NOT_THIS, /* the answer is not of this format (why says so) */
    LEAD_FAIL,     /* it is, but unusable (why) */
    LEAD_UP,       /* a plain page that answered */
    LEAD_PLAYLIST, /* an HLS playlist: the watcher reads it */
    LEAD_FOLLOW,   /* read `next` as `next_as` */
};

struct format_answer {
    enum format_lead lead;
    char *next;                /* LEAD_FOLLOW: an absolute URL; the caller frees it */
    enum stream_format next_as;
    char step[64];             /* the way's step: "page", "qbrick media 0f3e5a7c…" */
    char why[200];             /* LEAD_NOT_THIS, LEAD_FAIL: in words */
};

/* An answer as the watcher hands it over: its body kept as text (""
 * for a playlist, which is never kept), whether it is a playlist, and
 * where it came from after redirects. */
struct format_input {
    const char *text;
    size_t len;
    bool playlist;
    const char *url;
};

struct stream_format_row {
    const char *name;
    const char *what;
    void (*read)(const struct format_input *in, struct format_answer *a);
};

/* Indexed by enum stream_format; auto's read is NULL (see the order). */
extern const struct stream_format_row stream_formats[FORMATS];
/* The formats auto tries, in this order, FORMATS-terminated. */
extern const enum stream_format stream_format_auto_order[];

/* Format auto: the first format that knows the answer, in the order
 * above; a plain page only where nothing better was to be had: not where
 * the address served a playlist before or names one (.m3u8), and not
 * when the answer is empty. */
void stream_format_read_auto(const struct format_input *in, bool served_playlist,
                             const char *address, struct format_answer *a);

const char *stream_format_name(enum stream_format f);
/* By name; false when there is none. */
bool stream_format_by_name(const char *name, enum stream_format *f);
/* "auto, page, qbrick, hls or http" */
void stream_format_list(char *buf, size_t size);

#endif
