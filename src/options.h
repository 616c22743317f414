/* options: the command line. One table, option_docs, gives getopt_long
 * its options and --help its text. */
#ifndef PODIUM_OPTIONS_H
#define PODIUM_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "role.h"

enum mode { MODE_RUN, MODE_CHECK, MODE_DUMP, MODE_PROBE, MODE_HELP, MODE_VERSION };

struct options {
    enum mode mode;
    const char *config; /* NULL: the default path */
    int64_t at;         /* seconds since midnight, -1 when not given */
    double speed;
    enum role role;
    bool role_given;
    const char *journal; /* NULL: the default path */
    bool fresh, follow;
    bool live; /* today's clock, whatever the programme's date */
};

struct option_doc {
    const char *name;  /* long name */
    int short_name;    /* 0 when none */
    int id;            /* what getopt_long returns for it */
    const char *arg;   /* NULL for a flag */
    const char *help;
};

extern const struct option_doc option_docs[];
extern const size_t option_docs_len;

/* false with a message on err for a usage error */
bool options_parse(struct options *o, int argc, char **argv, FILE *err);
void options_usage(FILE *out);

#endif
