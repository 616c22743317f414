/* page: the broadcast's event page (an article on regeringen.se) and the
 * Qbrick media document it embeds. Such a page carries the player's
 * document as a reference of the form
 *   //video.qbrick.com/api/v1/public/accounts/ACCOUNT/medias/MEDIA
 * somewhere in its HTML: in a script or an attribute, in single or double
 * quotes, protocol-relative or with http(s):, its slashes perhaps escaped
 * as "\/" inside JSON. Any host is accepted, so that a mirror or a test
 * server can stand in. HTML in, a URL out: no network. */
#ifndef PODIUM_PAGE_H
#define PODIUM_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#define PAGE_NO_VIDEO "no Qbrick video on this page: is the broadcast published yet?"

/* The first reference's document URL in *doc (the caller frees it),
 * resolved against the page's URL; false when the page holds none. */
bool page_media_document(const char *html, size_t len, const char *page_url, char **doc);

/* The MEDIA part of a document URL, shortened for the screen to at most
 * 8 characters and an ellipsis: "0f3e5a7c…". */
void page_media_id(const char *doc, char *out, size_t size);

#endif
