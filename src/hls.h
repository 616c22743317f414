/* hls: reading an HLS playlist (RFC 8216) as the stream watcher needs it:
 * a master playlist's first variant, or a media playlist's target
 * duration, media sequence, newest segment and end. Plain text in, plain
 * facts out: no network, no clock. */
#ifndef PODIUM_HLS_H
#define PODIUM_HLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct hls_playlist {
    bool master;             /* a master playlist: only variant is set */
    char *variant;           /* its first variant's URI, as written */
    int64_t target_duration; /* EXT-X-TARGETDURATION, seconds */
    int64_t media_sequence;  /* of the first segment listed (default 0) */
    size_t n_segments;
    double newest_duration;  /* EXTINF of the newest segment, seconds */
    double longest;          /* the longest segment's EXTINF */
    char *newest;            /* the newest segment's URI, as written */
    bool endlist;            /* EXT-X-ENDLIST: the stream has ended */
    int64_t newest_pdt_ms;   /* the newest segment's program date-time, ms
                                since the epoch (UTC); -1 when not given */
};

/* Reads a playlist from text (not NUL-terminated, len bytes). False, with
 * the reason in words in err, for anything that is no usable playlist:
 * an HTML page, garbage, a media playlist without target duration or
 * segments. */
bool hls_parse(const char *text, size_t len, struct hls_playlist *pl, char *err,
               size_t errsize);
void hls_free(struct hls_playlist *pl);

/* Where the playlist stands: grows by one with every segment added, so a
 * reload that does not grow it has not advanced, and one that shrinks it
 * has gone back. */
int64_t hls_position(const struct hls_playlist *pl);

/* An ISO 8601 date-time with a zone ("2026-11-25T13:45:02.120Z",
 * "...+01:00") as ms since the epoch; false when it is none. */
bool hls_parse_datetime(const char *s, int64_t *ms);

#endif
