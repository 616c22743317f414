#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "report_day.h"
#include "report_html.h"
#include "report_table.h"
#include "role.h"
#include "safe.h"
#include "stream_words.h"
#include "timefmt.h"

/* "10:15-10:50"; CSV is read by machines: its times keep the colon in
 * every language. */
static void hm_span(const struct table *t, int64_t a, int64_t b, char *out, size_t size)
{
    char x[6], y[6];

    (t->format == REPORT_CSV ? time_format_face : time_format_hm)(a, x);
    (t->format == REPORT_CSV ? time_format_face : time_format_hm)(b, y);
    snprintf(out, size, "%s-%s", x, y);
}

static void items_table(struct table *t, const struct report_day *d)
{
    static const char *const cols[] = {"#", N_("item"), N_("planned"), N_("changed"),
                                       N_("actual"), N_("duration"), N_("delay"), N_("poll"),
                                       NULL};
    const struct programme *p = d->agenda.prog;

    table_head(t, N_("Items"), cols, NULL);
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
        table_row(t, (const char *const[]){n, p->items[i].title, planned, changed, actual, length,
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

/* The longest of an item's speakers' time and allotment: their bars
 * share it, so that a panel's balance shows. */
static int64_t bar_scale(const struct queue *q, int64_t until)
{
    int64_t scale = 0;

    for (size_t k = 0; k < q->n; k++) {
        int64_t spoken = queue_spoken(q, (int)k, until);

        scale = spoken > scale ? spoken : scale;
        scale = q->sp[k].allotment > scale ? q->sp[k].allotment : scale;
    }
    return scale;
}

/* One speaker's (or booking's) row, with the bar of their airtime on
 * the item's scale (bar_scale). */
static void person_row(struct table *t, const struct report_day *d, int item,
                       enum people_kind kind, int id, int64_t scale)
{
    const struct programme *p = d->agenda.prog;
    const struct queue *q = &d->agenda.queues[kind][item];
    const struct queue_speaker *s = &q->sp[id];
    int64_t spoken_s = queue_spoken(q, id, d->latest);
    char n[24], spoken[16], allot[32] = "", title[96];
    const char *held = s->state == SPK_DONE || s->state == SPK_SPEAKING ? W(t, N_("yes"))
                       : s->state == SPK_SKIPPED ? W(t, N_("skipped")) : W(t, N_("no"));

    snprintf(n, sizeof n, "%d", item + 1);
    time_format_duration(spoken_s, spoken, sizeof spoken);
    if (s->allotment > 0)
        time_format_duration(s->allotment, allot, sizeof allot);
    snprintf(title, sizeof title, s->allotment > 0 ? _("spoken %s of %s") : _("spoken %s"), spoken,
             allot);
    if (s->added) /* its share, and that it was added on the day */
        snprintf(allot + strlen(allot), sizeof allot - strlen(allot), "%s%s", allot[0] ? " " : "",
                 W(t, N_("(added)")));
    if (kind == PEOPLE_PRESS)
        table_row_bar(t, (const char *const[]){s->name, s->role, held, spoken, allot}, spoken_s,
                      s->allotment, scale, title);
    else
        table_row_bar(t,
                      (const char *const[]){n, p->items[item].title, s->name, spoken, allot,
                                            p->items[item].kind == KIND_PANEL
                                                ? balance_word(t, queue_balance(q, id, d->latest))
                                                : ""},
                      spoken_s, s->allotment, scale, title);
}

/* Speakers (or press bookings) of every item that ran. */
static void people_table(struct table *t, const struct report_day *d, enum people_kind kind)
{
    static const char *const speaker_cols[] = {"#", N_("item"), N_("speaker"), N_("spoken"),
                                               N_("allotment"), N_("balance"), NULL};
    static const char *const press_cols[] = {N_("outlet"), N_("with"), N_("held"), N_("time"),
                                             N_("booked"), NULL};
    const struct programme *p = d->agenda.prog;
    bool headed = false;

    for (size_t i = 0; i < p->n_items; i++) {
        const struct queue *q = &d->agenda.queues[kind][i];
        int64_t scale;

        if (!d->agenda.st[i].started && !had_turns(q))
            continue; /* an item that did not run */
        scale = bar_scale(q, d->latest);
        for (size_t k = 0; k < q->n; k++) {
            if (!headed)
                table_head(t, kind == PEOPLE_PRESS ? N_("Press") : N_("Speakers"),
                           kind == PEOPLE_PRESS ? press_cols : speaker_cols, N_("airtime"));
            headed = true;
            person_row(t, d, (int)i, kind, q->order[k], scale);
        }
    }
}

/* The stream's incidents (away from LIVE, until LIVE or the end) and its
 * share of time LIVE, from the recorder's lines. */
static void stream_table(struct table *t, const struct report_day *d)
{
    static const char *const cols[] = {N_("from"), N_("to"), N_("duration"), N_("worst"),
                                       N_("cause"), NULL};
    bool csv = t->format == REPORT_CSV;
    char a[16], b[16], len[16], share[64], note[128], why[STREAM_REASON_MAX * 2];

    if (d->n_stream == 0)
        return;
    table_head(t, N_("Stream"), cols, NULL);
    for (size_t i = 0; i < d->n_incidents; i++) {
        const struct report_incident *inc = &d->incidents[i];

        /* in the day's time, as every table (a rehearsal's clock) */
        (csv ? time_format_face_hms : time_format_hms)(inc->from, a);
        (csv ? time_format_face_hms : time_format_hms)(inc->to, b);
        time_format_duration(inc->to - inc->from, len, sizeof len);
        table_row(t, (const char *const[]){
                         a, inc->open ? W(t, N_("(the end)")) : b, len,
                         csv ? stream_state_name(inc->worst) : _(stream_state_label(inc->worst)),
                         csv ? inc->cause : stream_words(inc->cause, why, sizeof why)});
    }
    if (!d->watched)
        return;
    if (csv) /* machines read a point */
        snprintf(share, sizeof share, "%.1f", d->live_percent);
    else
        i18n_decimal(share, sizeof share, d->live_percent);
    strcat(share, " %");
    if (csv) {
        table_row(t, (const char *const[]){"LIVE share", "", "", "", share});
    } else {
        snprintf(note, sizeof note, _("LIVE %s of the time watched."), share);
        table_note(t, note);
    }
}

static void film_table(struct table *t, const struct report_day *d)
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
            table_head(t, N_("Film"), cols, NULL);
        headed = true;
        snprintf(n, sizeof n, "%zu", i + 1);
        time_format_duration(film->duration, len, sizeof len);
        snprintf(at, sizeof at, "%s", W(t, N_("not rolled")));
        if (s->film >= FILM_ROLLING)
            (t->format == REPORT_CSV ? time_format_face_hms : time_format_hms)(s->rolled_at, at);
        table_row(t, (const char *const[]){n, film->title ? film->title : p->items[i].title,
                                     len, at});
    }
}

/* Each change made to the programme on the day, in the order made: when,
 * which item, by how much or cut; an undo says what it took back. */
static void changes_table(struct table *t, const struct report_day *d)
{
    static const char *const cols[] = {N_("at"), "#", N_("item"), N_("change"), NULL};

    for (size_t i = 0; i < d->n_edits; i++) {
        const struct agenda_event *ev = &d->edits[i].ev;
        char at[9], n[24], change[128];

        if (i == 0)
            table_head(t, N_("Changes"), cols, NULL);
        (t->format == REPORT_CSV ? time_format_face_hms : time_format_hms)(ev->at, at);
        snprintf(n, sizeof n, "%d", ev->item + 1);
        report_edit_words(&d->edits[i], t->format == REPORT_CSV, change, sizeof change);
        table_row(t, (const char *const[]){at, n, d->edits[i].title, change});
    }
}

/* The messages sent to the stage screens, when and by whom, and their
 * blackouts; an undo says what it put back. */
static void stage_table(struct table *t, const struct report_day *d)
{
    static const char *const cols[] = {N_("at"), N_("to the stage"), N_("by"), NULL};

    for (size_t i = 0; i < d->n_stage; i++) {
        const struct agenda_event *ev = &d->stage[i].ev;
        char at[9], what[QUEUE_NAME_MAX + 64];

        if (i == 0)
            table_head(t, N_("Messages to the stage"), cols, NULL);
        (t->format == REPORT_CSV ? time_format_face_hms : time_format_hms)(ev->at, at);
        if (ev->type == AGENDA_BLACKOUT)
            snprintf(what, sizeof what, "%s", ev->place ? W(t, N_("(screens black: B)"))
                                                        : W(t, N_("(screens back: B)")));
        else if (ev->name[0] == '\0')
            snprintf(what, sizeof what, "%s", W(t, N_("(message taken down)")));
        else
            snprintf(what, sizeof what, "%s", ev->name);
        if (ev->undo)
            snprintf(what + strlen(what), sizeof what - strlen(what), "%s", W(t, N_(" (undo: u)")));
        table_row(t, (const char *const[]){at, what,
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
static void remote_table(struct table *t, const struct report_day *d)
{
    static const char *const cols[] = {N_("at"), N_("podium do"), "#", N_("item"), NULL};

    for (size_t i = 0; i < d->n_remote; i++) {
        const struct agenda_event *ev = &d->remote[i].ev;
        char at[9], n[24] = "";

        if (i == 0)
            table_head(t, N_("Sent with podium do"), cols, NULL);
        (t->format == REPORT_CSV ? time_format_face_hms : time_format_hms)(ev->at, at);
        if (ev->item >= 0)
            snprintf(n, sizeof n, "%d", ev->item + 1);
        table_row(t, (const char *const[]){at, remote_action(ev), n,
                                     ev->type == AGENDA_MESSAGE    ? ev->name
                                     : ev->type != AGENDA_BLACKOUT ? d->remote[i].title
                                     : ev->place ? W(t, N_("(screens black: B)"))
                                                 : W(t, N_("(screens back: B)"))});
    }
}

static int usage(void)
{
    fprintf(stderr, "%s", _("usage: podium report [--csv | --html] [-c FILE] JOURNAL\n"));
    return 2;
}

int report_main(int argc, char **argv)
{
    struct table t = {.out = stdout};
    const char *journal = NULL, *config = NULL;
    struct report_day d;
    char line[512], safe[2048], path[2048];

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--csv") == 0 || strcmp(argv[i], "--html") == 0) {
            if (t.format != REPORT_MARKDOWN) /* one or the other */
                return usage();
            t.format = argv[i][2] == 'c' ? REPORT_CSV : REPORT_HTML;
        }
        else if ((strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--config") == 0) && i + 1 < argc)
            config = argv[++i];
        else if (argv[i][0] == '-' || journal != NULL)
            return usage();
        else
            journal = argv[i];
    }
    if (journal == NULL)
        return usage();
    if (!report_day_load(&d, journal, config))
        return 1;
    programme_event_line(&d.prog->event, true, line, sizeof line);
    if (t.format == REPORT_MARKDOWN)
        fprintf(stdout, _("# %s\n\nReport of %s.\n"), safe_text(line, safe, sizeof safe),
                safe_text(journal, path, sizeof path));
    if (t.format == REPORT_HTML)
        report_html_begin(stdout, &d, line);
    items_table(&t, &d);
    changes_table(&t, &d);
    stage_table(&t, &d);
    remote_table(&t, &d);
    people_table(&t, &d, PEOPLE_SPEAKERS);
    film_table(&t, &d);
    people_table(&t, &d, PEOPLE_PRESS);
    stream_table(&t, &d);
    table_end(&t);
    if (t.format == REPORT_HTML)
        report_html_end(stdout, journal);
    report_day_free(&d);
    return 0;
}
