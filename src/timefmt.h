/* timefmt: times of day and durations as text.
 *
 * Throughout podium a time is an int64_t count of seconds since local
 * midnight of the day podium started on; it passes 86400 when a day runs
 * past midnight rather than wrapping, so arithmetic across midnight works.
 * Durations are plain seconds, negative where that means "early" or
 * "over". */
#ifndef PODIUM_TIMEFMT_H
#define PODIUM_TIMEFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DAY_SECONDS 86400

/* "9:30", "09:30", "09.30", "09:30:15": hours 0–23, minutes and seconds
 * 0–59. Seconds are accepted only when allow_seconds is set. */
bool time_parse(const char *text, bool allow_seconds, int64_t *out);

/* A length as "M:SS" or "MM:SS" ("4:50"), seconds 00-59. */
bool time_parse_length(const char *text, int64_t *out);

/* A time of day in words and tables, "10:15"; in Swedish "10.15", as
 * Språkrådet and the invitations write it. */
void time_format_hm(int64_t t, char buf[static 6]);
/* The same always with a colon: a clock face (the big digits), CSV. */
void time_format_face(int64_t t, char buf[static 6]);
/* "10:47:51" (Swedish "10.47.51"), and always with colons for a face. */
void time_format_hms(int64_t t, char buf[static 9]);
void time_format_face_hms(int64_t t, char buf[static 9]);

/* "4:05", "12:00", "1:02:03": the magnitude of d; the caller shows the sign. */
void time_format_duration(int64_t d, char *buf, size_t size);

/* "on time", "4 min late", "2 min early" (whole minutes, toward zero). */
void time_format_delay(int64_t d, char *buf, size_t size);

/* "+4", "-2", "" for zero: compact delay in whole minutes for tables,
 * in four columns; from 1000 minutes in whole hours, "+23h". */
void time_format_delay_short(int64_t d, char *buf, size_t size);

#endif
