/* stream_config: the livestream the technician watches, as podium.cfg's
 * `stream = { ... };` gives it. No stream group means no stream to watch
 * (the panel says OFF), not an error. */
#ifndef PODIUM_STREAM_CONFIG_H
#define PODIUM_STREAM_CONFIG_H

#include <libconfig.h>

#include "settings.h"
#include "stream_format.h"

struct stream_config {
    char *url;
    enum stream_format format;
    int interval;        /* seconds between polls */
    int timeout;         /* seconds for each request of a poll, < interval */
    double stall_factor; /* HLS: target durations without progress */
    int slow_ms;         /* a poll slower than this is slow */
    char *ca_file;       /* NULL: the system's certificates */
    char *reference_url; /* asked when the stream cannot be reached: is
                            it the laptop's network? */
    int line;
};


/* Reads root's stream group; NULL when there is none or it is wrong
 * (each mistake reported to r with its line). */
struct stream_config *stream_config_load(struct reader *r, const config_setting_t *root);
void stream_config_free(struct stream_config *sc);


#endif
