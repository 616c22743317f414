#include "timeline.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "stream.h"
#include "stream_track.h"
#include "timefmt.h"
#include "utf8.h"
#include "xml.h"

#define PLOT_W (TIMELINE_WIDTH - TIMELINE_MARGIN - TIMELINE_LABEL_W)
#define HOUR 3600
#define MINUTE 60

/* The picture being drawn: where, what, and the time axis. */
struct frame {
    FILE *out;
    const struct report_day *d;
    int64_t from, to; /* the axis, whole hours */
    int rows;         /* the items' and the lanes' */
};

static double x_of(const struct frame *f, int64_t t)
{
    t = t < f->from ? f->from : t > f->to ? f->to : t;
    return TIMELINE_LABEL_W + (double)(t - f->from) * PLOT_W / (double)(f->to - f->from);
}

static int top_of(int row)
{
    return TIMELINE_TOP + row * TIMELINE_ROW_H;
}

/* The items' earliest start and latest end, planned or actual, rounded
 * out to whole hours. */
static void axis(struct frame *f)
{
    const struct report_day *d = f->d;
    const struct programme *p = d->agenda.prog;
    int64_t lo = INT64_MAX, hi = INT64_MIN, start, end;

    for (size_t i = 0; i < p->n_items; i++) {
        if (!p->items[i].inserted) {
            lo = p->items[i].start < lo ? p->items[i].start : lo;
            hi = p->items[i].end > hi ? p->items[i].end : hi;
        }
        if (report_item_ran(d, (int)i, &start, &end)) {
            lo = start < lo ? start : lo;
            hi = end > hi ? end : hi;
        }
    }
    if (d->view.closed_at >= 0 && d->view.closed_at > hi)
        hi = d->view.closed_at;
    f->from = lo / HOUR * HOUR;
    f->to = (hi + HOUR - 1) / HOUR * HOUR;
    if (f->to <= f->from)
        f->to = f->from + HOUR;
}

/* A rectangle from a to b in podium time, with its hover text. */
static void bar(const struct frame *f, const char *id, const char *cls, int64_t a, int64_t b,
                double y, double h, const char *title)
{
    double x = x_of(f, a), w = x_of(f, b) - x;

    fprintf(f->out, "<rect");
    if (id)
        xml_printf(f->out, " id=\"%s\"", id);
    xml_printf(f->out, " class=\"%s\"", cls);
    fprintf(f->out, " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">", x, y,
            w > 0 ? w : 0, h);
    xml_printf(f->out, "<title>%s</title></rect>\n", title);
}

static void text(const struct frame *f, const char *cls, double x, double y, const char *s)
{
    xml_printf(f->out, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>\n", cls, x, y, s);
}

/* "10.15-10.50" */
static void span(int64_t a, int64_t b, char *out, size_t size)
{
    char x[6], y[6];

    time_format_hm(a, x);
    time_format_hm(b, y);
    snprintf(out, size, "%s-%s", x, y);
}

/* Lines every half hour, labels every hour; a day that runs on for days
 * (an item started long after the plan) gets fewer, never thousands. */
static void grid(const struct frame *f)
{
    int bottom = top_of(f->rows);
    int64_t step = HOUR / 2;
    char hm[6];

    while ((f->to - f->from) / step > 24)
        step *= 2;
    for (int64_t t = f->from; t <= f->to; t += step) {
        double x = x_of(f, t);

        fprintf(f->out, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n",
                t % HOUR ? "half" : "hour", x, TIMELINE_TOP - 6, x, bottom);
        if (t % HOUR == 0 && (step < HOUR || (t - f->from) % (2 * step) == 0)) {
            time_format_hm(t, hm);
            text(f, "axis", x - 14, TIMELINE_TOP - 12, hm);
        }
    }
}

/* The row's name at its left, cut to fit with the whole on hover. */
static void label(const struct frame *f, int row, const char *name)
{
    char cut[256];

    xml_printf(f->out, "<text class=\"label\" x=\"6\" y=\"%.1f\"><title>%s</title>%s</text>\n",
               (double)top_of(row) + 18, name, utf8_short(cut, sizeof cut, name, 34));
}

/* What ran late or over, said after the bar (not only its colour). */
static void item_words(const struct frame *f, int i, int64_t from, int64_t end, int64_t late,
                       int64_t over)
{
    char words[128] = "", part[64];

    if (f->d->agenda.prog->items[i].inserted)
        snprintf(words, sizeof words, "%s", _("inserted"));
    if (late >= MINUTE) {
        snprintf(part, sizeof part, _("started %lld min late"), (long long)(late / MINUTE));
        snprintf(words + strlen(words), sizeof words - strlen(words), "%s%s",
                 words[0] ? ", " : "", part);
    }
    if (over >= MINUTE) {
        snprintf(part, sizeof part, _("%lld min over"), (long long)(over / MINUTE));
        snprintf(words + strlen(words), sizeof words - strlen(words), "%s%s",
                 words[0] ? ", " : "", part);
    }
    if (words[0] == '\0')
        return;
    /* after the bar, or before it where the picture ends first (some 7 px
     * a character at this size) */
    if (x_of(f, end) + 6 + 7.0 * utf8_width(words) <= TIMELINE_WIDTH)
        text(f, "words", x_of(f, end) + 6, top_of(i) + 21, words);
    else
        xml_printf(f->out, "<text class=\"words\" text-anchor=\"end\" x=\"%.1f\" y=\"%.1f\">"
                           "%s</text>\n",
                   x_of(f, from) - 6, (double)top_of(i) + 21, words);
}

/* What ran: the thick bar, the late start before it, the overrun in it. */
static void item_actual(const struct frame *f, int i, int64_t start, int64_t end)
{
    const struct agenda *a = &f->d->agenda;
    const struct item *it = &a->prog->items[i];
    bool started = a->st[i].started;
    int64_t aim = started ? agenda_target_end(a, i, start) : end;
    int64_t late = started && !it->inserted ? start - it->start : 0;
    char id[32], title[160], when[16];
    double y = top_of(i);

    span(start, end, when, sizeof when);
    snprintf(id, sizeof id, "actual-%d", i + 1);
    snprintf(title, sizeof title, started ? _("ran %s") : _("ran %s (by the plan)"), when);
    bar(f, id, started ? "actual" : "actual byplan", start, end, y + 10, 12, title);
    if (late >= MINUTE) {
        snprintf(id, sizeof id, "late-%d", i + 1);
        snprintf(title, sizeof title, _("started %lld min late"), (long long)(late / MINUTE));
        bar(f, id, "late", it->start, start, y + 14, 4, title);
    }
    if (end - aim >= MINUTE) {
        snprintf(id, sizeof id, "over-%d", i + 1);
        snprintf(title, sizeof title, _("%lld min over"), (long long)((end - aim) / MINUTE));
        bar(f, id, "over", aim, end, y + 10, 12, title);
    }
    item_words(f, i, late >= MINUTE ? it->start : start, end, late, end - aim);
}

static void item_row(const struct frame *f, int i)
{
    const struct report_day *d = f->d;
    const struct item *it = &d->agenda.prog->items[i];
    char name[QUEUE_NAME_MAX + 16], id[32], title[QUEUE_NAME_MAX + 64], when[16];
    int64_t start, end;
    double y = top_of(i);

    snprintf(name, sizeof name, "%d  %s", i + 1, it->title);
    label(f, i, name);
    span(it->start, it->end, when, sizeof when);
    if (!it->inserted) {
        snprintf(id, sizeof id, "plan-%d", i + 1);
        snprintf(title, sizeof title, _("planned %s"), when);
        bar(f, id, "plan", it->start, it->end, y + 4, 4, title);
    }
    if (d->view.items[i].status == ITEM_CUT) {
        fprintf(f->out, "<line class=\"cut\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                x_of(f, it->start), y + 2, x_of(f, it->end), y + 10);
        text(f, "words", x_of(f, it->end) + 6, y + 21, _("cut from the day"));
    }
    if (d->view.items[i].status == ITEM_SKIPPED) /* passed over: its plan stays, alone */
        text(f, "words", x_of(f, it->end) + 6, y + 21, _("skipped (nobody pressed n for it)"));
    if (report_item_ran(d, i, &start, &end))
        item_actual(f, i, start, end);
}

/* The tick's letter: the key that made the change. */
static const char *edit_key(const struct agenda_event *ev)
{
    switch (ev->type) {
    case AGENDA_ITEM_CUT:
    case AGENDA_ITEM_UNCUT: return "x";
    case AGENDA_ITEM_INSERT: return "i";
    case AGENDA_ITEM_LENGTH:
        return ev->undo ? "u" : ev->place == 60 ? "+" : ev->place == -60 ? "\u2212" : "e";
    default: return ev->undo ? "u" : "e";
    }
}

/* Each change as a tick on its item's row at the moment it was made,
 * with the key that made it beside it. */
static void edit_ticks(const struct frame *f)
{
    const struct report_day *d = f->d;
    int count = 0;

    for (size_t k = 0; k < d->n_edits; k++) {
        const struct report_edit *e = &d->edits[k];
        char words[160], title[QUEUE_NAME_MAX + 200], at[9];
        double x = x_of(f, e->ev.at), y = top_of(e->item);

        if (e->item < 0)
            continue;
        report_edit_words(e, false, words, sizeof words);
        time_format_hms(e->ev.at, at);
        snprintf(title, sizeof title, "%s %s", at, words);
        fprintf(f->out, "<g class=\"edit\" id=\"edit-%d-%d\">", e->item + 1, ++count);
        fprintf(f->out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, y + 2, x,
                y + 26);
        xml_printf(f->out, "<text x=\"%.1f\" y=\"%.1f\">%s</text><title>%s</title></g>\n",
                   x + 3, y + 9, edit_key(&e->ev), title);
    }
}

static void poll_dots(const struct frame *f)
{
    const struct report_day *d = f->d;

    for (size_t i = 0; i < d->view.n_items; i++) {
        const struct item_view *iv = &d->view.items[i];
        char title[64], at[6];
        double y = top_of((int)i) + 16, x;

        if (iv->poll == POLL_ASKED) {
            x = x_of(f, d->agenda.st[i].poll_at);
            time_format_hm(d->agenda.st[i].poll_at, at);
            snprintf(title, sizeof title, _("poll question asked at %s"), at);
            xml_printf(f->out, "<circle id=\"poll-%d\" class=\"poll asked\" cx=\"%.1f\" "
                               "cy=\"%.1f\" r=\"4.5\"><title>%s</title></circle>\n",
                       (int)i + 1, x, y, title);
        } else if (iv->poll == POLL_MISSED) {
            x = x_of(f, iv->end) - 8;
            xml_printf(f->out, "<g id=\"poll-%d\" class=\"poll missed\"><title>%s</title>"
                               "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"/>",
                       (int)i + 1, _("poll question missed"), x, y);
            fprintf(f->out, "<path d=\"M%.1f %.1fl6 6m0 -6l-6 6\"/></g>\n", x - 3, y - 3);
        }
    }
}

static void film_lane(const struct frame *f, int row)
{
    const struct agenda *a = &f->d->agenda;
    char id[32], title[QUEUE_NAME_MAX + 64], when[16];

    label(f, row, _("Film"));
    for (size_t i = 0; i < a->prog->n_items; i++) {
        const struct film *film = a->prog->items[i].film;

        if (film == NULL || a->st[i].film < FILM_ROLLING)
            continue;
        span(a->st[i].rolled_at, a->st[i].rolled_at + film->duration, when, sizeof when);
        snprintf(id, sizeof id, "film-%zu", i + 1);
        snprintf(title, sizeof title, _("film rolled %s: %s"), when,
                 film->title ? film->title : a->prog->items[i].title);
        bar(f, id, "film", a->st[i].rolled_at, a->st[i].rolled_at + film->duration,
            top_of(row) + 8, 14, title);
    }
}

/* The interviews held: one bar each, alternately shaded to tell them
 * apart where they follow each other. */
static void press_lane(const struct frame *f, int row)
{
    const struct report_day *d = f->d;
    int count = 0;

    label(f, row, _("Press"));
    for (size_t i = 0; i < d->agenda.prog->n_items; i++) {
        const struct queue *q = &d->agenda.queues[PEOPLE_PRESS][i];

        for (size_t k = 0; k < q->n; k++) {
            const struct queue_speaker *s = &q->sp[q->order[k]];
            int64_t to = s->state == SPK_SPEAKING ? d->latest : s->turn_start + s->spoken;
            char id[32], title[2 * QUEUE_NAME_MAX + 32], when[16];

            if ((s->state != SPK_DONE && s->state != SPK_SPEAKING) || to <= s->turn_start)
                continue;
            span(s->turn_start, to, when, sizeof when);
            snprintf(id, sizeof id, "press-%d", ++count);
            snprintf(title, sizeof title, "%s %s (%s)", when, s->name, s->role ? s->role : "");
            bar(f, id, count % 2 ? "press" : "press alt", s->turn_start, to, top_of(row) + 8, 14,
                title);
        }
    }
}

/* Bands drawn on the stream's row: neighbours closer than a pixel are
 * one band (a stream that flapped all day is a smear of 36,000 changes,
 * drawn as the few bands a reader can tell apart, each saying how many). */
struct band {
    int64_t a, b;
    int count;
    enum stream_state worst;
    const char *cause;
};

static void band_flush(const struct frame *f, struct band *bd, bool incident, int *n, double y)
{
    char id[32], title[STREAM_REASON_MAX + 96], when[16];
    double w;

    if (bd->count == 0)
        return;
    span(bd->a, bd->b, when, sizeof when);
    snprintf(id, sizeof id, "%s-%d", incident ? "incident" : "live", ++*n);
    if (!incident)
        snprintf(title, sizeof title, "%s %s", when, _("stream LIVE"));
    else if (bd->count == 1)
        snprintf(title, sizeof title, "%s %s: %s", when, _(stream_state_label(bd->worst)),
                 bd->cause);
    else
        snprintf(title, sizeof title, P_("%s %d incident, the worst %s", "%s %d incidents, the worst %s",
                                         bd->count),
                 when, bd->count, _(stream_state_label(bd->worst)));
    bar(f, id, incident ? "incident" : "live", bd->a, bd->b, incident ? y + 6 : y + 13,
        incident ? 18 : 4, title);
    w = x_of(f, bd->b) - x_of(f, bd->a);
    if (incident && w >= 1) /* named by its worst state, where it is not a smear */
        text(f, "words", x_of(f, bd->b) + 4, y + 21, _(stream_state_label(bd->worst)));
    bd->count = 0;
}

/* Adds a..b to the band being drawn, or draws that one and begins anew. */
static void band_add(const struct frame *f, struct band *bd, int64_t a, int64_t b,
                     enum stream_state worst, const char *cause, bool incident, int *n,
                     double y)
{
    if (bd->count > 0 && x_of(f, a) - x_of(f, bd->b) < 1) {
        bd->b = b > bd->b ? b : bd->b;
        if (stream_severity(worst) > stream_severity(bd->worst))
            bd->worst = worst;
        bd->count++;
        return;
    }
    band_flush(f, bd, incident, n, y);
    *bd = (struct band){a, b, 1, worst, cause};
}

/* The stream LIVE as a thin band, its incidents as hatched red ones
 * named by their worst state. */
static void stream_lane(const struct frame *f, int row)
{
    const struct report_day *d = f->d;
    struct band bd = {0};
    double y = top_of(row);
    int n = 0;

    label(f, row, _("Stream"));
    for (size_t i = 0; i < d->n_stream; i++) {
        int64_t a = report_day_at(d, d->stream[i].wall_ms), b;

        if (d->stream[i].state != STREAM_LIVE)
            continue;
        b = report_day_at(d, i + 1 < d->n_stream ? d->stream[i + 1].wall_ms : d->last_wall);
        band_add(f, &bd, a, b, STREAM_LIVE, "", false, &n, y);
    }
    band_flush(f, &bd, false, &n, y);
    n = 0;
    for (size_t i = 0; i < d->n_incidents; i++) {
        const struct report_incident *inc = &d->incidents[i];

        band_add(f, &bd, inc->from, inc->to, inc->worst, inc->cause, true, &n, y);
    }
    band_flush(f, &bd, true, &n, y);
}

/* The day's planned end and its actual one, across every row. */
static void day_ends(const struct frame *f, const struct report_summary *s)
{
    char hm[6], words[64];
    int bottom = top_of(f->rows);

    time_format_hm(s->planned_end, hm);
    snprintf(words, sizeof words, _("planned end %s"), hm);
    xml_printf(f->out, "<line id=\"end-planned\" class=\"end planned\" x1=\"%.1f\" y1=\"%d\" "
                       "x2=\"%.1f\" y2=\"%d\"><title>%s</title></line>\n",
               x_of(f, s->planned_end), TIMELINE_TOP - 4, x_of(f, s->planned_end), bottom + 4,
               words);
    xml_printf(f->out, "<text class=\"words\" text-anchor=\"end\" x=\"%.1f\" y=\"%d\">%s</text>\n",
               x_of(f, s->planned_end) - 4, bottom + 14, words);
    if (!s->closed)
        return;
    time_format_hm(s->end, hm);
    snprintf(words, sizeof words, _("ended %s"), hm);
    xml_printf(f->out, "<line id=\"end-actual\" class=\"end\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                       "y2=\"%d\"><title>%s</title></line>\n",
               x_of(f, s->end), TIMELINE_TOP - 4, x_of(f, s->end), bottom + 4, words);
    text(f, "words", x_of(f, s->end) + 4, bottom + 14, words);
}

/* The legend: each kind of shape, drawn small, and what it means. */
static void legend(const struct frame *f, int y)
{
    static const struct {
        const char *cls, *shape, *words;
    } keys[] = {
        {"plan", "rect", N_("plan")},
        {"actual", "rect", N_("as it ran")},
        {"actual byplan", "rect", N_("ran by the plan (nobody pressed n)")},
        {"late", "rect", N_("late start")},
        {"over", "rect", N_("ran over")},
        {"cut", "line", N_("cut from the day")},
        {"edit", "tick", N_("a change (+, -, e, x, i; u an undo)")},
        {"poll asked", "dot", N_("poll question asked")},
        {"poll missed", "cross", N_("poll question missed")},
        {"film", "rect", N_("film")},
        {"press", "rect", N_("press interview")},
        {"live", "rect", N_("stream LIVE")},
        {"incident", "rect", N_("stream incident")},
    };
    const int per_row = 4, col_w = (TIMELINE_WIDTH - 12) / per_row;

    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        double x = 6 + (double)(k % per_row) * col_w, ly = y + (double)(k / per_row) * 20;

        xml_printf(f->out, "<g class=\"%s\"><title>%s</title>", keys[k].cls, _(keys[k].words));
        if (strcmp(keys[k].shape, "rect") == 0)
            fprintf(f->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"10\"/>", x, ly);
        else if (strcmp(keys[k].shape, "line") == 0 || strcmp(keys[k].shape, "tick") == 0)
            fprintf(f->out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                    x + (keys[k].shape[0] == 't' ? 12 : 0), ly - 2, x + 12 + (keys[k].shape[0] == 't' ? 0 : 12),
                    ly + 12);
        else
            fprintf(f->out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"/>", x + 12, ly + 5);
        if (strcmp(keys[k].shape, "cross") == 0)
            fprintf(f->out, "<path d=\"M%.1f %.1fl6 6m0 -6l-6 6\"/>", x + 9, ly + 2);
        fputs("</g>", f->out);
        text(f, "key", x + 32, ly + 10, _(keys[k].words));
    }
}

static const char style[] =
    "<style>"
    "text{font-family:sans-serif;font-size:14px;fill:#222}"
    "text.axis,text.words,text.key{font-size:12px}"
    "text.words{fill:#222}"
    ".hour{stroke:#bbb;stroke-width:1}.half{stroke:#e4e4e4;stroke-width:1}"
    ".plan,.plan rect{fill:#888}"
    ".actual,.actual rect{fill:#0072b2}"
    ".byplan,.byplan rect{fill:#fff;stroke:#0072b2;stroke-width:1.5;stroke-dasharray:4 2}"
    ".late,.late rect{fill:#e69f00;stroke:#e69f00;stroke-dasharray:3 2}"
    ".over,.over rect{fill:url(#hatch);stroke:#b36b00;stroke-width:1}"
    ".cut,.cut line{stroke:#222;stroke-width:2}"
    ".edit line{stroke:#222;stroke-width:2}.edit text{font-size:10px;font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px}"
    ".poll.asked,.poll.asked circle{fill:#222}"
    ".poll.missed circle{fill:#fff;stroke:#222;stroke-width:1.5}"
    ".poll.missed path{stroke:#222;stroke-width:1.5}"
    ".film,.film rect{fill:#cc79a7}"
    ".press,.press rect{fill:#56b4e9}.press.alt{fill:#2a7fb0}"
    ".live,.live rect{fill:#009e73}"
    ".incident,.incident rect{fill:url(#cross);stroke:#d55e00;stroke-width:1.5}"
    ".end{stroke:#222;stroke-width:1.5}.end.planned{stroke-dasharray:6 4}"
    "</style>\n"
    "<defs>"
    "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e69f00\"/>"
    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#7a4a00\" stroke-width=\"2\"/></pattern>"
    "<pattern id=\"cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
    "<rect width=\"6\" height=\"6\" fill=\"#d55e00\"/>"
    "<path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#fff\" stroke-width=\"1\"/></pattern>"
    "</defs>\n";

void timeline_svg(FILE *out, const struct report_day *d, const struct report_summary *s)
{
    struct frame f = {.out = out, .d = d};
    int n = (int)d->agenda.prog->n_items, height;

    axis(&f);
    f.rows = n + 3;
    height = top_of(f.rows) + 30 + 5 * 20;
    xml_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
                    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">"
                    "<title>%s</title>\n",
               TIMELINE_WIDTH, height, TIMELINE_WIDTH, height, _("The day: planned and as it ran"));
    fputs(style, out);
    fprintf(out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n",
            TIMELINE_WIDTH, height);
    grid(&f);
    for (int i = 0; i < n; i++)
        item_row(&f, i);
    edit_ticks(&f);
    poll_dots(&f);
    film_lane(&f, n);
    press_lane(&f, n + 1);
    stream_lane(&f, n + 2);
    day_ends(&f, s);
    legend(&f, top_of(f.rows) + 30);
    fputs("</svg>\n", out);
}
