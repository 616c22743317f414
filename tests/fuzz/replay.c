/* A libFuzzer stand-in for `make fuzz-replay`: built with the project's
 * own compiler, it runs a harness's LLVMFuzzerTestOneInput once on every
 * file named, or in the directories named (not below them), in order.
 * A crash, a sanitizer's report or a leak fails the run; so does a file
 * that cannot be read. Says how many inputs it ran, on stderr. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *data = NULL;
    size_t size = 0, cap = 0, n;

    if (f == NULL) {
        perror(path);
        return 1;
    }
    do {
        if (size == cap && (data = realloc(data, cap = cap * 2 + 4096)) == NULL)
            abort();
        n = fread(data + size, 1, cap - size, f);
        size += n;
    } while (n > 0);
    fclose(f);
    /* exactly size bytes, as libFuzzer gives them: ASan sees a read past */
    uint8_t *copy = malloc(size ? size : 1);

    if (copy == NULL)
        abort();
    memcpy(copy, data, size);
    free(data);
    LLVMFuzzerTestOneInput(copy, size);
    free(copy);
    return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

int main(int argc, char **argv)
{
    int failed = 0, runs = 0;

    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        struct stat st;
        struct dirent **names;
        int n;

        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            failed = 1;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            failed |= run_file(argv[i]);
            runs++;
        } else if ((n = scandir(argv[i], &names, NULL, by_name)) < 0) {
            perror(argv[i]);
            failed = 1;
        } else {
            for (int k = 0; k < n; k++) {
                char *path = malloc(strlen(argv[i]) + strlen(names[k]->d_name) + 2);

                if (path == NULL)
                    abort();
                sprintf(path, "%s/%s", argv[i], names[k]->d_name);
                if (names[k]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
                    failed |= run_file(path);
                    runs++;
                }
                free(path);
                free(names[k]);
            }
            free(names);
        }
    }
    fprintf(stderr, "  %-4s %s: %d input%s\n", "RAN", argv[0], runs, runs == 1 ? "" : "s");
    return failed;
}
