/* Feeds the time helpers: the text as a time of day ("9:30", "09.30",
 * "10:47:51"), a length ("4:50") and an ISO 8601 date-time with its zone
 * (a playlist's EXT-X-PROGRAM-DATE-TIME, the journal's "time"), each
 * read back through its formats; then the first 8 bytes as a number of
 * seconds formatted every way the screen and the report do. Times come
 * from podium.cfg, playlists and the journal. */
#include "fuzz.h"
#include "iso8601.h"
#include "timefmt.h"

static void format_all(int64_t t)
{
    char hm[6], hms[9], buf[64];

    time_format_hm(t, hm);
    time_format_face(t, hm);
    time_format_hms(t, hms);
    time_format_face_hms(t, hms);
    time_format_duration(t, buf, sizeof buf);
    time_format_delay(t, buf, sizeof buf);
    time_format_delay_short(t, buf, sizeof buf);
    time_format_delay_short(t, buf, 5); /* the table's four columns */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_text(data, size), hm[9];
    int64_t t, back;

    if (time_parse(s, false, &t) || time_parse(s, true, &t)) {
        if (t < 0 || t >= DAY_SECONDS)
            abort();
        time_format_face_hms(t, hm); /* read back as written */
        if (!time_parse(hm, true, &back) || back != t)
            abort();
        format_all(t);
    }
    if (time_parse_length(s, &t))
        format_all(t);
    if (iso8601_parse(s, &t))
        format_all(t / 1000);
    if (size >= sizeof t) {
        memcpy(&t, data, sizeof t);
        format_all(t);
    }
    free(s);
    return 0;
}
