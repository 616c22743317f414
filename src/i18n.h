/* i18n: the words podium shows, in the user's language (GNU gettext).
 *
 * Swedish when the configuration says language = "sv", else when the
 * environment does (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, the first one
 * set); English otherwise. A laptop without a Swedish locale gets Swedish
 * all the same: messages then take the C.UTF-8 locale, under which
 * gettext honours LANGUAGE (it ignores it under plain C).
 *
 * Mark what is shown with _("..."), a string in a table with N_("...")
 * and translate it where it is shown, a count with P_(one, many, n).
 * What machines read stays English: the journal, CSV, configuration keys. */
#ifndef PODIUM_I18N_H
#define PODIUM_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(one, many, n) ngettext(one, many, n)

/* Binds the catalogue: the build tree's when the program runs from it
 * (build/locale beside the binary), else the installed one. Then the
 * language the environment asks for. */
void i18n_init(void);

/* Sets the language: "sv", "en", or NULL for the environment's. */
void i18n_language(const char *lang);

/* v with one decimal, "86.1", or "86,1" where the language writes a
 * decimal comma. Into buf; returns buf. */
const char *i18n_decimal(char *buf, size_t size, double v);

/* Whether the words come out in Swedish now. */
bool i18n_swedish(void);

#endif
