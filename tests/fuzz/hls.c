/* Feeds an HLS playlist as it comes from the network: through body.c,
 * as the watcher takes a response, in chunks whose sizes the first bytes
 * choose (the first also says whether the answer must be a playlist or
 * is sniffed). Then the same text read whole (hls_parse): any cut must
 * give the same playlist (hls.h promises it; test_hls.c checks a few). A
 * playlist is a stranger's text: a CDN, an encoder, a hostile server. */
#include <stdio.h>

#include "body.h"
#include "fuzz.h"

#define SIZES 8

/* The two readings must agree. */
static void same(const struct hls_playlist *a, const struct hls_playlist *b)
{
    if (a->master != b->master || a->n_renditions != b->n_renditions ||
        a->n_unlisted != b->n_unlisted || a->target_duration != b->target_duration ||
        a->media_sequence != b->media_sequence || a->n_segments != b->n_segments ||
        a->newest_duration != b->newest_duration || a->longest != b->longest ||
        a->endlist != b->endlist || a->newest_pdt_ms != b->newest_pdt_ms ||
        (a->newest == NULL) != (b->newest == NULL) ||
        (a->newest && strcmp(a->newest, b->newest) != 0) || strcmp(a->warning, b->warning) != 0)
        abort();
    for (size_t i = 0; i < a->n_renditions; i++)
        if (strcmp(a->renditions[i].uri, b->renditions[i].uri) != 0 ||
            a->renditions[i].bandwidth != b->renditions[i].bandwidth ||
            a->renditions[i].height != b->renditions[i].height ||
            strcmp(a->renditions[i].name, b->renditions[i].name) != 0)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t sizes[SIZES], k = 0, at;
    const char *text;
    struct body b;
    struct hls_playlist cut, whole;
    char err_cut[HLS_TEXT_MAX], err_whole[HLS_TEXT_MAX];
    bool ok_cut, ok_whole, early;

    if (size < 1 + SIZES)
        return 0;
    body_init(&b, data[0] & 1);
    for (size_t i = 0; i < SIZES; i++)
        sizes[i] = 1 + (data[1 + i] & 0x3f) * (data[0] & 2 ? 64 : 1); /* 1..64 or ..4033 */
    text = (const char *)data + 1 + SIZES;
    size -= 1 + SIZES;
    /* Past hls.c's 4096 bytes of preamble a reader without #EXTM3U gives
     * up, at the end of a chunk: the cuts decide whether a late #EXTM3U
     * came in time, unless it came first. */
    at = size >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    early = size <= 4096 || (size - at >= 7 && memcmp(text + at, "#EXTM3U", 7) == 0 &&
                             memchr(text, '\n', 4096) != NULL);
    for (at = 0; at < size; at += sizes[k++ % SIZES]) {
        size_t n = size - at < sizes[k % SIZES] ? size - at : sizes[k % SIZES];

        if (!body_take(&b, text + at, n))
            break;
    }
    (void)body_is_playlist(&b);
    ok_cut = body_playlist(&b, &cut, err_cut, sizeof err_cut);
    body_free(&b);
    ok_whole = hls_parse(text, size, &whole, err_whole, sizeof err_whole);
    if (early) {
        if (ok_cut != ok_whole || (!ok_cut && strcmp(err_cut, err_whole) != 0))
            abort();
        if (ok_cut)
            same(&cut, &whole);
    }
    if (ok_cut)
        hls_free(&cut);
    if (ok_whole)
        hls_free(&whole);
    return 0;
}
