/* Feeds a Qbrick media document (JSON) as the watcher reads an answer
 * (stream_format.c): as format qbrick (qbrick.c finds the HLS link,
 * resolved against the document's address), then as format auto, the
 * default, which tries each format in turn. The document comes from
 * video.qbrick.com or whatever podium.cfg names instead. */
#include "fuzz.h"
#include "stream_format.h"

#define DOC "https://video.qbrick.com/api/v1/public/accounts/763558/medias/0f3e5a7c-9d1b"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size); /* body.c keeps a NUL after it */
    struct format_input in = {text, size, false, DOC};
    struct format_answer a = {0};

    stream_formats[FORMAT_QBRICK].read(&in, &a);
    free(a.next);
    stream_format_read_auto(&in, false, DOC, &a);
    free(a.next);
    free(text);
    return 0;
}
