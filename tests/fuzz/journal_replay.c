/* Feeds a whole journal (JSON Lines, podium(5)) and resumes the day from
 * it as podium does after a crash, on the default programme and a fake
 * clock (no state directory, no real time): every complete line decoded
 * (journal_codec.c) and its events applied to the agenda in order, a
 * torn last line skipped, the stream's lines replayed into the
 * technician's incidents (as watcher_restore, for the day of the header),
 * the header's rehearsal clock restarted an hour later (session.c's
 * rehearsal_clock). Then the day as --dump and the stage screen show it,
 * and every key's next step (n, u, m, s, f, p) taken on it. A journal is a file on the
 * laptop: torn by a crash, shared by terminals, edited by hand. */
#include <stdio.h>

#include "agenda_view.h"
#include "clock.h"
#include "dump.h"
#include "fuzz.h"
#include "journal.h"
#include "journal_codec.h"
#include "stage_view.h"
#include "stream.h"

#define DAY_MS (86400 * 1000LL)
#define LATER_MS (3600 * 1000LL) /* podium restarts an hour after the header */

static struct programme *prog;

/* Every key's next step on the day read: n, u, m, s, f, p. */
static bool (*const keys[])(const struct agenda *, int64_t, struct agenda_event *) = {
    agenda_event_next, agenda_event_undo,  agenda_event_poll,
    agenda_event_speaker, agenda_event_film, agenda_event_press,
};
static FILE *devnull; /* what --dump prints goes nowhere */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    prog = fuzz_programme();
    devnull = fopen("/dev/null", "w");
    return devnull == NULL;
}

static int64_t fake_ms(void *ctx)
{
    return *(const int64_t *)ctx;
}

struct day {
    struct agenda a;
    struct stream_health h;
    int64_t epoch, midnight; /* the header's time, its (UTC) day's start */
    bool has_clock;
    struct journal_clock clock;
    int64_t latest; /* the latest event's time */
};

static void take_line(struct day *d, const char *line, size_t len, bool first)
{
    struct agenda_event ev;
    struct journal_stream s;
    char why[160];
    int64_t wall;

    switch (journal_decode(line, len, &d->a, &ev, &wall, why, sizeof why)) {
    case DECODE_EVENT:
        agenda_apply(&d->a, &ev);
        d->latest = ev.at > d->latest ? ev.at : d->latest;
        break;
    case DECODE_HEADER:
        if (first && wall >= 0) {
            d->epoch = wall;
            d->midnight = wall - wall % DAY_MS;
            d->has_clock = journal_decode_clock(line, len, &d->clock);
        }
        break;
    case DECODE_STREAM:
        if (journal_decode_stream(line, len, &s) && !s.ack && s.wall_ms >= d->midnight &&
            s.wall_ms < d->midnight + DAY_MS)
            stream_add_past(&d->h, s.state, s.outage, s.reason, s.wall_ms - d->midnight);
        break;
    default:
        break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size, *nl;
    struct day d = {.latest = -1};
    struct clock_source src = {fake_ms, fake_ms, NULL, fake_ms};
    struct agenda_view v;
    struct stage_view stage;
    struct agenda_event ev;
    int64_t now, fake;
    struct clock c;

    agenda_init(&d.a, prog);
    stream_init(&d.h, prog->stream, 0, 12 * 3600 * 1000LL);
    for (bool first = true; (nl = memchr(p, '\n', (size_t)(end - p))) != NULL; first = false) {
        if (nl > p)
            take_line(&d, p, (size_t)(nl - p), first);
        p = nl + 1;
    } /* what is left has no end yet: torn, skipped */
    stream_past_end(&d.h);
    (void)stream_live_share(&d.h);
    now = d.latest >= 0 ? d.latest : prog->items[0].start;
    if (d.has_clock) { /* session.c's rehearsal_clock(), an hour on */
        int64_t gone;

        fake = d.epoch + LATER_MS;
        src.ctx = &fake;
        gone = fake - d.clock.epoch_ms;
        clock_init(&c, src,
                   d.clock.at + (int64_t)((double)(gone > 0 ? gone : 0) * d.clock.speed / 1000.0),
                   d.clock.speed);
        now = clock_now(&c);
    }
    agenda_view_init(&v, &d.a);
    agenda_view_update(&v, &d.a, now);
    dump_state(&d.a, &v, now, devnull);
    stage_view_update(&stage, &d.a, &v, now);
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (keys[k](&d.a, now, &ev))
            agenda_apply(&d.a, &ev);
    }
    agenda_view_update(&v, &d.a, now);
    dump_state(&d.a, &v, now, devnull);
    agenda_view_free(&v);
    stream_free(&d.h);
    agenda_free(&d.a);
    return 0;
}
