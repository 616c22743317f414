/* http: GET requests over libcurl's multi interface, driven by the
 * caller's one wait. The caller adds http_fds() to its poll(2), waits at
 * most http_timeout_ms(), then hands the results to http_process(); a
 * finished request calls its done function from there. Nothing here
 * blocks: DNS, connect, TLS and the transfer all move in small steps.
 *
 * Every request: TLS verified, at most 5 redirects, http and https
 * only, User-Agent podium/VERSION, proxies from the environment as
 * libcurl reads them. A body is either kept whole, up to HTTP_MAX_BODY
 * (over that it is cut off and reported), or handed to the request's
 * reader as it arrives and never kept (a playlist of megabytes). */
#ifndef PODIUM_HTTP_H
#define PODIUM_HTTP_H

#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HTTP_MAX_BODY (1024 * 1024)
#define HTTP_MAX_FDS 64 /* a poll's requests together: a master's variants */
#define HTTP_NO_VALUE INT64_MIN

/* Takes the next bytes of a body; false stops the transfer (the reader
 * has seen enough, or given up: it knows why). */
typedef bool http_body_fn(void *ctx, const char *data, size_t len);

struct http_request {
    const char *url;
    int timeout_ms;      /* the whole request, connection included */
    const char *ca_file; /* NULL: the system's certificates */
    bool first_byte;     /* ask for byte 0 only (Range: bytes=0-0) */
    http_body_fn *reader; /* NULL: the body is kept whole */
    void *reader_ctx;
};

/* Why a request failed, for the caller to tell the venue's network from
 * the stream's server and to give advice. */
enum http_failure {
    HTTP_FAIL_NONE,
    HTTP_FAIL_UNREACHABLE, /* no name, no connection, or no answer to connect */
    HTTP_FAIL_TLS,         /* the certificate could not be verified */
    HTTP_FAIL_READER,      /* the reader stopped it */
    HTTP_FAIL_OTHER,
};

struct http_response {
    bool ok;            /* an answer arrived whole: any HTTP status */
    enum http_failure failure;
    char error[256];    /* why not, in words (curl's, or "over 1 MiB") */
    long status;        /* HTTP status of the final answer, 0 if none */
    char *body;         /* NUL-terminated, len bytes; owned by http;
                           "" with a reader, len then what it was given */
    size_t len;
    int latency_ms;
    int64_t date_s;     /* the Date header, seconds since the epoch */
    int64_t age_s;      /* the Age header */
    const char *url;    /* where it ended up, after redirects */
};

typedef void http_done_fn(void *ctx, const struct http_response *r);

struct http;

struct http *http_new(const char *user_agent);
void http_free(struct http *h);

/* Starts a request; done(ctx, response) follows from http_process(). */
bool http_get(struct http *h, const struct http_request *req, http_done_fn *done, void *ctx);
/* Drops every request under way without calling done; never from
 * inside a done function. */
void http_cancel_all(struct http *h);

/* The sockets to wait on, at most max; returns how many. */
int http_fds(const struct http *h, struct pollfd *fds, int max);
/* How long the caller may wait before http_process(), in ms; -1 for
 * as long as it likes. now is monotonic ms. */
int http_timeout_ms(const struct http *h, int64_t now);
/* After the wait: fds as filled by http_fds() with their revents. */
void http_process(struct http *h, const struct pollfd *fds, int n, int64_t now);

#endif
