#include "report.h"

#include <errno.h>
#include <unistd.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agenda_view.h"
#include "config.h"
#include "i18n.h"
#include "journal.h"
#include "journal_codec.h"
#include "role.h"
#include "safe.h"
#include "stream_words.h"
#include "timefmt.h"
#include "xalloc.h"

#define MAX_COLS 8

/* The report's words: in the programme's language in Markdown, for
 * people; English in CSV, read by machines (N_ marks them, W says them). */
#define W(t, s) ((t)->csv ? (s) : gettext(s))

struct table {
    FILE *out;
    bool csv;
    int cols;
    int tables; /* so far: CSV puts a blank line between them */
};

/* A CSV cell a spreadsheet would take for a formula ("=HYPERLINK(...)"
 * in a message, "+1 min (+)"): begins with = @ or, unless a signed
 * number or time follows ("+5", "-0:30"), with + or -. */
static bool formula_like(const char *s)
{
    if (s[0] == '=' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
        return true;
    if (s[0] != '+' && s[0] != '-')
        return false;
    return s[1] == '\0' || s[strspn(s + 1, "0123456789:.,") + 1] != '\0';
}

/* One field, escaped for its format. */
static void put_field(const struct table *t, const char *text, bool last)
{
    char safe[2048], cell[2050];
    const char *s = safe_text(text, safe, sizeof safe); /* names from the journal */

    if (t->csv && formula_like(s)) { /* shown as text, never run (OWASP's advice) */
        snprintf(cell, sizeof cell, "'%s", s);
        s = cell;
    }
    if (t->csv && strpbrk(s, ",\"\r\n") != NULL) {
        fputc('"', t->out);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', t->out);
            fputc(*s, t->out);
        }
        fputc('"', t->out);
    } else if (t->csv) {
        fputs(s, t->out);
    } else {
        fputs(" ", t->out);
        for (; *s; s++) {
            if (*s == '|')
                fputc('\\', t->out);
            fputc(*s, t->out);
        }
        fputs(" |", t->out);
    }
    if (t->csv)
        fputs(last ? "\n" : ",", t->out);
    else if (last)
        fputc('\n', t->out);
}

static void row(const struct table *t, const char *const *fields)
{
    if (!t->csv)
        fputs("|", t->out);
    for (int i = 0; i < t->cols; i++)
        put_field(t, fields[i] ? fields[i] : "", i == t->cols - 1);
}

/* A table's title and head: "## Items" and the header row in Markdown;
 * in CSV a blank line between tables, then the header row. */
static void head(struct table *t, const char *title, const char *const *cols)
{
    const char *words[MAX_COLS];

    for (t->cols = 0; t->cols < MAX_COLS && cols[t->cols]; t->cols++)
        words[t->cols] = cols[t->cols][0] == '#' ? "#" : W(t, cols[t->cols]);
    if (!t->csv)
        fprintf(t->out, "\n## %s\n\n", _(title));
    else if (t->tables > 0)
        fputc('\n', t->out);
    t->tables++;
    row(t, words);
    if (!t->csv) {
        fputs("|", t->out);
        for (int i = 0; i < t->cols; i++)
            fputs("---|", t->out);
        fputc('\n', t->out);
    }
}

/* A change to the programme, with the item's number and title then
 * (items inserted later move the numbers on). */
struct edit {
    struct agenda_event ev;
    char title[QUEUE_NAME_MAX];
    char who[QUEUE_NAME_MAX]; /* whose time was set (e on a queue) */
    int64_t was;              /* ... and what it was */
};

struct day {
    struct programme *prog; /* as configured; the day's is the agenda's */
    struct agenda agenda;
    struct agenda_view view;
    int64_t latest; /* the day as far as the journal goes */
    struct journal_stream *stream; /* the recorder's stream lines */
    size_t n_stream;
    int64_t last_wall; /* the journal's last line, ms since the epoch */
    /* the day's changes to the programme, as they were made */
    struct edit *edits;
    size_t n_edits;
    /* the messages to the stage and its blackouts, as they were made */
    struct edit *stage;
    size_t n_stage;
    /* the steps sent with podium do, with their item's title then */
    struct edit *remote;
    size_t n_remote;
};

static void stream_line(void *ctx, const struct journal_stream *s)
{
    struct day *d = ctx;

    if (s->ack)
        return;
    d->stream = xrealloc(d->stream, d->n_stream + 1, sizeof *d->stream);
    d->stream[d->n_stream++] = *s;
}

/* Keeps what the tables list beside the day: the changes to the
 * programme, the stage's messages, the steps sent with podium do. */
static void keep(struct edit **list, size_t *n, const struct edit *e)
{
    *list = xrealloc(*list, *n + 1, sizeof **list);
    (*list)[(*n)++] = *e;
}

static void apply(void *ctx, const struct agenda_event *ev)
{
    struct day *d = ctx;
    const struct programme *p = d->agenda.prog;
    bool edit = ev->type == AGENDA_ITEM_LENGTH || ev->type == AGENDA_ITEM_CUT ||
                ev->type == AGENDA_ITEM_UNCUT || ev->type == AGENDA_ITEM_INSERT ||
                ev->type == AGENDA_ITEM_REMOVE || ev->type == AGENDA_SPEAKER_ALLOT;
    struct edit e = {.ev = *ev};
    const struct queue *q;

    if (ev->type == AGENDA_SPEAKER_ALLOT && ev->item >= 0 && ev->item < (int)p->n_items) {
        q = &d->agenda.queues[ev->queue][ev->item];
        if (ev->speaker >= 0 && (size_t)ev->speaker < q->n) {
            snprintf(e.who, sizeof e.who, "%s", q->sp[ev->speaker].name);
            e.was = q->sp[ev->speaker].allotment;
        }
    }
    /* named before it applies: a removed item is gone after */
    if (ev->item >= 0 && ev->item < (int)p->n_items)
        snprintf(e.title, sizeof e.title, "%s",
                 ev->type == AGENDA_ITEM_INSERT ? ev->name : p->items[ev->item].title);
    if (ev->type == AGENDA_ITEM_INSERT)
        e.ev.item++; /* the new one's number */
    if (agenda_apply(&d->agenda, ev)) {
        if (edit)
            keep(&d->edits, &d->n_edits, &e);
        if (ev->type == AGENDA_MESSAGE || ev->type == AGENDA_BLACKOUT)
            keep(&d->stage, &d->n_stage, &e);
        if (ev->remote)
            keep(&d->remote, &d->n_remote, &e);
    }
    if (ev->at > d->latest)
        d->latest = ev->at;
}

/* "10:15-10:50"; CSV is read by machines: its times keep the colon in
 * every language. */
static void hm_span(const struct table *t, int64_t a, int64_t b, char *out, size_t size)
{
    char x[6], y[6];

    (t->csv ? time_format_face : time_format_hm)(a, x);
    (t->csv ? time_format_face : time_format_hm)(b, y);
    snprintf(out, size, "%s-%s", x, y);
}

static void items_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {"#", N_("item"), N_("planned"), N_("changed"),
                                       N_("actual"), N_("duration"), N_("delay"), N_("poll"),
                                       NULL};
    const struct programme *p = d->agenda.prog;

    head(t, N_("Items"), cols);
    for (size_t i = 0; i < p->n_items; i++) {
        const struct item_view *iv = &d->view.items[i];
        const struct item_state *s = &d->agenda.st[i];
        char n[24], planned[32], changed[40] = "", actual[64] = "", length[16] = "",
             delay[16] = "";
        const char *poll = !p->items[i].poll || iv->status == ITEM_CUT ? ""
                           : s->poll_asked ? W(t, N_("asked"))
                           : iv->status == ITEM_CURRENT ? W(t, N_("not yet"))
                                                        : W(t, N_("missed"));

        snprintf(n, sizeof n, "%zu", i + 1);
        hm_span(t, p->items[i].start, p->items[i].end, planned, sizeof planned);
        if (p->items[i].inserted) { /* not in the plan: its length as set */
            char as[16], now[16];

            snprintf(planned, sizeof planned, "%s", W(t, N_("(inserted)")));
            time_format_duration(s->inserted_as, as, sizeof as);
            time_format_duration(agenda_item_length(&d->agenda, (int)i), now, sizeof now);
            if (s->inserted_as == agenda_item_length(&d->agenda, (int)i))
                snprintf(changed, sizeof changed, "%s %s", now,
                         W(t, item_kind_name(p->items[i].kind)));
            else
                snprintf(changed, sizeof changed, "%s → %s %s", as, now,
                         W(t, item_kind_name(p->items[i].kind)));
        } else if (s->extra != 0) { /* planned 45:00, made 50:00 on the day */
            char was[16], now[16];

            time_format_duration(p->items[i].end - p->items[i].start, was, sizeof was);
            time_format_duration(agenda_item_length(&d->agenda, (int)i), now, sizeof now);
            snprintf(changed, sizeof changed, "%s → %s", was, now);
        }
        if (iv->status == ITEM_CUT) {
            snprintf(actual, sizeof actual, "%s", W(t, N_("cut")));
        } else if (iv->status == ITEM_SKIPPED) {
            snprintf(actual, sizeof actual, "%s", W(t, N_("skipped")));
        } else if (iv->status != ITEM_UPCOMING) {
            int64_t end = iv->status == ITEM_CURRENT ? d->latest : iv->end;

            /* before anything was started the day followed the plan */
            hm_span(t, iv->start, end, actual, sizeof actual);
            snprintf(actual + strlen(actual), sizeof actual - strlen(actual), "%s%s",
                     s->started ? "" : W(t, N_(" (by the plan)")),
                     iv->status == ITEM_CURRENT ? W(t, N_(" (running)")) : "");
            time_format_duration(end - iv->start, length, sizeof length);
            if (!p->items[i].inserted) /* no planned time to be late for */
                time_format_delay_short(iv->delay, delay, sizeof delay);
        }
        if (p->items[i].poll && iv->status == ITEM_UPCOMING)
            poll = "";
        row(t, (const char *const[]){n, p->items[i].title, planned, changed, actual, length,
                                     delay, poll});
    }
}

static const char *balance_word(const struct table *t, enum balance b)
{
    return b == BALANCE_LESS ? W(t, N_("less")) : b == BALANCE_MORE ? W(t, N_("more"))
         : b == BALANCE_FAIR ? W(t, N_("fair"))
                                                                                      : "";
}

/* Whether anyone in q spoke (s pressed while following the plan). */
static bool had_turns(const struct queue *q)
{
    for (size_t k = 0; k < q->n; k++) {
        if (q->sp[k].state != SPK_WAITING)
            return true;
    }
    return false;
}

/* Speakers (or press bookings) of every item that ran. */
static void people_table(struct table *t, const struct day *d, enum people_kind kind)
{
    static const char *const speaker_cols[] = {"#", N_("item"), N_("speaker"), N_("spoken"),
                                               N_("allotment"), N_("balance"), NULL};
    static const char *const press_cols[] = {N_("outlet"), N_("with"), N_("held"), N_("time"),
                                             N_("booked"), NULL};
    bool headed = false;

    const struct programme *p = d->agenda.prog;

    for (size_t i = 0; i < p->n_items; i++) {
        const struct queue *q = &d->agenda.queues[kind][i];
        bool panel = p->items[i].kind == KIND_PANEL;

        if (!d->agenda.st[i].started && !had_turns(q))
            continue; /* an item that did not run */
        for (size_t k = 0; k < q->n; k++) {
            int id = q->order[k];
            const struct queue_speaker *s = &q->sp[id];
            char n[24], spoken[16], allot[32] = "";
            const char *held = s->state == SPK_DONE || s->state == SPK_SPEAKING ? W(t, N_("yes"))
                               : s->state == SPK_SKIPPED ? W(t, N_("skipped")) : W(t, N_("no"));

            if (!headed)
                head(t, kind == PEOPLE_PRESS ? N_("Press") : N_("Speakers"),
                     kind == PEOPLE_PRESS ? press_cols : speaker_cols);
            headed = true;
            snprintf(n, sizeof n, "%zu", i + 1);
            time_format_duration(queue_spoken(q, id, d->latest), spoken, sizeof spoken);
            if (s->allotment > 0)
                time_format_duration(s->allotment, allot, sizeof allot);
            if (s->added) /* its share, and that it was added on the day */
                snprintf(allot + strlen(allot), sizeof allot - strlen(allot), "%s%s",
                         allot[0] ? " " : "", W(t, N_("(added)")));
            if (kind == PEOPLE_PRESS)
                row(t, (const char *const[]){s->name, s->role, held, spoken, allot});
            else
                row(t, (const char *const[]){n, p->items[i].title, s->name, spoken,
                                             allot,
                                             panel ? balance_word(t, queue_balance(q, id,
                                                                                d->latest))
                                                   : ""});
        }
    }
}

/* A moment by the wall clock, as the tables write times of day. */
static void wall_hms(const struct table *t, int64_t wall_ms, char out[16])
{
    time_t sec = (time_t)(wall_ms / 1000);
    struct tm tm;

    localtime_r(&sec, &tm);
    (t->csv ? time_format_face_hms : time_format_hms)(tm.tm_hour * 3600 + tm.tm_min * 60 +
                                                       tm.tm_sec, out);
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

static bool judged_line(const struct journal_stream *s)
{
    return s->state == STREAM_LIVE || away_line(s);
}

/* The stream's incidents (away from LIVE, until LIVE or the end) and its
 * share of time LIVE, from the recorder's lines. */
static void stream_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {N_("from"), N_("to"), N_("duration"), N_("worst"),
                                       N_("cause"), NULL};
    int64_t live = 0, judged = 0, from = -1;
    enum stream_state worst = STREAM_LIVE;
    int worst_rank = 0;
    const char *cause = "";
    char a[16], b[16], len[16], share[64], why[STREAM_REASON_MAX * 2];

    if (d->n_stream == 0)
        return;
    head(t, N_("Stream"), cols);
    for (size_t i = 0; i < d->n_stream; i++) {
        const struct journal_stream *s = &d->stream[i];
        int64_t end = i + 1 < d->n_stream ? d->stream[i + 1].wall_ms : d->last_wall;
        bool away = away_line(s);

        if (judged_line(s) && end > s->wall_ms) {
            judged += end - s->wall_ms;
            live += s->state == STREAM_LIVE ? end - s->wall_ms : 0;
        }
        if (away && (from < 0 || rank(s) > worst_rank)) {
            from = from < 0 ? s->wall_ms : from;
            worst = s->state; /* told by its worst, as on the panel */
            worst_rank = rank(s);
            cause = s->reason;
        }
        if (from >= 0 && (!away || i + 1 == d->n_stream)) {
            int64_t to = away ? d->last_wall : s->wall_ms;

            wall_hms(t, from, a);
            wall_hms(t, to, b);
            time_format_duration((to - from) / 1000, len, sizeof len);
            row(t, (const char *const[]){a, away ? W(t, N_("(the end)")) : b, len,
                                         t->csv ? stream_state_name(worst)
                                                : _(stream_state_label(worst)),
                                         t->csv ? cause : stream_words(cause, why, sizeof why)});
            from = -1;
        }
    }
    if (judged > 0) {
        if (t->csv) /* machines read a point */
            snprintf(share, sizeof share, "%.1f", 100.0 * (double)live / (double)judged);
        else
            i18n_decimal(share, sizeof share, 100.0 * (double)live / (double)judged);
        strcat(share, " %");
        if (t->csv)
            row(t, (const char *const[]){"LIVE share", "", "", "", share});
        else
            fprintf(t->out, _("\nLIVE %s of the time watched.\n"), share);
    }
}

static void film_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {"#", N_("film"), N_("length"), N_("rolled at"), NULL};
    bool headed = false;

    const struct programme *p = d->agenda.prog;

    for (size_t i = 0; i < p->n_items; i++) {
        const struct film *film = p->items[i].film;
        const struct item_state *s = &d->agenda.st[i];
        char n[24], len[16], at[32];

        if (film == NULL)
            continue;
        if (!headed)
            head(t, N_("Film"), cols);
        headed = true;
        snprintf(n, sizeof n, "%zu", i + 1);
        time_format_duration(film->duration, len, sizeof len);
        snprintf(at, sizeof at, "%s", W(t, N_("not rolled")));
        if (s->film >= FILM_ROLLING)
            (t->csv ? time_format_face_hms : time_format_hms)(s->rolled_at, at);
        row(t, (const char *const[]){n, film->title ? film->title : p->items[i].title,
                                     len, at});
    }
}

/* "time of Anna Lindqvist 11:15 → 5:00 (e)", or its undo. */
static void allot_change(const struct table *t, const struct edit *e, char *buf, size_t size)
{
    char was[16], now[16];

    time_format_duration(e->was, was, sizeof was);
    time_format_duration(e->ev.place, now, sizeof now);
    snprintf(buf, size, e->ev.undo ? W(t, N_("undo: time of %.60s %s → %s"))
                                   : W(t, N_("time of %.60s %s → %s (e)")),
             e->who, was, now);
}

/* Each change made to the programme on the day, in the order made: when,
 * which item, by how much or cut; an undo says what it took back. */
static void changes_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {N_("at"), "#", N_("item"), N_("change"), NULL};

    for (size_t i = 0; i < d->n_edits; i++) {
        const struct agenda_event *ev = &d->edits[i].ev;
        char at[9], n[24], change[128], len[16];

        if (i == 0)
            head(t, N_("Changes"), cols);
        (t->csv ? time_format_face_hms : time_format_hms)(ev->at, at);
        snprintf(n, sizeof n, "%d", ev->item + 1);
        time_format_duration(ev->place, len, sizeof len);
        if (ev->type == AGENDA_ITEM_CUT)
            snprintf(change, sizeof change, "%s", W(t, N_("cut (x)")));
        else if (ev->type == AGENDA_ITEM_UNCUT)
            snprintf(change, sizeof change, "%s", ev->undo ? W(t, N_("undo of the cut"))
                                                           : W(t, N_("brought back (x)")));
        else if (ev->type == AGENDA_ITEM_INSERT)
            snprintf(change, sizeof change, W(t, N_("inserted (i), %s %s")), len,
                     W(t, item_kind_name(ev->kind)));
        else if (ev->type == AGENDA_ITEM_REMOVE)
            snprintf(change, sizeof change, "%s", W(t, N_("undo of the insertion")));
        else if (ev->type == AGENDA_SPEAKER_ALLOT)
            allot_change(t, &d->edits[i], change, sizeof change);
        else if (ev->undo)
            snprintf(change, sizeof change, W(t, N_("undo of %+d min")), -ev->place / 60);
        else
            snprintf(change, sizeof change, "%+d min (%s)", ev->place / 60,
                     ev->place == 60 ? "+" : ev->place == -60 ? "-" : "e");
        row(t, (const char *const[]){at, n, d->edits[i].title, change});
    }
}

/* The messages sent to the stage screens, when and by whom, and their
 * blackouts; an undo says what it put back. */
static void stage_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {N_("at"), N_("to the stage"), N_("by"), NULL};

    for (size_t i = 0; i < d->n_stage; i++) {
        const struct agenda_event *ev = &d->stage[i].ev;
        char at[9], what[QUEUE_NAME_MAX + 64];

        if (i == 0)
            head(t, N_("Messages to the stage"), cols);
        (t->csv ? time_format_face_hms : time_format_hms)(ev->at, at);
        if (ev->type == AGENDA_BLACKOUT)
            snprintf(what, sizeof what, "%s", ev->place ? W(t, N_("(screens black: B)"))
                                                        : W(t, N_("(screens back: B)")));
        else if (ev->name[0] == '\0')
            snprintf(what, sizeof what, "%s", W(t, N_("(message taken down)")));
        else
            snprintf(what, sizeof what, "%s", ev->name);
        if (ev->undo)
            snprintf(what + strlen(what), sizeof what - strlen(what), "%s", W(t, N_(" (undo: u)")));
        row(t, (const char *const[]){at, what,
                                     ev->type == AGENDA_MESSAGE
                                         ? W(t, role_name((enum role)ev->speaker))
                                         : ""});
    }
}

/* The podium do action that took a step ("next", "speaker"). */
static const char *remote_action(const struct agenda_event *ev)
{
    if (ev->undo)
        return "undo";
    switch (ev->type) {
    case AGENDA_ITEM_START: return "next";
    case AGENDA_POLL_ASKED: return "poll";
    case AGENDA_FILM: return "film";
    case AGENDA_ITEM_LENGTH: return ev->place > 0 ? "plus-minute" : "minus-minute";
    case AGENDA_MESSAGE: return "message";
    case AGENDA_BLACKOUT: return "blackout";
    case AGENDA_SPEAKER_START: return ev->queue == PEOPLE_PRESS ? "press" : "speaker";
    default: return "";
    }
}

/* The steps sent from outside the terminal (podium do: a Stream Deck, a
 * foot switch, a script), so that the day's account says which were. */
static void remote_table(struct table *t, const struct day *d)
{
    static const char *const cols[] = {N_("at"), N_("podium do"), "#", N_("item"), NULL};

    for (size_t i = 0; i < d->n_remote; i++) {
        const struct agenda_event *ev = &d->remote[i].ev;
        char at[9], n[24] = "";

        if (i == 0)
            head(t, N_("Sent with podium do"), cols);
        (t->csv ? time_format_face_hms : time_format_hms)(ev->at, at);
        if (ev->item >= 0)
            snprintf(n, sizeof n, "%d", ev->item + 1);
        row(t, (const char *const[]){at, remote_action(ev), n,
                                     ev->type == AGENDA_MESSAGE    ? ev->name
                                     : ev->type != AGENDA_BLACKOUT ? d->remote[i].title
                                     : ev->place ? W(t, N_("(screens black: B)"))
                                                 : W(t, N_("(screens back: B)"))});
    }
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

static int usage(void)
{
    fprintf(stderr, "%s", _("usage: podium report [--csv] [-c FILE] JOURNAL\n"));
    return 2;
}

static bool load_day(struct day *d, const char *journal, const char *config)
{
    struct diag dg = {0};
    char *path = config ? xstrdup(config) : config_of(journal), err[300], *lang;
    struct journal *j;

    /* a report reads a day: it never makes an empty one (opening read-only
     * would create it) */
    if (access(journal, R_OK) != 0) {
        fprintf(stderr, _("podium: %s: no journal to read: %s\n"), journal, strerror(errno));
        free(path);
        return false;
    }
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
    if ((j = journal_open(journal, d->prog, JOURNAL_READ, 0, NULL, err, sizeof err)) == NULL) {
        fprintf(stderr, "podium: %s\n", err);
        programme_free(d->prog);
        return false;
    }
    agenda_init(&d->agenda, d->prog);
    agenda_view_init(&d->view, &d->agenda);
    journal_on_stream(j, stream_line, d);
    journal_catch_up(j, &d->agenda, apply, d);
    d->last_wall = journal_stats(j)->last_wall_ms;
    if (journal_stats(j)->unmatched)
        fprintf(stderr, _("podium: %u events do not match the programme (%s)\n"),
                journal_stats(j)->unmatched, journal_stats(j)->first_unmatched);
    journal_close(j);
    agenda_view_update(&d->view, &d->agenda, d->latest);
    return true;
}

int report_main(int argc, char **argv)
{
    struct table t = {.out = stdout};
    const char *journal = NULL, *config = NULL;
    struct day d = {0};
    char line[512], safe[2048], path[2048];

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--csv") == 0)
            t.csv = true;
        else if ((strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--config") == 0) && i + 1 < argc)
            config = argv[++i];
        else if (argv[i][0] == '-' || journal != NULL)
            return usage();
        else
            journal = argv[i];
    }
    if (journal == NULL)
        return usage();
    if (!load_day(&d, journal, config))
        return 1;
    programme_event_line(&d.prog->event, true, line, sizeof line);
    if (!t.csv)
        fprintf(stdout, _("# %s\n\nReport of %s.\n"), safe_text(line, safe, sizeof safe),
                safe_text(journal, path, sizeof path));
    items_table(&t, &d);
    changes_table(&t, &d);
    stage_table(&t, &d);
    remote_table(&t, &d);
    people_table(&t, &d, PEOPLE_SPEAKERS);
    film_table(&t, &d);
    people_table(&t, &d, PEOPLE_PRESS);
    stream_table(&t, &d);
    free(d.stream);
    free(d.edits);
    free(d.stage);
    free(d.remote);
    agenda_view_free(&d.view);
    agenda_free(&d.agenda);
    programme_free(d.prog);
    return 0;
}
