#include "i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PODIUM_LOCALEDIR
#define PODIUM_LOCALEDIR "/usr/local/share/locale"
#endif
#define DOMAIN "podium"

static bool swedish;

static bool is_dir(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* build/podium and build/san/podium find build/locale and
 * build/san/locale beside them: run from the checkout, they speak the
 * catalogue just built, not an older installed one. An installed tree
 * moved or unpacked elsewhere (dpkg-deb -x DIR, an install under
 * DESTDIR) finds BIN/../share/locale beside its BIN/../share/podium; at
 * home that is LOCALEDIR itself. */
static void bind_catalogue(void)
{
    char exe[PATH_MAX], dir[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash;

    if (n > 0) {
        exe[n] = '\0';
        if ((slash = strrchr(exe, '/')) != NULL)
            *slash = '\0';
        snprintf(dir, sizeof dir, "%s/locale", exe);
        if (is_dir(dir)) {
            bindtextdomain(DOMAIN, dir);
            return;
        }
        snprintf(dir, sizeof dir, "%s/../share/podium", exe);
        if (is_dir(dir)) {
            snprintf(dir, sizeof dir, "%s/../share/locale", exe);
            bindtextdomain(DOMAIN, dir);
            return;
        }
    }
    bindtextdomain(DOMAIN, PODIUM_LOCALEDIR);
}

/* The language the environment asks for, as gettext would look: "" for
 * none. */
static const char *wanted(void)
{
    static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};

    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);

        if (v != NULL && v[0] != '\0')
            return v;
    }
    return "";
}

void i18n_language(const char *lang)
{
    const char *msgs = setlocale(LC_MESSAGES, NULL);

    if (lang == NULL)
        lang = wanted();
    swedish = lang[0] == 's' && lang[1] == 'v';
    /* one language, whatever else LANGUAGE lists; under C or POSIX
     * (no Swedish locale generated) gettext would not look at it */
    setenv("LANGUAGE", swedish ? "sv" : "en", 1);
    if (swedish && msgs != NULL && (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0))
        setlocale(LC_MESSAGES, "C.UTF-8");
    textdomain(DOMAIN); /* forgets what was translated in another language */
}

void i18n_init(void)
{
    bind_catalogue();
    bind_textdomain_codeset(DOMAIN, "UTF-8");
    i18n_language(NULL);
}

bool i18n_swedish(void)
{
    return swedish;
}

const char *i18n_decimal(char *buf, size_t size, double v)
{
    char *dot;

    snprintf(buf, size, "%.1f", v);
    /* TRANSLATORS: the decimal separator (Swedish: a comma) */
    if ((dot = strchr(buf, '.')) != NULL)
        *dot = _(".")[0];
    return buf;
}
