/* remote: `podium do ACTION [ARG]`, a step of the day from outside the
 * terminal (a Stream Deck through Bitfocus Companion, a foot switch, a
 * script over ssh). It joins the day's journal as a dashboard would (-c,
 * --journal, the rehearsal flags), takes the step the key would, through
 * the same code and under the same role guard (--role, default the
 * moderator; --yes answers the guard's question), waits at most 5 s for
 * the journal's lock, and exits 0 with what it did, or 1 with why not.
 * Every open screen shows the step within a second; the journal and the
 * report mark it as sent by podium do. No curses. */
#ifndef PODIUM_REMOTE_H
#define PODIUM_REMOTE_H

#include <stdio.h>

/* argv[0] is "do"; the exit status. */
int remote_main(int argc, char **argv);
/* The actions, one a line, for --help. */
void remote_usage(FILE *out);

#endif
