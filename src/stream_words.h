/* stream_words: the stream's reasons, causes, errors and warnings as
 * people read them. The model words them once, in English: the journal
 * keeps them so (podium(5)), and the report reads them back from it. This
 * says them in the language shown, phrase by phrase; numbers, names and
 * addresses stay as they are, and what it does not know (libcurl's own
 * errors) stays English. No curses. */
#ifndef PODIUM_STREAM_WORDS_H
#define PODIUM_STREAM_WORDS_H

#include <stddef.h>

/* en in the language shown, into out (size bytes). Returns out. */
const char *stream_words(const char *en, char *out, size_t size);

#endif
