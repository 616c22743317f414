/* transport: how the stream watcher's requests go out and come back. The
 * one podium runs with is http.c over libcurl (transport_http); the unit
 * tests give the watcher a fake that answers from a script at moments of
 * their choosing, so a whole day of polls replays without a network and
 * without waiting. The calls mean what http.h says they mean. */
#ifndef PODIUM_TRANSPORT_H
#define PODIUM_TRANSPORT_H

#include "http.h"

struct transport_ops {
    bool (*get)(void *impl, const struct http_request *req, http_done_fn *done, void *ctx);
    void (*cancel_all)(void *impl);
    int (*fds)(const void *impl, struct pollfd *fds, int max);
    int (*timeout_ms)(const void *impl, int64_t now);
    void (*process)(void *impl, const struct pollfd *fds, int n, int64_t now);
    void (*free)(void *impl);
};

struct transport {
    const struct transport_ops *ops;
    void *impl;
};

/* libcurl's multi interface, as http.h describes it. */
struct transport transport_http(const char *user_agent);

#endif
