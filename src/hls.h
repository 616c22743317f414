/* hls: reading an HLS playlist (RFC 8216) as the stream watcher needs it,
 * fed as its bytes arrive. A master playlist gives its renditions (the
 * variants and the alternate audio with a URI of their own); a media
 * playlist gives its target duration, media sequence, segment count, the
 * newest segment and the end. Only that is kept, never the text: a
 * day-long EVENT playlist of megabytes costs no more memory than a short
 * one.
 *
 * Every number is bounded before any arithmetic, and what is out of range
 * makes the playlist unreadable with the reason in words. What players
 * tolerate (a comment before #EXTM3U, no or a negative target duration)
 * is read all the same, with a warning naming the rule it breaks. Plain
 * text in, plain facts out: no network, no clock. */
#ifndef PODIUM_HLS_H
#define PODIUM_HLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HLS_MAX_RENDITIONS 16          /* listed from a master; more are counted */
#define HLS_MAX_AUDIO 8                /* of them alternate renditions, at most */
#define HLS_MAX_BYTES (64L * 1024 * 1024) /* no real playlist comes near */
#define HLS_MAX_LINE (64 * 1024)
#define HLS_MAX_TARGET 3600            /* seconds */
#define HLS_MAX_SEGMENT 86400.0        /* seconds */
#define HLS_MAX_SEQUENCE 1000000000000000LL /* 10^15 */
#define HLS_RECENT 8                   /* segments the durations are kept of */
#define HLS_TEXT_MAX 200

struct hls_rendition {
    char *uri;          /* as written */
    bool audio;         /* an EXT-X-MEDIA alternate rendition, not a variant */
    int64_t bandwidth;  /* bits per second, 0 when not given */
    int width, height;  /* RESOLUTION, 0 when not given */
    char name[48];      /* EXT-X-MEDIA's NAME, "" for a variant */
};

struct hls_playlist {
    bool master;        /* a master playlist: only the renditions are set */
    struct hls_rendition renditions[HLS_MAX_RENDITIONS]; /* variants first */
    size_t n_renditions;
    size_t n_unlisted;  /* past HLS_MAX_RENDITIONS: counted, not kept */
    size_t n_variants, n_audio; /* all there are, listed or not */
    int64_t target_duration; /* seconds, 1..HLS_MAX_TARGET */
    int64_t media_sequence;  /* of the first segment listed (default 0) */
    size_t n_segments;
    double newest_duration;  /* EXTINF of the newest segment, seconds */
    double longest;          /* the longest of the newest HLS_RECENT segments */
    char *newest;            /* the newest segment's URI, as written */
    bool endlist;            /* EXT-X-ENDLIST: the stream has ended */
    int64_t newest_pdt_ms;   /* the newest segment's program date-time, ms
                                since the epoch (UTC); -1 when not given */
    size_t bytes;            /* how much was read */
    char warning[HLS_TEXT_MAX]; /* a rule broken that players tolerate, "" */
};

/* The reader's state between chunks. Fields are its own. */
struct hls_reader {
    struct hls_playlist pl;
    char *line;
    size_t line_len, line_cap;
    bool started;        /* #EXTM3U seen */
    bool failed;
    char err[HLS_TEXT_MAX];
    bool variant_next;   /* an EXT-X-STREAM-INF awaits its URI */
    struct hls_rendition pending;
    double extinf;       /* the pending segment's duration, -1 */
    int64_t pdt;         /* the pending segment's program date-time, -1 */
    int64_t running_pdt; /* the last segment's date-time, carried on, -1 */
    double recent[HLS_RECENT];
    double longest_ever; /* for a playlist without a target duration */
    bool td_given;
    size_t lines;        /* taken so far */
    size_t newest_cap;   /* room in pl.newest, reused segment after segment */
};

void hls_reader_init(struct hls_reader *r);
/* The next bytes as they arrive. False once the reader has given up (not
 * a playlist, a number out of range, over HLS_MAX_BYTES): stop feeding,
 * hls_reader_finish() says why. */
bool hls_reader_feed(struct hls_reader *r, const char *data, size_t len);
/* The end of the text: the playlist into *pl (hls_free() it), or false
 * with the reason in words in err. Frees the reader either way. */
bool hls_reader_finish(struct hls_reader *r, struct hls_playlist *pl, char *err,
                       size_t errsize);
/* Gives up without a verdict (a transfer that failed). */
void hls_reader_free(struct hls_reader *r);

/* The whole text at once: init, feed, finish. */
bool hls_parse(const char *text, size_t len, struct hls_playlist *pl, char *err,
               size_t errsize);
void hls_free(struct hls_playlist *pl);

/* Where the playlist stands: grows by one with every segment added, so a
 * reload that does not grow it has not advanced, and one that shrinks it
 * has gone back. */
int64_t hls_position(const struct hls_playlist *pl);

#endif
