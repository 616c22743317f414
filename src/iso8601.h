/* iso8601: a date-time as HLS playlists (EXT-X-PROGRAM-DATE-TIME) and the
 * journal (its "time") write it, with a zone: "2026-11-25T13:45:02.120Z",
 * "...+01:00", "...+0100". Text in, ms since the epoch (UTC) out; no
 * clock, no time zone database. */
#ifndef PODIUM_ISO8601_H
#define PODIUM_ISO8601_H

#include <stdbool.h>
#include <stdint.h>

/* False when s is no such date-time (no zone, a month 13, ...). */
bool iso8601_parse(const char *s, int64_t *ms);

#endif
