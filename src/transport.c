#include "transport.h"

/* http.c's calls, as a transport. */

static bool get(void *impl, const struct http_request *req, http_done_fn *done, void *ctx)
{
    return http_get(impl, req, done, ctx);
}

static void cancel_all(void *impl)
{
    http_cancel_all(impl);
}

static int fds(const void *impl, struct pollfd *out, int max)
{
    return http_fds(impl, out, max);
}

static int timeout_ms(const void *impl, int64_t now)
{
    return http_timeout_ms(impl, now);
}

static void process(void *impl, const struct pollfd *in, int n, int64_t now)
{
    http_process(impl, in, n, now);
}

static void free_http(void *impl)
{
    http_free(impl);
}

static const struct transport_ops http_ops = {get, cancel_all, fds, timeout_ms, process,
                                              free_http};

struct transport transport_http(const char *user_agent)
{
    return (struct transport){&http_ops, http_new(user_agent)};
}
