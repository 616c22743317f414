#include "http.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

struct http {
    CURLM *multi;
    struct { curl_socket_t fd; short events; } socks[HTTP_MAX_FDS];
    int n_socks;
    int64_t now;      /* the latest time the caller gave */
    int64_t deadline; /* when curl wants its timeout handled, -1 none */
    struct xfer *xfers; /* under way, for cancelling */
    char *user_agent;
    /* handles of ended transfers, reset, for the next ones: making one
     * anew costs more than the rest of a small request */
    CURL *spare[4];
    int n_spare;
};

struct xfer {
    struct xfer *next;
    struct http *h;
    CURL *easy;
    http_done_fn *done;
    void *ctx;
    char *body;
    size_t len;
    bool over;
    bool first_byte; /* one byte is enough, whatever the server sends */
    http_body_fn *reader;
    void *reader_ctx;
    bool stopped;    /* the reader said enough */
    int64_t date_s, age_s;
    char errbuf[CURL_ERROR_SIZE];
};

static int on_socket(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
    struct http *h = userp;
    int i;

    (void)easy;
    (void)socketp;
    for (i = 0; i < h->n_socks && h->socks[i].fd != fd; i++)
        ;
    if (what == CURL_POLL_REMOVE) {
        if (i < h->n_socks)
            h->socks[i] = h->socks[--h->n_socks];
        return 0;
    }
    if (i == h->n_socks) {
        /* never more than a few (one transfer at a time, and DNS): past
         * the table the transfer is not watched and its timeout ends it */
        if (h->n_socks == HTTP_MAX_FDS)
            return 0;
        h->socks[h->n_socks++].fd = fd;
    }
    h->socks[i].events = (short)(((what & CURL_POLL_IN) ? POLLIN : 0) |
                                 ((what & CURL_POLL_OUT) ? POLLOUT : 0));
    return 0;
}

static int on_timer(CURLM *multi, long timeout_ms, void *userp)
{
    struct http *h = userp;

    (void)multi;
    h->deadline = timeout_ms < 0 ? -1 : h->now + timeout_ms;
    return 0;
}

struct http *http_new(const char *user_agent)
{
    struct http *h = xcalloc(1, sizeof *h);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    h->multi = curl_multi_init();
    h->deadline = -1;
    h->user_agent = xstrdup(user_agent);
    curl_multi_setopt(h->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    curl_multi_setopt(h->multi, CURLMOPT_SOCKETDATA, h);
    curl_multi_setopt(h->multi, CURLMOPT_TIMERFUNCTION, on_timer);
    curl_multi_setopt(h->multi, CURLMOPT_TIMERDATA, h);
    return h;
}

static void xfer_free(struct xfer *x)
{
    struct xfer **p;

    for (p = &x->h->xfers; *p != NULL && *p != x; p = &(*p)->next)
        ;
    if (*p == x)
        *p = x->next;
    curl_multi_remove_handle(x->h->multi, x->easy);
    if (x->h->n_spare < (int)(sizeof x->h->spare / sizeof x->h->spare[0])) {
        curl_easy_reset(x->easy); /* keeps nothing of this transfer but curl's caches */
        x->h->spare[x->h->n_spare++] = x->easy;
    } else {
        curl_easy_cleanup(x->easy);
    }
    free(x->body);
    free(x);
}

void http_cancel_all(struct http *h)
{
    while (h->xfers != NULL)
        xfer_free(h->xfers);
}

void http_free(struct http *h)
{
    if (h == NULL)
        return;
    http_cancel_all(h);
    while (h->n_spare > 0)
        curl_easy_cleanup(h->spare[--h->n_spare]);
    curl_multi_cleanup(h->multi);
    free(h->user_agent);
    free(h);
    curl_global_cleanup();
}

static size_t on_body(char *data, size_t size, size_t n, void *userp)
{
    struct xfer *x = userp;

    n *= size;
    if (x->first_byte && x->len > 0)
        return 0; /* a server that ignores Range: the segment is there */
    if (x->reader) {
        x->len += n;
        if (!x->reader(x->reader_ctx, data, n)) {
            x->stopped = true;
            return 0;
        }
        return n;
    }
    if (x->len + n > HTTP_MAX_BODY) {
        x->over = true;
        return 0; /* curl stops the transfer with a write error */
    }
    x->body = xrealloc(x->body, x->len + n + 1, 1);
    memcpy(x->body + x->len, data, n);
    x->len += n;
    x->body[x->len] = '\0';
    return n;
}

/* Date and Age of the final answer: a redirect's headers start over. */
static size_t on_header(char *data, size_t size, size_t n, void *userp)
{
    struct xfer *x = userp;
    size_t len = size * n;
    char line[256];

    if (len >= sizeof line)
        return len;
    memcpy(line, data, len);
    line[len] = '\0';
    if (strncmp(line, "HTTP/", 5) == 0)
        x->date_s = x->age_s = HTTP_NO_VALUE;
    else if (strncasecmp(line, "Date:", 5) == 0 && curl_getdate(line + 5, NULL) >= 0)
        x->date_s = curl_getdate(line + 5, NULL);
    else if (strncasecmp(line, "Age:", 4) == 0)
        x->age_s = strtoll(line + 4, NULL, 10);
    return len;
}

static CURL *make_easy(struct http *h, const struct http_request *req, struct xfer *x)
{
    CURL *e = h->n_spare > 0 ? h->spare[--h->n_spare] : curl_easy_init();

    curl_easy_setopt(e, CURLOPT_URL, req->url);
    curl_easy_setopt(e, CURLOPT_PRIVATE, x);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)req->timeout_ms);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)req->timeout_ms);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (req->ca_file)
        curl_easy_setopt(e, CURLOPT_CAINFO, req->ca_file);
    curl_easy_setopt(e, CURLOPT_USERAGENT, h->user_agent);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    if (!req->first_byte && req->reader == NULL)
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)HTTP_MAX_BODY);
    /* a body read as it arrives can be megabytes (a day-long EVENT
     * playlist): taken in bigger pieces, each costs curl a recv(2) and a
     * poll(2) */
    if (req->reader != NULL)
        curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 256L * 1024);
#if CURL_AT_LEAST_VERSION(7, 87, 0)
    /* a hung DNS lookup must not hold up the end of a transfer (and with
     * it the screen): curl leaves the resolver thread behind */
    curl_easy_setopt(e, CURLOPT_QUICK_EXIT, 1L);
#endif
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
    if (req->first_byte)
        curl_easy_setopt(e, CURLOPT_RANGE, "0-0");
    return e;
}

bool http_get(struct http *h, const struct http_request *req, http_done_fn *done, void *ctx)
{
    struct xfer *x = xcalloc(1, sizeof *x);

    x->h = h;
    x->done = done;
    x->ctx = ctx;
    x->date_s = x->age_s = HTTP_NO_VALUE;
    x->first_byte = req->first_byte;
    x->reader = req->reader;
    x->reader_ctx = req->reader_ctx;
    x->easy = make_easy(h, req, x);
    if (curl_multi_add_handle(h->multi, x->easy) != CURLM_OK) {
        curl_easy_cleanup(x->easy);
        free(x);
        return false;
    }
    x->next = h->xfers;
    h->xfers = x;
    return true;
}

static enum http_failure failure_of(CURL *easy, CURLcode result, const struct xfer *x)
{
    curl_off_t connected = 0;

    switch (result) {
    case CURLE_OK: return HTTP_FAIL_NONE;
    case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return HTTP_FAIL_UNREACHABLE;
    case CURLE_OPERATION_TIMEDOUT:
        /* no connection made in all that time: as good as unreachable */
        curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connected);
        return connected == 0 ? HTTP_FAIL_UNREACHABLE : HTTP_FAIL_OTHER;
    case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CACERT_BADFILE:
        return HTTP_FAIL_TLS;
    case CURLE_WRITE_ERROR:
        return x->stopped ? HTTP_FAIL_READER : HTTP_FAIL_OTHER;
    default: return HTTP_FAIL_OTHER;
    }
}

static void finish(CURL *easy, CURLcode result)
{
    struct xfer *x;
    struct http_response r = {.ok = result == CURLE_OK};
    curl_off_t total_us = 0;
    char *url = NULL;

    curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&x);
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &r.status);
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &total_us);
    curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &url);
    if (x->first_byte && x->len > 0 && result == CURLE_WRITE_ERROR)
        result = CURLE_OK; /* we hung up once the first byte came */
    r.ok = result == CURLE_OK;
    r.failure = failure_of(easy, result, x);
    if (x->stopped)
        snprintf(r.error, sizeof r.error, "the reader stopped the transfer");
    else if (x->over || result == CURLE_FILESIZE_EXCEEDED)
        snprintf(r.error, sizeof r.error, "response over %d KiB: cut off",
                 HTTP_MAX_BODY / 1024);
    else if (result != CURLE_OK)
        snprintf(r.error, sizeof r.error, "%s",
                 x->errbuf[0] ? x->errbuf : curl_easy_strerror(result));
    r.ok = r.ok && !x->over;
    if (x->over)
        r.failure = HTTP_FAIL_OTHER;
    r.body = x->body ? x->body : "";
    r.len = x->len;
    r.latency_ms = (int)(total_us / 1000);
    r.date_s = x->date_s;
    r.age_s = x->age_s;
    r.url = url ? url : "";
    x->done(x->ctx, &r);
    xfer_free(x);
}

int http_fds(const struct http *h, struct pollfd *fds, int max)
{
    int n = 0;

    for (int i = 0; i < h->n_socks && n < max; i++)
        fds[n++] = (struct pollfd){.fd = h->socks[i].fd, .events = h->socks[i].events};
    return n;
}

int http_timeout_ms(const struct http *h, int64_t now)
{
    if (h->deadline < 0)
        return -1;
    return h->deadline > now ? (int)(h->deadline - now) : 0;
}

void http_process(struct http *h, const struct pollfd *fds, int n, int64_t now)
{
    CURLMsg *msg;
    int left;

    h->now = now;
    for (int i = 0; i < n; i++) {
        int ev = ((fds[i].revents & POLLIN) ? CURL_CSELECT_IN : 0) |
                 ((fds[i].revents & POLLOUT) ? CURL_CSELECT_OUT : 0) |
                 ((fds[i].revents & (POLLERR | POLLHUP)) ? CURL_CSELECT_ERR : 0);

        if (ev != 0)
            curl_multi_socket_action(h->multi, fds[i].fd, ev, &left);
    }
    if (h->deadline >= 0 && now >= h->deadline) {
        h->deadline = -1;
        curl_multi_socket_action(h->multi, CURL_SOCKET_TIMEOUT, 0, &left);
    }
    while ((msg = curl_multi_info_read(h->multi, &left)) != NULL) {
        if (msg->msg == CURLMSG_DONE)
            finish(msg->easy_handle, msg->data.result);
    }
}
