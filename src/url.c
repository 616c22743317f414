#include "url.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Length of "scheme:" at the start of s, 0 when it has none. */
static size_t scheme_len(const char *s)
{
    size_t i = 0;

    if (!isalpha((unsigned char)s[0]))
        return 0;
    while (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
        i++;
    return s[i] == ':' ? i + 1 : 0;
}

/* Length of "scheme://authority" at the start of an absolute URL. */
static size_t origin_len(const char *url)
{
    size_t n = scheme_len(url);

    if (strncmp(url + n, "//", 2) == 0)
        n += 2 + strcspn(url + n + 2, "/?#");
    return n;
}

/* Drops the last segment of out, with its '/' (RFC 3986 §5.2.4 C). */
static void drop_segment(char *out, size_t *n)
{
    while (*n > 0 && out[--*n] != '/')
        ;
    out[*n] = '\0';
}

/* RFC 3986 §5.2.4: "/a/b/../c/./d" becomes "/a/c/d". In place: the
 * output never outgrows what has been read. */
static void remove_dot_segments(char *path)
{
    const char *in = path;
    char *out = xstrdup(path);
    size_t n = 0;

    while (*in) {
        if (strncmp(in, "../", 3) == 0 || strncmp(in, "./", 2) == 0) {
            in += in[1] == '.' ? 3 : 2;
        } else if (strncmp(in, "/./", 3) == 0) {
            in += 2;
        } else if (strcmp(in, "/.") == 0) {
            in = "/";
        } else if (strncmp(in, "/../", 4) == 0) {
            in += 3;
            drop_segment(out, &n);
        } else if (strcmp(in, "/..") == 0) {
            in = "/";
            drop_segment(out, &n);
        } else if (strcmp(in, ".") == 0 || strcmp(in, "..") == 0) {
            in += strlen(in);
        } else {
            do
                out[n++] = *in++;
            while (*in && *in != '/');
        }
    }
    out[n] = '\0';
    memcpy(path, out, n + 1);
    free(out);
}

/* origin + path, with the path's dot segments removed. */
static char *join(const char *origin, size_t origin_n, const char *path)
{
    size_t q = strcspn(path, "?#");
    char *p = xstrndup(path, q);
    char *out;

    remove_dot_segments(p);
    out = xasprintf("%.*s%s%s", (int)origin_n, origin, p, path + q);
    free(p);
    return out;
}

char *url_resolve(const char *base, const char *ref)
{
    size_t origin = origin_len(base), dir;
    char *path, *out;

    if (scheme_len(ref) > 0)
        return join(ref, origin_len(ref), ref + origin_len(ref));
    if (strncmp(ref, "//", 2) == 0)
        return xasprintf("%.*s%s", (int)scheme_len(base), base, ref);
    if (ref[0] == '/')
        return join(base, origin, ref);
    if (ref[0] == '\0' || ref[0] == '#')
        return xasprintf("%.*s%s", (int)strcspn(base, "#"), base, ref);
    if (ref[0] == '?')
        return xasprintf("%.*s%s", (int)strcspn(base, "?#"), base, ref);
    /* merge: the base path up to its last '/', then ref */
    dir = strcspn(base + origin, "?#");
    while (dir > 0 && base[origin + dir - 1] != '/')
        dir--;
    path = xasprintf("%s%.*s%s", dir == 0 ? "/" : "", (int)dir, base + origin, ref);
    out = join(base, origin, path);
    free(path);
    return out;
}

const char *url_shown(const char *url, char *buf, size_t size)
{
    const char *auth = strstr(url, "://"), *end, *at, *colon;

    snprintf(buf, size, "%s", url);
    if (auth == NULL)
        return buf;
    auth += 3;
    end = auth + strcspn(auth, "/?#");
    /* the last @ before the path ends the user information */
    for (at = end; at > auth && at[-1] != '@'; at--)
        ;
    if (at == auth)
        return buf;
    colon = memchr(auth, ':', (size_t)(at - 1 - auth));
    if (colon == NULL)
        return buf;
    snprintf(buf, size, "%.*s:***%s", (int)(colon - url), url, at - 1);
    return buf;
}
