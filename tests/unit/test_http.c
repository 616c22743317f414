/* http.c against a small HTTP server on 127.0.0.1 that this test runs in
 * a thread of its own: bodies kept and read as they come, redirects,
 * Date and Age, one byte of a segment (whether or not the server honours
 * Range), the bound on a kept body, a refused connection and a server
 * that never answers, each told apart as the watcher needs. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "http.h"

/* ---- the server ---- */

static int listener;
static int port;
static volatile int range_asked;

static void send_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, data, len, MSG_NOSIGNAL);

        if (n <= 0)
            return;
        data += n;
        len -= (size_t)n;
    }
}

static void answer(int fd, const char *status, const char *headers, const char *body, size_t len)
{
    char head[512];
    int n = snprintf(head, sizeof head, "HTTP/1.1 %s\r\nContent-Length: %zu\r\n%s\r\n", status,
                     len, headers);

    send_all(fd, head, (size_t)n);
    send_all(fd, body, len);
}

static void serve(int fd)
{
    char req[2048] = "";
    ssize_t n = recv(fd, req, sizeof req - 1, 0);
    char path[256] = "";

    if (n <= 0)
        return;
    req[n] = '\0';
    sscanf(req, "GET %255s", path);
    if (strstr(req, "Range: bytes=0-0") != NULL)
        range_asked = 1;
    if (strcmp(path, "/ok") == 0) {
        answer(fd, "200 OK", "Date: Wed, 02 Dec 2026 09:00:00 GMT\r\nAge: 17\r\n",
               "#EXTM3U\nhello\n", 14);
    } else if (strcmp(path, "/moved") == 0) {
        answer(fd, "302 Found", "Location: /ok\r\n", "", 0);
    } else if (strcmp(path, "/missing") == 0) {
        answer(fd, "404 Not Found", "", "gone", 4);
    } else if (strcmp(path, "/big") == 0 || strcmp(path, "/norange") == 0) {
        size_t len = 3 * 1024 * 1024;
        char *body = malloc(len);

        memset(body, '#', len);
        answer(fd, "200 OK", "", body, len);
        free(body);
    } else if (strcmp(path, "/hang") == 0) {
        sleep(5); /* accepts, reads, never answers in time */
    } else {
        answer(fd, "404 Not Found", "", "", 0);
    }
}

static void *server(void *arg)
{
    (void)arg;
    for (;;) {
        int fd = accept(listener, NULL, NULL);

        if (fd < 0)
            return NULL;
        serve(fd);
        close(fd);
    }
}

static int start_server(void **state)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    pthread_t t;

    (void)state;
    setenv("NO_PROXY", "127.0.0.1", 1); /* a proxy in the environment is not for loopback */
    setenv("no_proxy", "127.0.0.1", 1);
    listener = socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0 || bind(listener, (struct sockaddr *)&a, sizeof a) != 0 ||
        listen(listener, 16) != 0 || getsockname(listener, (struct sockaddr *)&a, &len) != 0)
        return -1;
    port = ntohs(a.sin_port);
    pthread_create(&t, NULL, server, NULL);
    pthread_detach(t);
    return 0;
}

/* ---- the client ---- */

struct result {
    bool done;
    struct http_response r;
    char body[64];
    size_t read_bytes, chunks;
    size_t stop_after; /* the reader says enough after this many bytes; 0 never */
};

static void on_done(void *ctx, const struct http_response *r)
{
    struct result *res = ctx;

    res->done = true;
    res->r = *r;
    snprintf(res->body, sizeof res->body, "%s", r->body);
    res->r.body = res->body;
    res->r.url = NULL; /* http's, gone after this call */
}

static bool reader(void *ctx, const char *data, size_t len)
{
    struct result *res = ctx;

    (void)data;
    res->read_bytes += len;
    res->chunks++;
    return res->stop_after == 0 || res->read_bytes < res->stop_after;
}

static int64_t mono(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Runs the request in the caller's kind of loop until it is done. */
static void get(const char *path, int timeout_ms, bool first_byte, bool with_reader,
                struct result *res)
{
    struct http *h = http_new("podium-test");
    char url[128];
    struct http_request req = {.url = url, .timeout_ms = timeout_ms, .first_byte = first_byte,
                               .reader = with_reader ? reader : NULL, .reader_ctx = res};
    int64_t give_up = mono() + timeout_ms + 5000;

    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
    assert_true(http_get(h, &req, on_done, res));
    while (!res->done && mono() < give_up) {
        struct pollfd fds[HTTP_MAX_FDS];
        int n = http_fds(h, fds, HTTP_MAX_FDS), t = http_timeout_ms(h, mono());

        poll(fds, (nfds_t)n, t < 0 || t > 100 ? 100 : t);
        http_process(h, fds, n, mono());
    }
    http_free(h);
    assert_true(res->done);
}

static void test_kept_body_headers_redirect(void **state)
{
    struct result res = {0};

    (void)state;
    get("/moved", 2000, false, false, &res);
    assert_true(res.r.ok);
    assert_int_equal(res.r.status, 200);
    assert_string_equal(res.body, "#EXTM3U\nhello\n");
    assert_int_equal(res.r.age_s, 17);
    assert_int_equal(res.r.date_s, 1796202000); /* 2026-12-02 09:00:00 UTC */
    assert_int_equal(res.r.failure, HTTP_FAIL_NONE);
}

static void test_status_is_an_answer(void **state)
{
    struct result res = {0};

    (void)state;
    get("/missing", 2000, false, false, &res);
    assert_true(res.r.ok); /* an answer came whole: the caller judges 404 */
    assert_int_equal(res.r.status, 404);
}

static void test_reader_gets_the_body_and_may_stop(void **state)
{
    struct result res = {0};

    (void)state;
    get("/big", 5000, false, true, &res);
    assert_true(res.r.ok); /* 3 MiB through a reader: no bound on it */
    assert_int_equal(res.read_bytes, 3 * 1024 * 1024);
    assert_int_equal(res.r.len, 3 * 1024 * 1024);
    assert_true(res.chunks > 1);
    memset(&res, 0, sizeof res);
    res.stop_after = 1000;
    get("/big", 5000, false, true, &res);
    assert_false(res.r.ok);
    assert_int_equal(res.r.failure, HTTP_FAIL_READER);
}

static void test_kept_body_is_bounded(void **state)
{
    struct result res = {0};

    (void)state;
    get("/big", 5000, false, false, &res);
    assert_false(res.r.ok);
    assert_string_equal(res.r.error, "response over 1024 KiB: cut off");
}

static void test_first_byte(void **state)
{
    struct result res = {0};

    (void)state;
    range_asked = 0;
    get("/norange", 5000, true, false, &res);
    assert_true(res.r.ok); /* the server sends it all: the first bytes are enough */
    assert_true(range_asked);
    assert_true(res.r.len > 0 && res.r.len < 3 * 1024 * 1024); /* hung up early */
}

static void test_failures_told_apart(void **state)
{
    struct result res = {0};
    struct http *h = http_new("podium-test");
    struct http_request req = {.url = "http://127.0.0.1:1/", .timeout_ms = 2000};
    int64_t give_up = mono() + 7000;

    (void)state;
    /* nothing listens: unreachable (the laptop's network, or the host) */
    assert_true(http_get(h, &req, on_done, &res));
    while (!res.done && mono() < give_up) {
        struct pollfd fds[HTTP_MAX_FDS];
        int n = http_fds(h, fds, HTTP_MAX_FDS);

        poll(fds, (nfds_t)n, 50);
        http_process(h, fds, n, mono());
    }
    http_free(h);
    assert_true(res.done);
    assert_false(res.r.ok);
    assert_int_equal(res.r.failure, HTTP_FAIL_UNREACHABLE);
    /* connected, then no answer in time: the server's failure, not the
     * network's */
    memset(&res, 0, sizeof res);
    get("/hang", 500, false, false, &res);
    assert_false(res.r.ok);
    assert_int_equal(res.r.failure, HTTP_FAIL_OTHER);
    assert_non_null(strstr(res.r.error, "timed out"));
}

static void test_cancel_calls_nothing(void **state)
{
    struct result res = {0};
    struct http *h = http_new("podium-test");
    char url[128];
    struct http_request req = {.url = url, .timeout_ms = 2000};

    (void)state;
    snprintf(url, sizeof url, "http://127.0.0.1:%d/hang", port);
    assert_true(http_get(h, &req, on_done, &res));
    http_process(h, NULL, 0, mono());
    http_cancel_all(h);
    http_process(h, NULL, 0, mono() + 5000);
    http_free(h);
    assert_false(res.done);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kept_body_headers_redirect),
        cmocka_unit_test(test_status_is_an_answer),
        cmocka_unit_test(test_reader_gets_the_body_and_may_stop),
        cmocka_unit_test(test_kept_body_is_bounded),
        cmocka_unit_test(test_first_byte),
        cmocka_unit_test(test_failures_told_apart),
        cmocka_unit_test(test_cancel_calls_nothing),
    };

    return cmocka_run_group_tests_name("http", tests, start_server, NULL);
}
