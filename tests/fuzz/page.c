/* Feeds an event page (HTML) as the watcher reads an answer
 * (stream_format.c, format page): the Qbrick document the page embeds,
 * found wherever and however it is written (page.c), resolved against
 * the page's address, and its media id shortened for the screen. The
 * page is regeringen.se's, a mirror's, or anybody's. */
#include "fuzz.h"
#include "page.h"
#include "stream_format.h"

#define PAGE_URL "https://www.regeringen.se/pressmeddelanden/2026/12/vard-i-rorelse/"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size), id[32]; /* body.c keeps a NUL after it */
    struct format_input in = {text, size, false, PAGE_URL};
    struct format_answer a = {0};

    stream_formats[FORMAT_PAGE].read(&in, &a);
    if (a.next != NULL)
        page_media_id(a.next, id, sizeof id);
    free(a.next);
    free(text);
    return 0;
}
