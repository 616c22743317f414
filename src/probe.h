/* probe: `podium --probe`, the technician's check before the doors open.
 * Polls the configured stream until it can be judged (for HLS, until the
 * playlist is seen to advance or the rules call it late), prints the
 * verdict and the figures, and says LIVE or not in its exit status. */
#ifndef PODIUM_PROBE_H
#define PODIUM_PROBE_H

#include <stdio.h>

#include "clock.h"
#include "stream_config.h"

/* 0 when the stream is LIVE, 1 otherwise. */
int probe_run(const struct stream_config *cfg, struct clock_source time, FILE *out);

#endif
