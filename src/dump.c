#include "dump.h"

#include <string.h>

#include "i18n.h"
#include "safe.h"
#include "stream_config.h"
#include "timefmt.h"
#include "url.h"
#include "utf8.h"

/* s and spaces to cols columns, by display width (Swedish: å is one). */
static void pad(FILE *out, const char *s, int cols)
{
    fprintf(out, "%s%*s", s, utf8_pad(s, cols), "");
}

/* Under their item: "- Lena Hallengren, Socialminister (15:00)", and
 * for a press booking "- press: Sydsvenskan with Lena Hallengren (5:00)". */
static void dump_people(const struct item *it, enum people_kind kind, FILE *out)
{
    size_t n;
    const struct speaker *people = item_people(it, kind, &n);

    for (size_t k = 0; k < n; k++) {
        const struct speaker *sp = &people[k];
        int64_t allot = people_allotment(it, kind, k);

        char who[2 * QUEUE_NAME_MAX + 16];

        if (kind == PEOPLE_PRESS)
            snprintf(who, sizeof who, sp->role ? _("press: %s with %s") : _("press: %s"),
                     safe_str(sp->name), safe_str(sp->role));
        else
            snprintf(who, sizeof who, sp->role ? "%s, %s" : "%s", safe_str(sp->name), safe_str(sp->role));
        fprintf(out, sp->minutes < 0 ? _("%37s- %s (%d:%02d, a share)\n") : "%37s- %s (%d:%02d)\n",
                "", who, (int)(allot / 60), (int)(allot % 60));
    }
}

void dump_programme(const struct programme *prog, FILE *out)
{
    char line[512], a[6], b[6], shown[1024];

    programme_event_line(&prog->event, true, line, sizeof line);
    fprintf(out, "%s\n", safe_str(line));
    fprintf(out, "%3s  ", "#");
    pad(out, _("start"), 5);
    fputs("  ", out);
    pad(out, _("end"), 5);
    fprintf(out, "  %4s  ", _("min"));
    pad(out, _("kind"), 5);
    fputs("  ", out);
    pad(out, _("poll"), 5);
    fprintf(out, " %s\n", _("title"));
    for (size_t i = 0; i < prog->n_items; i++) {
        const struct item *it = &prog->items[i];

        time_format_hm(it->start, a);
        time_format_hm(it->end, b);
        fprintf(out, "%3zu  %s  %s  %4d  ", i + 1, a, b, (int)((it->end - it->start) / 60));
        pad(out, item_kind_name(it->kind), 5); /* the configuration's word */
        fputs("  ", out);
        pad(out, it->poll ? _("yes") : "", 5);
        fprintf(out, " %s\n", safe_str(it->title));
        dump_people(it, PEOPLE_SPEAKERS, out);
        dump_people(it, PEOPLE_PRESS, out);
    }
    time_format_hm(prog->items[0].start, a);
    time_format_hm(prog->items[prog->n_items - 1].end, b);
    fprintf(out, P_("%s: %zu item, %s-%s", "%s: %zu items, %s-%s", prog->n_items), prog->path,
            prog->n_items, a, b);
    fprintf(out, prog->bell ? _(", warn %d min before the end, bell on\n")
                            : _(", warn %d min before the end, bell off\n"),
            prog->warn_minutes);
    if (prog->stream)
        fprintf(out, _("stream: %s (format %s, a poll every %d s, timeout %d s)\n"),
                safe_str(url_shown(prog->stream->url, shown, sizeof shown)),
                stream_format_name(prog->stream->format),
                prog->stream->interval, prog->stream->timeout);
    else
        fprintf(out, "%s", _("stream: none (no stream group: the stream panel says OFF)\n"));
}

static const char *status_word(enum item_status s)
{
    switch (s) {
    case ITEM_CURRENT: return _("now");
    case ITEM_DONE: return _("done");
    case ITEM_SKIPPED: return _("skipped");
    case ITEM_CUT: return _("cut");
    default: return "";
    }
}

static const char *poll_word(enum poll_state p)
{
    static const char *const words[] = {
        [POLL_NONE] = "", [POLL_OPEN] = N_("yes"), [POLL_DUE] = N_("due"),
        [POLL_ASKED] = N_("asked"), [POLL_MISSED] = N_("MISSED"),
    };

    return p == POLL_NONE ? "" : _(words[p]);
}

static const char *state_word(enum time_state s)
{
    switch (s) {
    case TIME_OK: return _("ok");
    case TIME_WARN: return _("warn");
    case TIME_OVER: return _("over");
    default: return _("idle");
    }
}

static void dump_current(const struct agenda *a, const struct agenda_view *v, FILE *out)
{
    const struct programme *p = a->prog;
    char d[16], t[6];

    if (v->current < 0) {
        time_format_duration(v->remaining, d, sizeof d);
        fprintf(out, "%s", _("current:   (none: the day has not begun)\n"));
        fprintf(out, _("starts in: %s\n"), d);
    } else if (v->current >= (int)p->n_items) {
        fprintf(out, "%s", _("current:   (none: the programme is over)\n"));
        if (v->closed_at >= 0) {
            time_format_hm(v->closed_at, t);
            fprintf(out, _("closed at: %s\n"), t);
        }
    } else {
        time_format_duration(v->remaining, d, sizeof d);
        fprintf(out, v->following_plan ? _("current:   %d %s (%s) [following the plan]\n")
                                       : _("current:   %d %s (%s)\n"),
                v->current + 1, safe_str(p->items[v->current].title),
                _(item_kind_name(p->items[v->current].kind)));
        fprintf(out, v->remaining < 0 ? _("overtime:  +%s\n") : _("remaining: %s\n"), d);
        fprintf(out, _("state:     %s\n"), state_word(v->state));
    }
}

static const char *turn_word(enum people_kind kind, enum speaker_state st)
{
    static const char *const words[PEOPLE_KINDS][4] = {
        {N_("waiting"), N_("speaking"), N_("done"), N_("skipped")},
        {N_("waiting"), N_("now"), N_("done"), N_("skipped")},
    };

    return _(words[kind][st]);
}

/* One of an item's queues in order, with the time each has had. */
static void dump_queue(const struct agenda *a, int item, enum people_kind kind, int64_t now,
                       FILE *out)
{
    const struct queue *q = &a->queues[kind][item];
    static const char *const balance[] = {"", "", N_("less"), N_("more")};

    if (q->n == 0)
        return;
    fprintf(out, "%s", kind == PEOPLE_PRESS ? _("bookings:\n") : _("speakers:\n"));
    for (size_t at = 0; at < q->n; at++) {
        int id = q->order[at];
        char spoken[16], allot[16];
        enum balance b = a->prog->items[item].kind == KIND_PANEL
                             ? queue_balance(q, id, now) : BALANCE_NONE;

        time_format_duration(queue_spoken(q, id, now), spoken, sizeof spoken);
        time_format_duration(q->sp[id].allotment, allot, sizeof allot);
        fputs("  ", out);
        pad(out, turn_word(kind, q->sp[id].state), 8);
        fprintf(out, _("  %7s of %-7s "), spoken, q->sp[id].allotment ? allot : "-");
        pad(out, b == BALANCE_LESS || b == BALANCE_MORE ? _(balance[b]) : "", 4);
        if (kind == PEOPLE_PRESS && q->sp[id].role)
            fprintf(out, _("  %s with %s\n"), safe_str(q->sp[id].name), safe_str(q->sp[id].role));
        else
            fprintf(out, "  %s\n", safe_str(q->sp[id].name));
    }
}

/* "press:     10 starts 13:52 (+7), in 1:02:10; the slot 30:00, needs
 * 20:00" (or, once it runs, the time left in it) and its bookings. */
static void dump_press(const struct agenda *a, const struct agenda_view *v, int64_t now,
                       FILE *out)
{
    int i = v->press_item;
    char at[6], dl[16], until[16], left[16], need[16];

    if (i < 0)
        return;
    time_format_hm(v->items[i].start, at);
    time_format_delay_short(v->items[i].delay, dl, sizeof dl);
    time_format_duration(v->press_until > 0 ? v->press_until : 0, until, sizeof until);
    time_format_duration(v->press_left, left, sizeof left);
    time_format_duration(v->press_need, need, sizeof need);
    fprintf(out, v->items[i].status == ITEM_CURRENT ? _("press:     %d started %s")
                                                    : _("press:     %d starts %s"),
            i + 1, at);
    if (dl[0])
        fprintf(out, " (%s)", dl);
    if (v->items[i].status == ITEM_CURRENT)
        fprintf(out, v->press_left < 0 ? _("; %s over the slot") : _("; %s left in the slot"),
                left);
    else
        fprintf(out, _(", in %s; the slot %s"), until, left);
    fprintf(out, _(", bookings need %s\n"), need);
    dump_queue(a, i, PEOPLE_PRESS, now, out);
}

/* "film:      7 rolling, 3:12 left" and the like. */
static void dump_film(const struct agenda *a, const struct agenda_view *v, FILE *out)
{
    static const char *const states[] = {N_("waiting"), N_("standby"), N_("rolling"),
                                         N_("done")};
    char t[16];

    if (v->film_item < 0)
        return;
    fprintf(out, _("film:      %d %s"), v->film_item + 1, _(states[v->film]));
    if (v->film == FILM_ROLLING && v->film_left >= 0) {
        time_format_duration(v->film_left, t, sizeof t);
        fprintf(out, _(", %s left"), t);
    } else if (v->film == FILM_ROLLING) {
        fprintf(out, "%s", _(", over"));
    } else {
        time_format_duration(v->film_until > 0 ? v->film_until : 0, t, sizeof t);
        fprintf(out, v->film_reminder ? _(", starts in %s (standby due)") : _(", starts in %s"),
                t);
    }
    fprintf(out, ": %s\n", safe_str(a->prog->items[v->film_item].film->title
                                      ? a->prog->items[v->film_item].film->title
                                      : a->prog->items[v->film_item].title));
}

/* One row of --dump's item table, its columns padded by display width. */
static void item_row(FILE *out, const char *n, const char *status, const char *planned,
                     const char *projected, const char *delay, const char *kind,
                     const char *poll, const char *title)
{
    fprintf(out, "%3s  ", n);
    pad(out, status, 7);
    fputs("  ", out);
    pad(out, planned, 11);
    fputs("  ", out);
    pad(out, projected, 11);
    fprintf(out, "  %5s  ", delay);
    pad(out, kind, 5);
    fputs("  ", out);
    pad(out, poll, 6);
    fprintf(out, "  %s\n", safe_str(title));
}

static const char *hm(int64_t t, char buf[static 6])
{
    time_format_hm(t, buf);
    return buf;
}

void dump_state(const struct agenda *a, const struct agenda_view *v, int64_t now,
                FILE *out)
{
    const struct programme *p = a->prog;
    char line[512], t[9], s[6], e[6], ps[6], pe[6], dl[32];

    programme_event_line(&p->event, true, line, sizeof line);
    time_format_hms(now, t);
    fprintf(out, _("%s\ntime:      %s\n"), safe_str(line), t);
    dump_current(a, v, out);
    time_format_delay(v->day_delay, dl, sizeof dl);
    fprintf(out, _("day:       %s\n"), dl);
    if (v->next >= 0) {
        time_format_hm(v->items[v->next].start, s);
        time_format_delay_short(v->items[v->next].delay, dl, sizeof dl);
        fprintf(out, dl[0] ? _("next:      %d %s at %s %s\n") : _("next:      %d %s at %s%s\n"),
                v->next + 1, safe_str(p->items[v->next].title), s, dl);
    }
    if (v->current >= 0 && v->current < (int)p->n_items)
        dump_queue(a, v->current, PEOPLE_SPEAKERS, now, out);
    dump_film(a, v, out);
    dump_press(a, v, now, out);
    /* TRANSLATORS: the head of --dump's item table, over its columns: keep
     * each word where the English one stands */
    fprintf(out, "%s\n", _("  #  status   planned      projected    delay  kind   poll    title"));
    for (size_t i = 0; i < p->n_items; i++) {
        const struct item_view *iv = &v->items[i];
        char n[24], planned[16], projected[16];

        snprintf(n, sizeof n, "%zu", i + 1);
        time_format_hm(iv->start, ps);
        time_format_hm(iv->end, pe);
        snprintf(projected, sizeof projected, "%s-%s", ps, pe);
        time_format_delay_short(iv->delay, dl, sizeof dl);
        /* an inserted item is in no plan: no planned time, no delay */
        snprintf(planned, sizeof planned, "%s-%s", hm(p->items[i].start, s),
                 hm(p->items[i].end, e));
        item_row(out, n, status_word(iv->status), p->items[i].inserted ? _("new") : planned,
                 projected, p->items[i].inserted ? "" : dl, item_kind_name(p->items[i].kind),
                 poll_word(iv->poll), p->items[i].title);
    }
}
