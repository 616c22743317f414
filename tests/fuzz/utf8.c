/* Feeds the UTF-8 helpers (utf8.c) and the output filter (safe.c) text
 * podium did not write: titles and names from podium.cfg and the
 * journal, reasons from servers. The first byte picks the columns and
 * buffer sizes. What safe_text() gives must be valid UTF-8 without a
 * control character (safe.h's promise: nothing in it can drive a
 * terminal); what utf8_short() and utf8_fit() cut must never be cut
 * inside a character. */
#include <locale.h>

#include "fuzz.h"
#include "safe.h"
#include "utf8.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setlocale(LC_CTYPE, "C.UTF-8"); /* as main() has it, for the widths */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s, out[512], small[24], entry[16] = "";
    int cols;
    bool valid;
    size_t fit;

    if (size < 1)
        return 0;
    cols = data[0] % 64 - 2; /* -2..61 */
    s = fuzz_text(data + 1, size - 1);
    valid = utf8_valid(s);
    (void)utf8_width(s);
    (void)utf8_pad(s, cols);
    fit = utf8_fit(s, cols);
    if (fit > strlen(s) || (valid && fit < strlen(s) && (s[fit] & 0xc0) == 0x80))
        abort();
    utf8_short(out, sizeof out, s, cols);
    if (valid && strlen(s) + 4 < sizeof out && !utf8_valid(out))
        abort();
    safe_text(s, out, sizeof out);
    if (!utf8_valid(out) || safe_has_control(out))
        abort();
    safe_text(s, small, 1 + data[0] % sizeof small); /* cut short */
    if (!utf8_valid(small) || safe_has_control(small))
        abort();
    (void)safe_str(s);
    (void)safe_has_control(s);
    /* the entry line: typed characters in, backspace out */
    for (const char *c = s; *c != '\0';) {
        int n;
        long cp = utf8_decode(c, &n);

        if (cp >= 0 && !utf8_append(entry, sizeof entry, (unsigned)cp))
            utf8_drop_last(entry);
        c += n;
    }
    if (!utf8_valid(entry))
        abort();
    free(s);
    return 0;
}
