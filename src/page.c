#include "page.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "url.h"
#include "xalloc.h"

#define MARK "/api/v1/public/accounts/"

static bool id_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.';
}

static bool host_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '.' || c == ':' || c == '[' || c == ']';
}

/* The HTML with every "\/" made "/": JSON inside a page escapes them. */
static char *unescaped(const char *html, size_t len)
{
    char *out = xmalloc(len + 1);
    size_t n = 0;

    for (size_t i = 0; i < len; i++) {
        if (html[i] == '\\' && i + 1 < len && html[i + 1] == '/')
            continue;
        out[n++] = html[i] == '\0' ? ' ' : html[i];
    }
    out[n] = '\0';
    return out;
}

/* "ACCOUNT/medias/MEDIA" after the mark; its length, 0 when it is not. */
static size_t ids_after(const char *s)
{
    size_t a = 0, m;

    while (id_char(s[a]))
        a++;
    if (a == 0 || strncmp(s + a, "/medias/", 8) != 0)
        return 0;
    for (m = 0; id_char(s[a + 8 + m]); m++)
        ;
    return m == 0 ? 0 : a + 8 + m;
}

/* The reference whose MARK is at mark, as an absolute URL; NULL when what
 * stands around it is no reference ("//host" before it is needed). */
static char *reference_at(const char *text, const char *mark, const char *page_url)
{
    const char *host = mark, *end = mark + strlen(MARK);
    size_t ids = ids_after(end);
    char *ref, *url;

    while (host > text && host_char(host[-1]))
        host--;
    if (ids == 0 || host == mark || host - text < 2 || strncmp(host - 2, "//", 2) != 0)
        return NULL;
    host -= 2;
    if (host - text >= 6 && strncasecmp(host - 6, "https:", 6) == 0)
        host -= 6;
    else if (host - text >= 5 && strncasecmp(host - 5, "http:", 5) == 0)
        host -= 5;
    ref = xstrndup(host, (size_t)(end + ids - host));
    url = url_resolve(page_url, ref);
    free(ref);
    return url;
}

bool page_media_document(const char *html, size_t len, const char *page_url, char **doc)
{
    char *text = unescaped(html, len);
    const char *at = text;

    *doc = NULL;
    while (*doc == NULL && (at = strstr(at, MARK)) != NULL) {
        *doc = reference_at(text, at, page_url);
        at += strlen(MARK);
    }
    free(text);
    return *doc != NULL;
}

void page_media_id(const char *doc, char *out, size_t size)
{
    const char *m = strstr(doc, "/medias/");
    size_t n = 0;

    m = m ? m + 8 : doc;
    while (id_char(m[n]))
        n++;
    if (n > 8)
        snprintf(out, size, "%.8s…", m);
    else
        snprintf(out, size, "%.*s", (int)n, m);
}
