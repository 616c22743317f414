/* url: resolving the relative references a playlist holds. */
#ifndef PODIUM_URL_H
#define PODIUM_URL_H

/* ref resolved against the absolute URL base (RFC 3986 §5.2), as a new
 * string the caller frees. */
char *url_resolve(const char *base, const char *ref);

#endif
