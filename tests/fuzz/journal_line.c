/* Feeds one journal line (JSON, podium(5)) to journal_codec.c, matched
 * against the default programme's fresh day: as an event, a header (its
 * rehearsal clock) and a stream line. An event read is written again
 * and must read back the same: what the journal keeps is what the day
 * replays. A journal is a file on the laptop: torn by a crash, written
 * by a newer podium, or edited by hand. */
#include "fuzz.h"
#include "journal.h"
#include "journal_codec.h"

static struct programme *prog;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    prog = fuzz_programme();
    return 0;
}

/* The fields of ev that its type writes (journal_encode). */
static bool same(const struct agenda_event *x, const struct agenda_event *y)
{
    bool stage = x->type == AGENDA_MESSAGE || x->type == AGENDA_BLACKOUT;
    bool people = (x->type >= AGENDA_SPEAKER_START && x->type <= AGENDA_SPEAKER_REMOVE) ||
                  x->type == AGENDA_SPEAKER_ALLOT;
    bool place = people || x->type == AGENDA_FILM || x->type == AGENDA_FILM_BACK ||
                 x->type == AGENDA_ITEM_LENGTH || x->type == AGENDA_ITEM_INSERT ||
                 x->type == AGENDA_BLACKOUT;
    bool named = x->type == AGENDA_ITEM_INSERT || x->type == AGENDA_MESSAGE;

    return x->type == y->type && x->at == y->at && x->undo == y->undo &&
           x->remote == y->remote &&
           (stage || (x->item == y->item && x->with_prev == y->with_prev)) &&
           (!place || x->place == y->place) &&
           (!people || (x->queue == y->queue && x->speaker == y->speaker)) &&
           (!named || strcmp(x->name, y->name) == 0) &&
           (x->type != AGENDA_ITEM_INSERT || x->kind == y->kind) &&
           (x->type != AGENDA_MESSAGE || x->speaker == y->speaker);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *line = (const char *)data;
    struct agenda a;
    struct agenda_event ev, back;
    struct journal_clock clock;
    struct journal_stream s;
    int64_t wall, wall_back;
    char why[160], *again;

    agenda_init(&a, prog);
    (void)journal_is_header(line, size);
    (void)journal_decode_clock(line, size, &clock);
    if (journal_decode_stream(line, size, &s))
        free(journal_encode_stream(&s));
    if (journal_decode(line, size, &a, &ev, &wall, why, sizeof why) == DECODE_EVENT) {
        again = journal_encode(&a, &ev, wall >= 0 ? wall : 0);
        if (journal_decode(again, strlen(again), &a, &back, &wall_back, why, sizeof why) !=
                DECODE_EVENT ||
            !same(&ev, &back))
            abort();
        free(again);
    }
    agenda_free(&a);
    return 0;
}
