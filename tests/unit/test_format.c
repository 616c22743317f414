/* The stream formats' table: names written once, each reader saying what
 * its answer leads to, and no way that leads back on itself. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stream_format.h"

#define PAGE "<html><script>src: '//video.test/api/v1/public/accounts/7/medias/abcdef1234'" \
             "</script></html>"
#define DOC "{\"asset\":{\"resources\":[{\"type\":\"index\",\"renditions\":[{\"type\":\"index\"," \
            "\"links\":[{\"mimeType\":\"application/x-mpegURL\",\"href\":\"/live/master.m3u8\"}]}]}]}}"

static struct format_answer read_as(enum stream_format f, const char *text, bool playlist,
                                    const char *url)
{
    struct format_input in = {.text = text, .len = strlen(text), .playlist = playlist, .url = url};
    struct format_answer a = {0};

    stream_formats[f].read(&in, &a);
    return a;
}

static void test_names_written_once(void **state)
{
    char list[128];
    enum stream_format f;

    (void)state;
    stream_format_list(list, sizeof list);
    assert_string_equal(list, "auto, page, qbrick, hls or http");
    for (int i = 0; i < FORMATS; i++) {
        assert_true(stream_format_by_name(stream_formats[i].name, &f));
        assert_int_equal(f, i);
        assert_non_null(stream_formats[i].what);
        assert_true(i == FORMAT_AUTO || stream_formats[i].read != NULL);
    }
    assert_false(stream_format_by_name("dash", &f));
}

/* page → qbrick → hls: each step says where it leads and how the next is
 * read; a playlist leads nowhere further, so no way can loop. */
static void test_the_way(void **state)
{
    struct format_answer a;

    (void)state;
    a = read_as(FORMAT_PAGE, PAGE, false, "https://www.regeringen.se/x/");
    assert_int_equal(a.lead, LEAD_FOLLOW);
    assert_int_equal(a.next_as, FORMAT_QBRICK);
    assert_string_equal(a.next, "https://video.test/api/v1/public/accounts/7/medias/abcdef1234");
    assert_string_equal(a.step, "page");
    free(a.next);
    a = read_as(FORMAT_QBRICK, DOC, false,
                "https://video.test/api/v1/public/accounts/7/medias/abcdef1234");
    assert_int_equal(a.lead, LEAD_FOLLOW);
    assert_int_equal(a.next_as, FORMAT_HLS);
    assert_string_equal(a.next, "https://video.test/live/master.m3u8");
    assert_string_equal(a.step, "qbrick media abcdef12…");
    free(a.next);
    a = read_as(FORMAT_HLS, "", true, "https://video.test/live/master.m3u8");
    assert_int_equal(a.lead, LEAD_PLAYLIST);
    a = read_as(FORMAT_HTTP, "<html></html>", false, "https://www.regeringen.se/");
    assert_int_equal(a.lead, LEAD_UP);
}

static void test_not_this(void **state)
{
    struct format_answer a;

    (void)state;
    a = read_as(FORMAT_PAGE, "<html>Sändningen publiceras senare</html>", false, "http://h/");
    assert_int_equal(a.lead, LEAD_NOT_THIS);
    assert_string_equal(a.why, "no Qbrick video on this page: is the broadcast published yet?");
    a = read_as(FORMAT_QBRICK, "", true, "http://h/");
    assert_int_equal(a.lead, LEAD_NOT_THIS);
    assert_string_equal(a.why, "not a Qbrick media document (a playlist)");
    a = read_as(FORMAT_QBRICK, "{\"asset\":{\"resources\":[]}}", false, "http://h/");
    assert_int_equal(a.lead, LEAD_FAIL);
    assert_string_equal(a.why, "Qbrick document has no HLS (x-mpegURL) index link");
    a = read_as(FORMAT_HLS, "<html></html>", false, "http://h/");
    assert_int_equal(a.lead, LEAD_NOT_THIS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_written_once),
        cmocka_unit_test(test_the_way),
        cmocka_unit_test(test_not_this),
    };

    return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
