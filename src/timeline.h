/* timeline: the day as a picture for the HTML report, planned against
 * what happened, as one SVG element (XHTML's inline SVG; no script, no
 * font, no link).
 *
 * Its geometry, which a test computes by hand: the picture is
 * TIMELINE_WIDTH wide; the items' labels take the first TIMELINE_LABEL_W;
 * the time axis runs from there to TIMELINE_WIDTH - TIMELINE_MARGIN and
 * from the earliest start to the latest end of the items, planned or
 * actual, each rounded out to a whole hour:
 *     x(t) = LABEL_W + (t - from) * (WIDTH - MARGIN - LABEL_W) / (to - from)
 * Item k (from 1) is row k: its top at TIMELINE_TOP + (k - 1) * ROW_H; the
 * film, the press and the stream are rows of their own after the items.
 *
 * Per item: a thin bar for the plan (id plan-k), a thick one for what
 * happened (actual-k; dashed while the day followed the plan), a late
 * start as a dashed line from the planned start (late-k) and what ran
 * over its aim hatched (over-k), both in the warning colour and said in
 * words after the bar; a cut item crossed out and named so, an inserted
 * one with no plan bar and named so; each change (+, -, e, x, i) a tick
 * (edit-k-n); the poll question a dot, filled when asked (poll-k), hollow
 * and crossed when missed. The film's roll (film-k), the interviews
 * (press-n), the stream LIVE (live-n) and its incidents (incident-n) in
 * their rows, the planned and actual end of the day as lines. Every shape
 * has a <title> (shown on hover), and the legend below names them. */
#ifndef PODIUM_TIMELINE_H
#define PODIUM_TIMELINE_H

#include <stdio.h>

#include "report_day.h"

#define TIMELINE_WIDTH 1200
#define TIMELINE_LABEL_W 300
#define TIMELINE_MARGIN 100
#define TIMELINE_TOP 40
#define TIMELINE_ROW_H 28

/* s: the day's summary (report_summarize), for its ends. */
void timeline_svg(FILE *out, const struct report_day *d, const struct report_summary *s);

#endif
