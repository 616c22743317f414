#include "stream_config.h"

#include "i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

static void load_format(struct reader *r, const config_setting_t *g, struct stream_config *sc)
{
    const char *name = settings_default("stream", "format");
    char list[128];

    config_setting_lookup_string(g, "format", &name);
    if (stream_format_by_name(name, &sc->format))
        return;
    stream_format_list(list, sizeof list);
    diag_add(r->d, r->path, settings_member_line(g, "format", sc->line),
             _("unknown format \"%s\" in stream (use %s)"), name, list);
}

static bool web_address(const char *url)
{
    return strncasecmp(url, "https://", 8) == 0 || strncasecmp(url, "http://", 7) == 0;
}

static void check_url(struct reader *r, const config_setting_t *g, struct stream_config *sc)
{
    int line = settings_member_line(g, "url", sc->line);

    if (sc->url == NULL) {
        if (config_setting_get_member(g, "url") == NULL)
            diag_add(r->d, r->path, line, _("stream has no url = \"https://...\";"));
    } else if (!web_address(sc->url)) {
        diag_add(r->d, r->path, line,
                 _("url \"%s\" in stream must begin with https:// or http://"), sc->url);
    }
    if (sc->reference_url != NULL && !web_address(sc->reference_url)) {
        diag_add(r->d, r->path, settings_member_line(g, "reference_url", sc->line),
                 _("reference_url \"%s\" in stream must begin with https:// or http://"),
                 sc->reference_url);
    }
}

/* The CA file is read on every poll: a wrong path must show now, not on
 * the day as a stream that looks down. */
static void check_ca_file(struct reader *r, const config_setting_t *g, struct stream_config *sc)
{
    FILE *f;

    if (sc->ca_file == NULL)
        return;
    if ((f = fopen(sc->ca_file, "r")) == NULL) {
        diag_add(r->d, r->path, settings_member_line(g, "ca_file", sc->line),
                 _("cannot read ca_file \"%s\" in stream: %s"), sc->ca_file, strerror(errno));
        return;
    }
    fclose(f);
}

struct stream_config *stream_config_load(struct reader *r, const config_setting_t *root)
{
    const config_setting_t *g = config_setting_get_member(root, "stream");
    size_t errors = r->d->n;
    struct stream_config *sc;

    if (g == NULL || config_setting_type(g) != CONFIG_TYPE_GROUP)
        return NULL; /* a stream that is no group is reported by settings_check */
    sc = xcalloc(1, sizeof *sc);
    sc->line = settings_line(g);
    settings_check(r, g, "stream", "stream");
    sc->url = settings_text(r, g, "stream", "url", "stream");
    sc->ca_file = settings_text(r, g, "stream", "ca_file", "stream");
    sc->reference_url = settings_text(r, g, "stream", "reference_url", "stream");
    sc->interval = settings_int(r, g, "stream", "interval", "stream");
    sc->timeout = settings_int(r, g, "stream", "timeout", "stream");
    sc->stall_factor = settings_float(r, g, "stream", "stall_factor", "stream");
    sc->slow_ms = settings_int(r, g, "stream", "slow_ms", "stream");
    load_format(r, g, sc);
    check_url(r, g, sc);
    check_ca_file(r, g, sc);
    if (sc->timeout >= sc->interval)
        diag_add(r->d, r->path, settings_member_line(g, "timeout", sc->line),
                 _("timeout %d in stream must be less than interval %d: a poll ends before "
                 "the next begins"), sc->timeout, sc->interval);
    if (r->d->n > errors) {
        stream_config_free(sc);
        return NULL;
    }
    return sc;
}

void stream_config_free(struct stream_config *sc)
{
    if (sc == NULL)
        return;
    free(sc->url);
    free(sc->ca_file);
    free(sc->reference_url);
    free(sc);
}
