#include "report_day.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "i18n.h"
#include "stream_track.h"
#include "timefmt.h"
#include "xalloc.h"

/* Room for one more in a list of n with room for *cap: doubled, so that
 * a day of 36,000 stream lines is read in linear time. */
static void *room(void *list, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return list;
    *cap = *cap ? *cap * 2 : 16;
    return xrealloc(list, *cap, size);
}

static void stream_line(void *ctx, const struct journal_stream *s)
{
    struct report_day *d = ctx;

    if (s->ack)
        return;
    d->stream = room(d->stream, d->n_stream, &d->cap_stream, sizeof *d->stream);
    d->stream[d->n_stream++] = *s;
}

static void keep(struct report_edit **list, size_t *n, size_t *cap, const struct report_edit *e)
{
    *list = room(*list, *n, cap, sizeof **list);
    (*list)[(*n)++] = *e;
}

/* An item went in at `at` (moved > 0) or came out of it (< 0): the kept
 * steps' items at the end of the day move with it. */
static void renumber(struct report_edit *list, size_t n, int at, int moved)
{
    for (size_t i = 0; i < n; i++) {
        if (list[i].item < at) /* before it, or none (-1) */
            continue;
        if (moved < 0 && list[i].item == at)
            list[i].item = -1;
        else
            list[i].item += moved;
    }
}

static void renumber_all(struct report_day *d, int at, int moved)
{
    renumber(d->edits, d->n_edits, at, moved);
    renumber(d->stage, d->n_stage, at, moved);
    renumber(d->remote, d->n_remote, at, moved);
}

static bool is_edit(enum agenda_event_type t)
{
    return t == AGENDA_ITEM_LENGTH || t == AGENDA_ITEM_CUT || t == AGENDA_ITEM_UNCUT ||
           t == AGENDA_ITEM_INSERT || t == AGENDA_ITEM_REMOVE || t == AGENDA_SPEAKER_ALLOT;
}

/* A step as the tables tell it: named before it applies (a removed item
 * is gone after), with whose time it set and what that was. */
static struct report_edit described(const struct report_day *d, const struct agenda_event *ev)
{
    const struct programme *p = d->agenda.prog;
    struct report_edit e = {.ev = *ev, .item = -1};
    const struct queue *q;

    if (ev->item < 0 || ev->item >= (int)p->n_items)
        return e;
    if (ev->type == AGENDA_SPEAKER_ALLOT) {
        q = &d->agenda.queues[ev->queue][ev->item];
        if (ev->speaker >= 0 && (size_t)ev->speaker < q->n) {
            snprintf(e.who, sizeof e.who, "%s", q->sp[ev->speaker].name);
            e.was = q->sp[ev->speaker].allotment;
        }
    }
    snprintf(e.title, sizeof e.title, "%s",
             ev->type == AGENDA_ITEM_INSERT ? ev->name : p->items[ev->item].title);
    e.item = ev->item;
    if (ev->type == AGENDA_ITEM_INSERT)
        e.ev.item = e.item = ev->item + 1; /* the new one's number */
    return e;
}

static void apply(void *ctx, const struct agenda_event *ev)
{
    struct report_day *d = ctx;
    struct report_edit e = described(d, ev);

    if (agenda_apply(&d->agenda, ev)) {
        if (ev->type == AGENDA_ITEM_INSERT)
            renumber_all(d, e.item, 1);
        if (ev->type == AGENDA_ITEM_REMOVE) {
            renumber_all(d, ev->item, -1);
            e.item = -1; /* its item is gone */
        }
        if (is_edit(ev->type))
            keep(&d->edits, &d->n_edits, &d->cap_edits, &e);
        if (ev->type == AGENDA_MESSAGE || ev->type == AGENDA_BLACKOUT)
            keep(&d->stage, &d->n_stage, &d->cap_stage, &e);
        if (ev->remote)
            keep(&d->remote, &d->n_remote, &d->cap_remote, &e);
    }
    if (ev->at > d->latest)
        d->latest = ev->at;
}

/* The configuration the journal was written for, from its first line. */
static char *config_of(const char *journal)
{
    FILE *fp = fopen(journal, "r");
    char line[8192];
    json_t *o;
    char *path = NULL;

    if (fp == NULL)
        return NULL;
    if (fgets(line, sizeof line, fp) && (o = json_loads(line, 0, NULL)) != NULL) {
        const char *c = json_string_value(json_object_get(o, "config"));

        path = c ? xstrdup(c) : NULL;
        json_decref(o);
    }
    fclose(fp);
    return path;
}

static void find_incidents(struct report_day *d);
static void find_live_share(struct report_day *d);

static bool replay(struct report_day *d, const char *journal)
{
    const struct journal_stats *st;
    char err[300];
    struct journal *j = journal_open(journal, d->prog, JOURNAL_READ, 0, NULL, err, sizeof err);

    if (j == NULL) {
        fprintf(stderr, "podium: %s\n", err);
        return false;
    }
    agenda_init(&d->agenda, d->prog);
    agenda_view_init(&d->view, &d->agenda);
    d->rehearsal = journal_clock(j, &d->clock);
    journal_on_stream(j, stream_line, d);
    journal_catch_up(j, &d->agenda, apply, d);
    st = journal_stats(j);
    d->last_wall = st->last_wall_ms;
    d->wall_known = st->wall_known;
    d->wall_minus_at = st->wall_minus_at;
    if (st->unmatched)
        fprintf(stderr, _("podium: %u events do not match the programme (%s)\n"), st->unmatched,
                st->first_unmatched);
    if (st->torn + st->unknown > 0)
        fprintf(stderr, _("podium: %s: %u lines passed over (damaged, or of a later podium)\n"),
                journal, st->torn + st->unknown);
    journal_close(j);
    agenda_view_update(&d->view, &d->agenda, d->latest);
    find_incidents(d);
    find_live_share(d);
    return true;
}

bool report_day_load(struct report_day *d, const char *journal, const char *config)
{
    struct diag dg = {0};
    struct stat st;
    char *path, *lang;

    memset(d, 0, sizeof *d);
    /* a report reads a day: it never makes an empty one (opening read-only
     * would create it) */
    if (access(journal, R_OK) != 0) {
        fprintf(stderr, _("podium: %s: no journal to read: %s\n"), journal, strerror(errno));
        return false;
    }
    if (stat(journal, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0) {
        fprintf(stderr, _("podium: %s: the journal is empty: no day in it\n"), journal);
        return false;
    }
    path = config ? xstrdup(config) : config_of(journal);
    if (path == NULL) {
        fprintf(stderr, _("podium: %s: no journal (or no configuration named in it)\n"), journal);
        return false;
    }
    lang = config_language(path); /* the programme's language, the report's too */
    i18n_language(lang);
    free(lang);
    d->prog = config_load(path, &dg);
    diag_print(&dg, stderr);
    diag_free(&dg);
    free(path);
    if (d->prog == NULL)
        return false;
    if (!replay(d, journal)) {
        programme_free(d->prog);
        d->prog = NULL;
        return false;
    }
    return true;
}

void report_day_free(struct report_day *d)
{
    if (d->prog == NULL)
        return;
    free(d->stream);
    free(d->incidents);
    free(d->edits);
    free(d->stage);
    free(d->remote);
    agenda_view_free(&d->view);
    agenda_free(&d->agenda);
    programme_free(d->prog);
    memset(d, 0, sizeof *d);
}

int64_t report_day_at(const struct report_day *d, int64_t wall_ms)
{
    time_t sec = (time_t)(wall_ms / 1000);
    struct tm tm;

    if (d->rehearsal) /* as a restarted rehearsal tells the time (session.c) */
        return d->clock.at +
               (int64_t)((double)(wall_ms - d->clock.epoch_ms) * d->clock.speed / 1000.0);
    if (d->wall_known)
        return (wall_ms - d->wall_minus_at) / 1000;
    localtime_r(&sec, &tm);
    return tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
}

/* Away from LIVE: SLOW, STALLED, DOWN, and an end while the programme
 * ran (an outage); judged: those and LIVE. */
static bool away_line(const struct journal_stream *s)
{
    return s->state == STREAM_SLOW || s->state == STREAM_STALLED || s->state == STREAM_DOWN ||
           (s->state == STREAM_ENDED && s->outage);
}

/* How bad, to tell an incident by its worst as the panel does: an
 * outage's end rings the alarm like STALLED. */
static int rank(const struct journal_stream *s)
{
    return s->state == STREAM_ENDED && s->outage ? 2 : stream_severity(s->state);
}

static void find_incidents(struct report_day *d)
{
    struct report_incident cur = {0};
    size_t cap = 0;
    int worst_rank = 0;
    bool in = false;
    int64_t from_ms = 0;

    for (size_t i = 0; i < d->n_stream; i++) {
        const struct journal_stream *s = &d->stream[i];
        bool away = away_line(s);

        if (away && (!in || rank(s) > worst_rank)) {
            if (!in)
                from_ms = s->wall_ms;
            in = true;
            cur.worst = s->state; /* told by its worst, as on the panel */
            cur.cause = s->reason;
            worst_rank = rank(s);
        }
        if (in && (!away || i + 1 == d->n_stream)) {
            cur.open = away;
            cur.from = report_day_at(d, from_ms);
            cur.to = report_day_at(d, away ? d->last_wall : s->wall_ms);
            d->incidents = room(d->incidents, d->n_incidents, &cap, sizeof *d->incidents);
            d->incidents[d->n_incidents++] = cur;
            in = false;
        }
    }
}

/* The share LIVE of the time judged (LIVE or away). */
static void find_live_share(struct report_day *d)
{
    int64_t live = 0, judged = 0;

    for (size_t i = 0; i < d->n_stream; i++) {
        const struct journal_stream *s = &d->stream[i];
        int64_t end = i + 1 < d->n_stream ? d->stream[i + 1].wall_ms : d->last_wall;

        if ((s->state == STREAM_LIVE || away_line(s)) && end > s->wall_ms) {
            judged += end - s->wall_ms;
            live += s->state == STREAM_LIVE ? end - s->wall_ms : 0;
        }
    }
    d->watched = judged > 0;
    d->live_percent = judged > 0 ? 100.0 * (double)live / (double)judged : 0;
}

bool report_item_ran(const struct report_day *d, int item, int64_t *start, int64_t *end)
{
    const struct item_view *iv = &d->view.items[item];

    if (iv->status != ITEM_DONE && iv->status != ITEM_CURRENT)
        return false;
    *start = iv->start;
    *end = iv->status == ITEM_CURRENT ? d->latest > iv->start ? d->latest : iv->start : iv->end;
    return true;
}

/* What most of the delay at item `upto`'s start (n_items: the close)
 * came from: the item that ran longest past its planned length (an
 * inserted one had none), or, where the day followed the plan until then,
 * the late start of the first one started (the item by the plan before it
 * ran long only because nobody pressed n). A break that shrank to absorb
 * delay ran short: it caused none. */
static void find_cause(const struct report_day *d, int upto, struct report_summary *s)
{
    const struct agenda *a = &d->agenda;
    const struct item *items = a->prog->items;
    int64_t start, end, grew;

    s->cause_item = -1;
    s->cause_by = 0;
    for (int j = 0; j < upto; j++) {
        if (!report_item_ran(d, j, &start, &end))
            continue;
        grew = end - start - (items[j].inserted ? 0 : items[j].end - items[j].start);
        if (grew > s->cause_by) {
            s->cause_by = grew;
            s->cause_late_start = !a->st[j].started;
            s->cause_item = a->st[j].started ? j : agenda_uncut_from(a, j + 1);
        }
    }
}

void report_summarize(const struct report_day *d, struct report_summary *s)
{
    const struct programme *p = d->agenda.prog;
    int n = (int)p->n_items, last = n - 1;
    int64_t start, end;

    *s = (struct report_summary){.planned_end = d->prog->items[d->prog->n_items - 1].end,
                                 .delay_item = -1};
    for (int i = 0; i <= n; i++)
        s->started = s->started || d->agenda.st[i].started;
    while (last > 0 && d->view.items[last].status == ITEM_CUT)
        last--;
    s->closed = d->view.closed_at >= 0;
    s->end = s->closed ? d->view.closed_at : d->view.items[last].end;
    if (s->closed && s->end - s->planned_end > 0) {
        s->delay = s->end - s->planned_end;
        s->delay_item = -1;
    }
    for (int i = 0; i < n; i++) {
        if (!p->items[i].inserted && report_item_ran(d, i, &start, &end) &&
            d->view.items[i].delay > s->delay) {
            s->delay = d->view.items[i].delay;
            s->delay_item = i;
        }
    }
    s->cause_item = -1;
    if (s->delay > 0)
        find_cause(d, s->delay_item >= 0 ? s->delay_item : n, s);
}

/* In English for machines (CSV), else in the programme's language. */
#define WORD(english, s) ((english) ? (s) : gettext(s))

/* "time of Anna Lindqvist 11:15 → 5:00 (e)", or its undo. */
static void allot_words(const struct report_edit *e, bool english, char *buf, size_t size)
{
    char was[16], now[16];

    time_format_duration(e->was, was, sizeof was);
    time_format_duration(e->ev.place, now, sizeof now);
    snprintf(buf, size, e->ev.undo ? WORD(english, N_("undo: time of %.60s %s → %s"))
                                   : WORD(english, N_("time of %.60s %s → %s (e)")),
             e->who, was, now);
}

void report_edit_words(const struct report_edit *e, bool english, char *buf, size_t size)
{
    const struct agenda_event *ev = &e->ev;
    char len[16];

    time_format_duration(ev->place, len, sizeof len);
    if (ev->type == AGENDA_ITEM_CUT)
        snprintf(buf, size, "%s", WORD(english, N_("cut (x)")));
    else if (ev->type == AGENDA_ITEM_UNCUT)
        snprintf(buf, size, "%s", ev->undo ? WORD(english, N_("undo of the cut"))
                                           : WORD(english, N_("brought back (x)")));
    else if (ev->type == AGENDA_ITEM_INSERT)
        snprintf(buf, size, WORD(english, N_("inserted (i): %s, %s long")),
                 WORD(english, item_kind_name(ev->kind)), len);
    else if (ev->type == AGENDA_ITEM_REMOVE)
        snprintf(buf, size, "%s", WORD(english, N_("undo of the insertion")));
    else if (ev->type == AGENDA_SPEAKER_ALLOT)
        allot_words(e, english, buf, size);
    else if (ev->undo)
        snprintf(buf, size, WORD(english, N_("undo of %+d min")), -ev->place / 60);
    else
        snprintf(buf, size, "%+d min (%s)", ev->place / 60,
                 ev->place == 60 ? "+" : ev->place == -60 ? "-" : "e");
}
