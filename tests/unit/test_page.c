/* The event page's reader: the Qbrick document a regeringen.se article
 * embeds, found however the page writes the reference. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "page.h"

#define PAGE_URL "https://www.regeringen.se/pressmeddelanden/2026/12/vard-i-rorelse/"
#define DOC "https://video.qbrick.com/api/v1/public/accounts/763558/medias/0f3e5a7c-9d1b"

static void expect_doc(const char *html, const char *want)
{
    char *doc = NULL;

    if (!page_media_document(html, strlen(html), PAGE_URL, &doc))
        fail_msg("no document found in: %s", html);
    if (strcmp(doc, want) != 0)
        fail_msg("found %s, want %s", doc, want);
    free(doc);
}

static void expect_none(const char *html)
{
    char *doc = (char *)"untouched";

    if (page_media_document(html, strlen(html), PAGE_URL, &doc))
        fail_msg("found %s in: %s", doc, html);
    assert_null(doc);
}

static void test_as_pages_write_it(void **state)
{
    (void)state;
    /* the pattern public downloaders match: single quotes, no scheme */
    expect_doc("<script>var p = {src: '//video.qbrick.com/api/v1/public/accounts/763558/medias/"
               "0f3e5a7c-9d1b', autoplay: false};</script>", DOC);
    /* double quotes in an attribute, with other attributes around it */
    expect_doc("<div class=\"video\" data-id=\"x\" data-src=\"https://video.qbrick.com/api/v1/"
               "public/accounts/763558/medias/0f3e5a7c-9d1b\" data-lang=\"sv\"></div>", DOC);
    /* escaped inside JSON */
    expect_doc("<script type=\"application/json\">{\"media\":\"\\/\\/video.qbrick.com\\/api\\/v1"
               "\\/public\\/accounts\\/763558\\/medias\\/0f3e5a7c-9d1b\"}</script>", DOC);
    /* http: kept as written; any host and port (a mirror, a test server) */
    expect_doc("<a href='http://127.0.0.1:8080/api/v1/public/accounts/1/medias/ladder'>",
               "http://127.0.0.1:8080/api/v1/public/accounts/1/medias/ladder");
    /* the first of several */
    expect_doc("x '//a.example/api/v1/public/accounts/1/medias/one' y "
               "'//b.example/api/v1/public/accounts/2/medias/two'",
               "https://a.example/api/v1/public/accounts/1/medias/one");
}

static void test_what_is_no_reference(void **state)
{
    (void)state;
    expect_none("<html><body><p>Sändningen publiceras senare.</p></body></html>");
    /* a path with no host, a reference cut short, no media id */
    expect_none("<a href=\"/api/v1/public/accounts/1/medias/x\">");
    expect_none("'//video.qbrick.com/api/v1/public/accounts/763558/medias/'");
    expect_none("'//video.qbrick.com/api/v1/public/accounts/763558/'");
    expect_none("");
}

static void test_media_id_for_the_screen(void **state)
{
    char id[32];

    (void)state;
    page_media_id(DOC, id, sizeof id);
    assert_string_equal(id, "0f3e5a7c…");
    page_media_id("http://h/api/v1/public/accounts/1/medias/short", id, sizeof id);
    assert_string_equal(id, "short");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_as_pages_write_it),
        cmocka_unit_test(test_what_is_no_reference),
        cmocka_unit_test(test_media_id_for_the_screen),
    };

    return cmocka_run_group_tests_name("page", tests, NULL, NULL);
}
