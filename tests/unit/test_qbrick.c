/* A Qbrick media document to its HLS playlist, and the shapes that are
 * not one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "qbrick.h"

/* As video.qbrick.com answers: an image and a video rendition before the
 * index, whose links include other formats before the HLS one. */
static const char media[] =
    "{\"id\": \"d8ab4607\", \"asset\": {\"resources\": ["
    " {\"type\": \"image\", \"renditions\": [{\"type\": \"image\", \"links\": ["
    "   {\"mimeType\": \"image/jpeg\", \"href\": \"https://x/thumb.jpg\"}]}]},"
    " {\"type\": \"index\", \"renditions\": [{\"type\": \"index\", \"links\": ["
    "   {\"mimeType\": \"application/dash+xml\", \"href\": \"https://x/live.mpd\"},"
    "   {\"mimeType\": \"application/x-mpegURL\", \"href\": \"https://x/live/index.m3u8\"}"
    " ]}]}]}}";

static void test_finds_the_hls_link(void **state)
{
    char *url, err[160];

    (void)state;
    assert_true(qbrick_is_media(media, strlen(media)));
    assert_true(qbrick_playlist(media, strlen(media), &url, err, sizeof err));
    assert_string_equal(url, "https://x/live/index.m3u8");
    free(url);
}

static void test_not_a_document(void **state)
{
    static const char html[] = "<!DOCTYPE html><html></html>";
    static const char other[] = "{\"asset\": {\"name\": \"no resources\"}}";
    char *url, err[160];

    (void)state;
    assert_false(qbrick_is_media(html, strlen(html)));
    assert_false(qbrick_playlist(html, strlen(html), &url, err, sizeof err));
    assert_null(url);
    assert_non_null(strstr(err, "Qbrick document is no JSON"));
    assert_false(qbrick_is_media(other, strlen(other)));
    assert_false(qbrick_playlist(other, strlen(other), &url, err, sizeof err));
    assert_string_equal(err, "Qbrick document has no asset.resources");
}

static void test_no_hls_rendition(void **state)
{
    static const char vod[] =
        "{\"asset\": {\"resources\": [{\"type\": \"video\", \"renditions\": ["
        " {\"type\": \"video\", \"links\": [{\"mimeType\": \"video/mp4\", \"href\": \"a.mp4\"}]}"
        "]}]}}";
    char *url, err[160];

    (void)state;
    assert_true(qbrick_is_media(vod, strlen(vod)));
    assert_false(qbrick_playlist(vod, strlen(vod), &url, err, sizeof err));
    assert_string_equal(err, "Qbrick document has no HLS (x-mpegURL) index link");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finds_the_hls_link),
        cmocka_unit_test(test_not_a_document),
        cmocka_unit_test(test_no_hls_rendition),
    };

    return cmocka_run_group_tests_name("qbrick", tests, NULL, NULL);
}
