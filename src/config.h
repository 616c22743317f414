/* config: reads a podium.cfg (libconfig syntax) into a programme and
 * checks what lies between settings: order, overlaps, ends. Every single
 * setting goes through the table in settings.h. The file is documented in
 * podium.cfg(5). */
#ifndef PODIUM_CONFIG_H
#define PODIUM_CONFIG_H

#include "diag.h"
#include "programme.h"

/* Returns the programme, or NULL with every problem added to d. */
struct programme *config_load(const char *path, struct diag *d);

/* The language the configuration at path sets ("sv", "en"), read ahead
 * so that even its errors come out in it; NULL when it sets none or
 * cannot be read. Caller frees. */
char *config_language(const char *path);

/* The configuration to use when -c is not given: $XDG_CONFIG_HOME (or
 * ~/.config) /podium/podium.cfg when it exists, else the installed
 * default. Caller frees. */
char *config_default_path(void);

#endif
