/* Feeds podium.cfg: the bytes go to a file of their own under $TMPDIR
 * (or /tmp) and are loaded as podium loads its configuration: the
 * language looked up first, then config_load() with every error
 * collected and printed, then --check's table of the plan and --dump's
 * day at the moment a rehearsal on another day starts (or at 10:00). A
 * configuration is hand-edited text, copied between regions' laptops;
 * libconfig parses it, settings.c and config.c judge every value. */
#include <stdio.h>
#include <unistd.h>

#include "agenda_view.h"
#include "day.h"
#include "dump.h"
#include "fuzz.h"
#include "i18n.h"

static FILE *devnull; /* what --check prints goes nowhere */
static char *dir;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");

    (void)argc;
    (void)argv;
    devnull = fopen("/dev/null", "w");
    dir = xstrdup(tmp && tmp[0] == '/' ? tmp : "/tmp");
    return devnull == NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = xasprintf("%s/podium-fuzz-XXXXXX", dir), *lang;
    int fd = mkstemp(path);
    struct diag d = {0};
    struct programme *prog;

    if (fd < 0 || write(fd, data, size) != (ssize_t)size)
        abort();
    close(fd);
    lang = config_language(path);
    i18n_language(lang); /* its errors in its language, as main() has it */
    free(lang);
    prog = config_load(path, &d);
    diag_print(&d, devnull);
    diag_free(&d);
    if (prog != NULL) {
        struct day_choice day = day_choose(prog, "2026-12-02", -1, 1.0, false);
        int64_t now = day.at >= 0 ? day.at : 10 * 3600; /* today's: at 10:00 */
        struct agenda a;
        struct agenda_view v;

        dump_programme(prog, devnull);
        agenda_init(&a, prog);
        agenda_view_init(&v, &a);
        agenda_view_update(&v, &a, now);
        dump_state(&a, &v, now, devnull);
        agenda_view_free(&v);
        agenda_free(&a);
    }
    programme_free(prog);
    unlink(path);
    free(path);
    return 0;
}
