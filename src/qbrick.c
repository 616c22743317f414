#define _GNU_SOURCE /* strcasestr */
#include "qbrick.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "xalloc.h"

static json_t *resources_of(json_t *doc)
{
    json_t *r = json_object_get(json_object_get(doc, "asset"), "resources");

    return json_is_array(r) ? r : NULL;
}

bool qbrick_is_media(const char *text, size_t len)
{
    json_t *doc = json_loadb(text, len, 0, NULL);
    bool yes = doc != NULL && resources_of(doc) != NULL;

    json_decref(doc);
    return yes;
}

static bool is_index(json_t *o)
{
    const char *type = json_string_value(json_object_get(o, "type"));

    return type != NULL && strcmp(type, "index") == 0;
}

/* The x-mpegURL link among an index rendition's links, or NULL. */
static const char *hls_link(json_t *rendition)
{
    json_t *links = json_object_get(rendition, "links"), *link;
    size_t i;

    json_array_foreach(links, i, link) {
        const char *mime = json_string_value(json_object_get(link, "mimeType"));
        const char *href = json_string_value(json_object_get(link, "href"));

        if (mime != NULL && href != NULL && strcasestr(mime, "x-mpegURL") != NULL)
            return href;
    }
    return NULL;
}

static const char *find_playlist(json_t *resources)
{
    json_t *res, *rendition;
    size_t i, j;

    json_array_foreach(resources, i, res) {
        json_array_foreach(json_object_get(res, "renditions"), j, rendition) {
            const char *href;

            /* the index is marked on the resource or on its rendition */
            if ((is_index(res) || is_index(rendition)) && (href = hls_link(rendition)))
                return href;
        }
    }
    return NULL;
}

bool qbrick_playlist(const char *text, size_t len, char **url, char *err, size_t errsize)
{
    json_error_t jerr;
    json_t *doc = json_loadb(text, len, 0, &jerr);
    json_t *resources;
    const char *href;

    *url = NULL;
    if (doc == NULL) {
        snprintf(err, errsize, "Qbrick document is no JSON: %s (line %d)", jerr.text, jerr.line);
        return false;
    }
    if ((resources = resources_of(doc)) == NULL)
        snprintf(err, errsize, "Qbrick document has no asset.resources");
    else if ((href = find_playlist(resources)) == NULL)
        snprintf(err, errsize, "Qbrick document has no HLS (x-mpegURL) index link");
    else
        *url = xstrdup(href);
    json_decref(doc);
    return *url != NULL;
}
