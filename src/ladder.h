/* ladder: the playlists of a master that the watcher watches, and their
 * names: its variants first ("1080p (v2)", "2.5 Mbit/s (v3)"), then the
 * alternate renditions with a playlist of their own ("audio Svenska
 * (a1)"), at most STREAM_MAX_TRACKS, addresses resolved against the
 * master's; the rest are counted as not watched. No network, no state. */
#ifndef PODIUM_LADDER_H
#define PODIUM_LADDER_H

#include "hls.h"
#include "stream.h"

struct ladder {
    char names[STREAM_MAX_TRACKS][STREAM_NAME_MAX];
    const char *name_list[STREAM_MAX_TRACKS]; /* names, as stream_set_tracks takes them */
    char *urls[STREAM_MAX_TRACKS];            /* the caller's to free */
    size_t n, unwatched;
    char step[64];                            /* "master (3 variants, 1 audio)" */
};

void ladder_pick(const struct hls_playlist *master, const char *base, struct ladder *out);

#endif
