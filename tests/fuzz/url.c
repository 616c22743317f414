/* Feeds URL resolution: the input split at its first newline or NUL
 * into a base and a reference, the reference resolved against the base
 * (RFC 3986 5.2) as the watcher resolves a playlist's URIs, a Qbrick
 * document's link and an event page's reference; then each shown with
 * its password hidden (url_shown, for the screen and the journal). Both
 * come from servers, and the base from podium.cfg. */
#include "fuzz.h"
#include "url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size), *ref, *url, shown[256];
    size_t cut = 0;

    while (cut < size && text[cut] != '\n' && text[cut] != '\0')
        cut++;
    ref = text + cut + (cut < size); /* "" when nothing splits it */
    text[cut] = '\0';
    url = url_resolve(text, ref);
    url_shown(text, shown, sizeof shown);
    url_shown(ref, shown, sizeof shown);
    url_shown(url, shown, sizeof shown);
    url_shown(url, shown, 8); /* cut short */
    free(url);
    free(text);
    return 0;
}
