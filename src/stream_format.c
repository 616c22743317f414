#include "stream_format.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "page.h"
#include "qbrick.h"
#include "url.h"

static void not_this(struct format_answer *a, const char *why)
{
    a->lead = LEAD_NOT_THIS;
    snprintf(a->why, sizeof a->why, "%s", why);
}

static void read_page(const struct format_input *in, struct format_answer *a)
{
    if (in->playlist || !page_media_document(in->text, in->len, in->url, &a->next)) {
        not_this(a, PAGE_NO_VIDEO);
        return;
    }
    a->lead = LEAD_FOLLOW;
    a->next_as = FORMAT_QBRICK;
    snprintf(a->step, sizeof a->step, "page");
}

static void read_qbrick(const struct format_input *in, struct format_answer *a)
{
    char *href, id[32];

    if (in->playlist || in->len == 0 || !qbrick_is_media(in->text, in->len)) {
        not_this(a, in->playlist ? "not a Qbrick media document (a playlist)"
                                 : "not a Qbrick media document (no JSON with asset.resources)");
        return;
    }
    if (!qbrick_playlist(in->text, in->len, &href, a->why, sizeof a->why)) {
        a->lead = LEAD_FAIL;
        return;
    }
    a->lead = LEAD_FOLLOW;
    a->next = url_resolve(in->url, href);
    a->next_as = FORMAT_HLS; /* a document names a playlist, never a document */
    page_media_id(in->url, id, sizeof id);
    snprintf(a->step, sizeof a->step, "qbrick media %s", id);
    free(href);
}

static void read_hls(const struct format_input *in, struct format_answer *a)
{
    if (!in->playlist)
        not_this(a, "unreadable playlist: not a playlist (no #EXTM3U at the start)");
    else
        a->lead = LEAD_PLAYLIST;
}

static void read_http(const struct format_input *in, struct format_answer *a)
{
    (void)in;
    a->lead = LEAD_UP;
}

const struct stream_format_row stream_formats[FORMATS] = {
    [FORMAT_AUTO] = {"auto", N_("the default: each of the others, known by what the address answers"),
                     NULL},
    [FORMAT_PAGE] = {"page", N_("the broadcast's event page, which embeds its Qbrick video"),
                     read_page},
    [FORMAT_QBRICK] = {"qbrick", N_("a Qbrick media document, which names the HLS playlist"),
                       read_qbrick},
    [FORMAT_HLS] = {"hls", N_("an HLS playlist: a master (all its variants) or a media playlist"),
                    read_hls},
    [FORMAT_HTTP] = {"http", N_("any web address: up when it answers 2xx"), read_http},
};

const enum stream_format stream_format_auto_order[] = {FORMAT_HLS, FORMAT_QBRICK, FORMAT_PAGE,
                                                       FORMAT_HTTP, FORMATS};

const char *stream_format_name(enum stream_format f)
{
    return f < FORMATS ? stream_formats[f].name : "?";
}

bool stream_format_by_name(const char *name, enum stream_format *f)
{
    for (int i = 0; i < FORMATS; i++) {
        if (strcmp(name, stream_formats[i].name) == 0) {
            *f = (enum stream_format)i;
            return true;
        }
    }
    return false;
}

void stream_format_list(char *buf, size_t size)
{
    size_t n = 0;

    buf[0] = '\0';
    for (int i = 0; i < FORMATS && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%s", i == 0 ? "" : i + 1 == FORMATS ? " or " : ", ",
                              stream_formats[i].name);
}

/* An address that names a playlist by its ending (.m3u8, .m3u). */
static bool playlist_address(const char *url)
{
    size_t n = strcspn(url, "?#");

    return (n >= 5 && strncasecmp(url + n - 5, ".m3u8", 5) == 0) ||
           (n >= 4 && strncasecmp(url + n - 4, ".m3u", 4) == 0);
}

static bool blank(const char *text)
{
    return text[strspn(text, " \t\r\n")] == '\0';
}

void stream_format_read_auto(const struct format_input *in, bool served_playlist,
                             const char *address, struct format_answer *a)
{
    for (const enum stream_format *f = stream_format_auto_order; *f != FORMATS; f++) {
        memset(a, 0, sizeof *a);
        if (*f == FORMAT_HTTP && (served_playlist || playlist_address(address))) {
            /* an HTML page served with 200 where the playlist was is a
             * failure, not LIVE */
            read_hls(in, a);
            return;
        }
        if (*f == FORMAT_HTTP && blank(in->text)) {
            /* nothing at all is no page: a packager before its encoder */
            a->lead = LEAD_FAIL;
            snprintf(a->why, sizeof a->why, "an empty answer (HTTP 200 with nothing in it)");
            return;
        }
        stream_formats[*f].read(in, a);
        if (a->lead != LEAD_NOT_THIS)
            return;
    }
}
