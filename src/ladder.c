#include "ladder.h"

#include <stdio.h>
#include <string.h>

#include "url.h"

/* "1080p (v2)", "2.5 Mbit/s (v3)", "audio Svenska (a1)" */
static void name_of(const struct hls_rendition *r, int nth, char *out, size_t size)
{
    if (r->audio)
        snprintf(out, size, "audio%s%s (a%d)", r->name[0] ? " " : "", r->name, nth);
    else if (r->height > 0)
        snprintf(out, size, "%dp (v%d)", r->height, nth);
    else if (r->bandwidth >= 1000000)
        snprintf(out, size, "%.1f Mbit/s (v%d)", (double)r->bandwidth / 1e6, nth);
    else if (r->bandwidth > 0)
        snprintf(out, size, "%lld kbit/s (v%d)", (long long)(r->bandwidth / 1000), nth);
    else
        snprintf(out, size, "v%d", nth);
}

void ladder_pick(const struct hls_playlist *pl, const char *base, struct ladder *out)
{
    size_t variants = 0, audio = 0;

    memset(out, 0, sizeof *out);
    for (int pass = 0; pass < 2; pass++) { /* the variants, then the others */
        for (size_t i = 0; i < pl->n_renditions; i++) {
            const struct hls_rendition *r = &pl->renditions[i];

            if (r->audio != (pass == 1))
                continue;
            if (r->audio)
                audio++;
            else
                variants++;
            if (out->n == STREAM_MAX_TRACKS)
                continue;
            name_of(r, (int)(r->audio ? audio : variants), out->names[out->n],
                    sizeof out->names[out->n]);
            out->name_list[out->n] = out->names[out->n];
            out->urls[out->n++] = url_resolve(base, r->uri);
        }
    }
    out->unwatched = pl->n_variants + pl->n_audio - out->n;
    snprintf(out->step, sizeof out->step, "master (%zu variant%s%s)", pl->n_variants,
             pl->n_variants == 1 ? "" : "s",
             pl->n_audio ? (pl->n_audio == 1 ? ", 1 audio" : ", more audio") : "");
}
