/* qbrick: the HLS playlist behind a Qbrick media document, the JSON that
 * regeringen.se's video embeds point at
 * (video.qbrick.com/api/v1/public/accounts/{account}/medias/{id}): its
 * asset.resources[] hold renditions[] whose links[] carry a mimeType and
 * an href; the index link whose mimeType names x-mpegURL is the HLS
 * playlist. JSON in, a URL out: no network. */
#ifndef PODIUM_QBRICK_H
#define PODIUM_QBRICK_H

#include <stdbool.h>
#include <stddef.h>

/* Whether text looks like a Qbrick media document at all (a JSON object
 * with asset.resources), for format auto. */
bool qbrick_is_media(const char *text, size_t len);

/* The playlist URL in *url (owned by the caller, as written: resolve it
 * against the document's URL); false with the reason in err. */
bool qbrick_playlist(const char *text, size_t len, char **url, char *err, size_t errsize);

#endif
