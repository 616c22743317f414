/* config: reads a podium.cfg (libconfig syntax) into a programme.
 * Every setting goes through a table of known names and types, so a typo
 * is an error with its line, never silently ignored. The settings are
 * documented in podium.cfg(5). */
#ifndef PODIUM_CONFIG_H
#define PODIUM_CONFIG_H

#include <stdio.h>

#include "diag.h"
#include "programme.h"

/* Returns the programme, or NULL with every problem added to d. */
struct programme *config_load(const char *path, struct diag *d);

/* The configuration to use when -c is not given: $XDG_CONFIG_HOME (or
 * ~/.config) /podium/podium.cfg when it exists, else the installed
 * default. Caller frees. */
char *config_default_path(void);

/* Every setting with a line of help, for --help. */
void config_usage(FILE *out);

/* Every setting name the loader knows, NULL-terminated, as "group.name"
 * ("agenda.start"), for the documentation test. */
const char *const *config_setting_names(void);

#endif
