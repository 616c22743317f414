/* settings: the table of every setting podium.cfg may hold (where it
 * stands, its type, the range of a number, its default, a line of help),
 * and the typed
 * lookups that go through it. A name the table does not know is an error
 * with its line, never silently ignored; so is a value of the wrong type
 * or out of range. Each error goes to the reader's diag. */
#ifndef PODIUM_SETTINGS_H
#define PODIUM_SETTINGS_H

#include <libconfig.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"

struct reader {
    const char *path;
    struct diag *d;
    /* the file as read, once (NULL when it could not be): where a
     * number's literal is looked at as written (settings_int) */
    char *text;
};

int settings_line(const config_setting_t *s);
/* The line of grp's member name, or fallback when it is absent. */
int settings_member_line(const config_setting_t *grp, const char *name, int fallback);

/* Reports members of grp (a group in the table: "", "event", "agenda",
 * "speakers") that are unknown or of the wrong type; where names the
 * place in messages ("agenda item 3"). False if any was wrong. */
bool settings_check(struct reader *r, const config_setting_t *grp, const char *group,
                    const char *where);

/* A copy of a string member, UTF-8 without control characters; when
 * absent, the table's default (NULL when it has none); NULL when wrong.
 * Caller frees. */
char *settings_text(struct reader *r, const config_setting_t *grp, const char *group,
                    const char *name, const char *where);
/* The same for the string setting s itself (a list's element): name
 * and where say which in messages. */
char *settings_string(struct reader *r, const config_setting_t *s, const char *name,
                      const char *where);
/* A time-of-day member ("10:15" or "10.15"); false when absent or wrong. */
bool settings_time(struct reader *r, const config_setting_t *grp, const char *name,
                   const char *where, int64_t *out);
/* The table's default of a setting, as a value ("5", "auto"); NULL when
 * it has none. */
const char *settings_default(const char *group, const char *name);
/* A whole-number member within its table range; the table's default
 * (-1 when it has none) when absent or wrong. */
int settings_int(struct reader *r, const config_setting_t *grp, const char *group,
                 const char *name, const char *where);
/* A number member (whole or not) within its table range; the table's
 * default (-1 when none) when absent or wrong. */
double settings_float(struct reader *r, const config_setting_t *grp, const char *group,
                      const char *name, const char *where);
/* A true/false member; the table's default when absent. */
bool settings_bool(const config_setting_t *grp, const char *group, const char *name);

/* Every setting with its line of help, for --help. */
void settings_usage(FILE *out);
/* Every setting as "group.name", NULL-terminated, for the docs test. */
const char *const *settings_names(void);

#endif
