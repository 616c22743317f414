#include "body.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void body_init(struct body *b, bool playlist_only)
{
    memset(b, 0, sizeof *b);
    b->playlist_only = playlist_only;
    hls_reader_init(&b->reader);
}

/* Keeps data; false once it would pass the bound. */
static bool keep(struct body *b, const char *data, size_t len)
{
    if (b->len + len > BODY_MAX_KEPT) {
        b->over = true;
        return false;
    }
    b->text = xrealloc(b->text, b->len + len + 1, 1);
    memcpy(b->text + b->len, data, len);
    b->len += len;
    b->text[b->len] = '\0';
    return true;
}

/* The first character that is not a byte-order mark or blank space, or
 * 0 when none has come yet. */
static char first_char(const struct body *b)
{
    size_t i = b->len >= 3 && memcmp(b->text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

    while (i < b->len && strchr(" \t\r\n", b->text[i]) != NULL && b->text[i] != '\0')
        i++;
    return i < b->len ? b->text[i] : 0;
}

bool body_take(void *ctx, const char *data, size_t len)
{
    struct body *b = ctx;
    char c;

    if (b->decided)
        return b->hls ? hls_reader_feed(&b->reader, data, len) : keep(b, data, len);
    if (!keep(b, data, len))
        return false;
    if ((c = first_char(b)) == 0 && b->len < 4096)
        return true; /* blank so far: wait for more */
    b->decided = true;
    b->hls = b->playlist_only || c == '#';
    if (!b->hls)
        return true;
    /* from here on the reader has it, and nothing is kept */
    if (!hls_reader_feed(&b->reader, b->text, b->len))
        return false;
    free(b->text);
    b->text = NULL;
    b->len = 0;
    return true;
}

bool body_is_playlist(const struct body *b)
{
    return b->decided ? b->hls : b->playlist_only || first_char(b) == '#';
}

bool body_playlist(struct body *b, struct hls_playlist *pl, char *err, size_t errsize)
{
    /* undecided (a short answer), or kept as text: the reader takes what
     * there is, and says why it is no playlist if it is none */
    if (!b->decided || !b->hls) {
        hls_reader_feed(&b->reader, b->text ? b->text : "", b->len);
        b->decided = b->hls = true;
    }
    return hls_reader_finish(&b->reader, pl, err, errsize);
}

void body_free(struct body *b)
{
    hls_reader_free(&b->reader);
    free(b->text);
    b->text = NULL;
    b->len = 0;
}
