#include "stream_words.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* The phrases of stream.c, stream_track.c, watcher.c, http.c, hls.c and
 * qbrick.c, longer first where one begins another. A translator keeps the
 * spaces at their ends: the numbers and names between them are not
 * translated. A phrase that begins with a letter is one of ours only where
 * a reason begins (the text's start, after ": ", "; " or "("): inside
 * libcurl's English ("Operation timed out after 1001 milliseconds") it
 * stays, as half-translated English reads worse than English.
 * between_digits: only between two numbers (" to "); before_url: only
 * before an address (" from "). */
static const struct phrase {
    const char *en;
    bool between_digits, before_url;
} phrases[] = {
    /* TRANSLATORS: the phrases of the stream's reasons and warnings,
     * each replaced where it stands between numbers and names */
    {N_("playlist not advancing for "), false, false},
    {N_("a CDN serves a stale copy: Age grows"), false, false},
    {N_("the origin stopped"), false, false},
    {N_("slow poll: "), false, false},
    {N_(" ms (over "), false, false},
    {N_("playlist late: no new segment for "), false, false},
    {N_(" s (target "), false, false},
    {N_("media sequence went back from "), false, false},
    {N_(" to "), true, false},
    {N_(" from "), false, true},
    {N_(" (stale origin or failover)"), false, false},
    {N_("one failed poll: "), false, false},
    {N_("the playlist says the stream has ended (EXT-X-ENDLIST)"), false, false},
    {N_("the encoder ended the stream (EXT-X-ENDLIST) while the programme runs"), false, false},
    {N_("laptop clock "), false, false},
    {N_(" s off the server's"), false, false},
    {N_("a segment of "), false, false},
    {N_(" s is longer than the target "), false, false},
    {N_(" s behind real time"), false, false},
    {N_("NO NETWORK on this laptop ("), false, false},
    {N_(" cannot be reached either: check the venue's line): "), false, false},
    {N_("cannot start a request for "), false, false},
    {N_("response over "), false, false},
    {N_(" KiB: cut off"), false, false},
    {N_("unreadable playlist: "), false, false},
    {N_("a master playlist where a media playlist was expected"), false, false},
    {N_("newest segment missing: "), false, false},
    {N_(" (give the broadcaster's CA in stream.ca_file, see podium.cfg(5))"), false, false},
    {N_("could not read the way to the playlists again: "), false, false},
    {N_("timed out after "), false, false},
    {N_(" s (no answer from the network layer)"), false, false},
    {N_("the reader stopped the transfer"), false, false},
    {N_("not a playlist (no #EXTM3U at the start)"), false, false},
    {N_("master playlist without a variant"), false, false},
    {N_("playlist without EXT-X-TARGETDURATION"), false, false},
    {N_("playlist without segments"), false, false},
    {N_("Qbrick document is no JSON: "), false, false},
    {N_("Qbrick document has no asset.resources"), false, false},
    {N_("Qbrick document has no HLS (x-mpegURL) index link"), false, false},
};

/* Whether a reason of ours may begin at en + at. */
static bool reason_starts(const char *en, size_t at)
{
    return at == 0 || (at >= 2 && (strncmp(en + at - 2, ": ", 2) == 0 ||
                                   strncmp(en + at - 2, "; ", 2) == 0)) ||
           en[at - 1] == '(';
}

/* The phrase that begins at en + at, or NULL. */
static const struct phrase *phrase_at(const char *en, size_t at)
{
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
        const struct phrase *p = &phrases[i];
        size_t n = strlen(p->en);

        if (strncmp(en + at, p->en, n) != 0)
            continue;
        if (p->between_digits &&
            (at == 0 || !isdigit((unsigned char)en[at - 1]) || !isdigit((unsigned char)en[at + n])))
            continue;
        if (p->before_url && strncmp(en + at + n, "http", 4) != 0)
            continue;
        if (isalpha((unsigned char)p->en[0]) && !reason_starts(en, at))
            continue;
        return p;
    }
    return NULL;
}

const char *stream_words(const char *en, char *out, size_t size)
{
    size_t used = 0;

    if (size == 0)
        return out;
    out[0] = '\0';
    for (size_t at = 0; en[at] != '\0' && used + 1 < size;) {
        const struct phrase *p = i18n_swedish() ? phrase_at(en, at) : NULL;

        if (p != NULL) {
            used += (size_t)snprintf(out + used, size - used, "%s", _(p->en));
            used = used < size ? used : size - 1;
            at += strlen(p->en);
        } else {
            out[used++] = en[at++];
            out[used] = '\0';
        }
    }
    return out;
}
