/* body: a response read as it arrives, for the stream watcher. A
 * playlist (its first character '#') goes line by line into an HLS reader
 * and is never kept, however long it grows; anything else (a Qbrick
 * document, an event page) is kept whole up to BODY_MAX_KEPT. */
#ifndef PODIUM_BODY_H
#define PODIUM_BODY_H

#include <stdbool.h>
#include <stddef.h>

#include "hls.h"

#define BODY_MAX_KEPT (4 * 1024 * 1024)

struct body {
    bool playlist_only; /* no sniffing: it must be a playlist */
    bool decided, hls;
    struct hls_reader reader;
    char *text;         /* NUL-terminated, len bytes */
    size_t len;
    bool over;          /* more than BODY_MAX_KEPT came */
};

void body_init(struct body *b, bool playlist_only);
/* http_body_fn: the next bytes; false to stop the transfer. */
bool body_take(void *ctx, const char *data, size_t len);
/* Whether what came so far is a playlist (after a byte-order mark and
 * blank space, a '#'). */
bool body_is_playlist(const struct body *b);
/* The playlist, once the answer is whole (then body_free() still). */
bool body_playlist(struct body *b, struct hls_playlist *pl, char *err, size_t errsize);
void body_free(struct body *b);

#endif
