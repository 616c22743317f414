/* journal_codec: one journal line and back (the format is in podium(5)).
 * A line names its target the way a person would check it: the item by
 * number and title, a speaker by id and name. Reading matches them
 * against the programme as it is now, so a journal written before the
 * programme changed still applies where it can. No files, no clock. */
#ifndef PODIUM_JOURNAL_CODEC_H
#define PODIUM_JOURNAL_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "agenda.h"
#include "stream.h"

enum decode_result {
    DECODE_EVENT,     /* *ev is an event for this programme */
    DECODE_HEADER,    /* the journal's first line */
    DECODE_STREAM,    /* the stream's state, or an acknowledgement */
    DECODE_UNMATCHED, /* an event for an item or person not in it */
    DECODE_UNKNOWN,   /* a type this version does not know */
    DECODE_BAD,       /* no JSON object (a torn line), or a number no podium
                         writes (a damaged one) */
};

/* ev as a line, '\n' included; wall_ms is the wall clock (ms since the
 * epoch) it happened at. A new string. */
char *journal_encode(const struct agenda *a, const struct agenda_event *ev, int64_t wall_ms);
/* The first line: what the journal is for, and a rehearsal's clock
 * (NULL for none). A new string. */
struct journal_clock;
char *journal_encode_header(const struct programme *prog, int64_t wall_ms,
                            const struct journal_clock *clock);
/* The rehearsal clock in a header line; false when it has none. */
bool journal_decode_clock(const char *line, size_t len, struct journal_clock *clock);

/* The livestream as the recording poller saw it change, or the
 * technician's acknowledgement of its alarm. */
struct journal_stream {
    bool ack;
    enum stream_state state;
    char reason[STREAM_REASON_MAX];
    bool outage;     /* ENDED while the programme runs: away from LIVE */
    int64_t wall_ms; /* when, ms since the epoch */
};
char *journal_encode_stream(const struct journal_stream *s);
/* A line that decoded as DECODE_STREAM; false when it is not one. */
bool journal_decode_stream(const char *line, size_t len, struct journal_stream *s);

/* Reads one line (without its '\n'); *wall_ms gets its time (ms since
 * the epoch, -1 when it has none); why says what did not match. */
enum decode_result journal_decode(const char *line, size_t len, const struct agenda *a,
                                  struct agenda_event *ev, int64_t *wall_ms, char *why,
                                  size_t whysize);

/* Whether a line is a journal's header. */
bool journal_is_header(const char *line, size_t len);

/* ms since the epoch as local ISO 8601 with its offset,
 * "2026-11-25T10:53:12.120+01:00". */
void journal_format_wall(int64_t wall_ms, char out[40]);

#endif
