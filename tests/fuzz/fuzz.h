/* What the harnesses share: the input as a C string, and the default
 * programme (conf/podium.cfg) that the journal's harnesses replay on. */
#ifndef PODIUM_FUZZ_H
#define PODIUM_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* data with a NUL after it (and perhaps in it: C strings end there). */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
    char *s = xmalloc(size + 1);

    if (size > 0)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* The default programme, loaded once; exits when it does not load. */
static inline struct programme *fuzz_programme(void)
{
    struct diag d = {0};
    struct programme *p = config_load(PODIUM_SRCDIR "/conf/podium.cfg", &d);

    diag_free(&d);
    if (p == NULL)
        abort();
    return p;
}

#endif
