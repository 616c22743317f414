#include "report_html.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "stream.h"
#include "timefmt.h"
#include "timeline.h"
#include "xml.h"

static const char css[] =
    "body{font-family:sans-serif;color:#222;margin:2em auto;max-width:1240px;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em}"
    ".figures{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}"
    ".figure{flex:1 1 16em;border:1px solid #ccc;border-radius:6px;padding:.7em 1em}"
    ".figure .what{font-size:.9em;color:#555}"
    ".figure .big{font-size:2em;font-weight:bold;margin:.1em 0}"
    ".figure .more{font-size:.9em}"
    "svg.timeline{max-width:100%;height:auto;border:1px solid #ddd}"
    "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}"
    "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
    "th{background:#f2f2f2}"
    "td.bar svg .scale{fill:#e4e4e4}td.bar svg .spoken{fill:#0072b2}"
    "td.bar svg .over{fill:#e69f00;stroke:#7a4a00;stroke-dasharray:2 1}"
    "td.bar svg .mark{fill:#222}"
    "footer{margin-top:2em;font-size:.8em;color:#555}"
    ".figure,td{overflow-wrap:anywhere}.figure .more{unicode-bidi:plaintext}"
    /* on paper: the picture as wide as a landscape page allows */
    "@media print{@page{size:A4 landscape;margin:1cm}body{max-width:none;margin:0}"
    "svg.timeline{border:none}h2{break-after:avoid}}";

/* One of the three figures: what, the figure, what more to say. */
static void figure(FILE *out, const char *what, const char *big, const char *more)
{
    xml_printf(out, "<div class=\"figure\"><div class=\"what\">%s</div>"
                    "<div class=\"big\">%s</div><div class=\"more\">%s</div></div>\n",
               what, big, more);
}

/* "14 min", "1 h 5 min". */
static void minutes(int64_t sec, char *buf, size_t size)
{
    long long min = (long long)(sec / 60);

    if (min < 60)
        snprintf(buf, size, _("%lld min"), min);
    else
        snprintf(buf, size, _("%lld h %lld min"), min / 60, min % 60);
}

static void end_figure(FILE *out, const struct report_day *d, const struct report_summary *s)
{
    char end[6], planned[6], more[192], late[64], last[6];

    time_format_hm(s->end, end);
    time_format_hm(s->planned_end, planned);
    time_format_hm(d->latest, last);
    time_format_delay(s->end - s->planned_end, late, sizeof late);
    if (!s->started) {
        snprintf(more, sizeof more, _("nothing was started in this journal (planned %s)"),
                 planned);
        figure(out, _("The day ended"), "–", more);
    } else if (!s->closed) {
        snprintf(more, sizeof more,
                 _("planned %s; the programme was not closed (n after the last item): "
                   "projected from the journal's last step, at %s"),
                 planned, last);
        figure(out, _("The day's end, projected"), end, more);
    } else {
        snprintf(more, sizeof more, _("planned %s: %s"), planned, late);
        figure(out, _("The day ended"), end, more);
    }
}

/* What caused most of the delay, said after where it was largest. */
static void cause_words(const struct report_day *d, const struct report_summary *s, char *buf,
                        size_t size)
{
    const struct item *it = &d->agenda.prog->items[s->cause_item];
    bool mostly = s->cause_by * 2 >= s->delay;
    char by[32];
    const char *fmt;

    minutes(s->cause_by, by, sizeof by);
    if (s->cause_late_start && s->cause_item == s->delay_item) {
        snprintf(buf, size, mostly ? _("; mostly its own late start (%s)")
                                   : _("; the largest part its own late start (%s)"),
                 by);
        return;
    }
    if (s->cause_late_start)
        fmt = mostly ? _("; mostly because \u201c%s\u201d started %s late")
                     : _("; the largest part because \u201c%s\u201d started %s late");
    else if (it->inserted)
        fmt = mostly ? _("; mostly because \u201c%s\u201d, inserted on the day, took %s")
                     : _("; the largest part because \u201c%s\u201d, inserted on the day, took %s");
    else
        fmt = mostly ? _("; mostly because \u201c%s\u201d ran %s longer than planned")
                     : _("; the largest part because \u201c%s\u201d ran %s longer than planned");
    snprintf(buf, size, fmt, it->title, by);
}

static void delay_figure(FILE *out, const struct report_day *d, const struct report_summary *s)
{
    const struct programme *p = d->agenda.prog;
    char big[32], more[3 * QUEUE_NAME_MAX], at[6], cause[2 * QUEUE_NAME_MAX];

    if (!s->started) {
        figure(out, _("Largest delay"), "–", _("nothing was started in this journal"));
        return;
    }
    if (s->delay < 60) {
        minutes(0, big, sizeof big);
        figure(out, _("Largest delay"), big, _("the day never ran a minute late"));
        return;
    }
    minutes(s->delay, big, sizeof big);
    if (s->delay_item < 0) {
        time_format_hm(s->end, at);
        snprintf(more, sizeof more, _("when the programme closed (%s)"), at);
    } else {
        time_format_hm(d->view.items[s->delay_item].start, at);
        snprintf(more, sizeof more, _("at the start of \u201c%s\u201d (%s)"),
                 p->items[s->delay_item].title, at);
    }
    if (s->cause_item >= 0 && s->cause_item < (int)p->n_items) {
        cause_words(d, s, cause, sizeof cause);
        strncat(more, cause, sizeof more - strlen(more) - 1);
    }
    figure(out, _("Largest delay"), big, more);
}

static void stream_figure(FILE *out, const struct report_day *d)
{
    char big[32], more[128];

    if (!d->watched) {
        figure(out, _("The stream LIVE"), "–", _("the stream was not watched"));
        return;
    }
    i18n_decimal(big, sizeof big, d->live_percent);
    strcat(big, " %");
    snprintf(more, sizeof more, P_("of the time watched; %zu incident",
                                   "of the time watched; %zu incidents", d->n_incidents),
             d->n_incidents);
    figure(out, _("The stream LIVE"), big, more);
}

void report_html_begin(FILE *out, const struct report_day *d, const char *event)
{
    const char *lang = i18n_swedish() ? "sv" : "en";
    struct report_summary s;

    report_summarize(d, &s);
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n", out);
    xml_printf(out, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\" xml:lang=\"%s\">\n",
               lang, lang);
    xml_printf(out, "<head><meta charset=\"UTF-8\"/><title>%s</title>\n<style>", event);
    fputs(css, out);
    fputs("</style></head>\n<body>\n", out);
    xml_printf(out, "<h1>%s</h1>\n<div class=\"figures\">\n", event);
    end_figure(out, d, &s);
    delay_figure(out, d, &s);
    stream_figure(out, d);
    xml_printf(out, "</div>\n<h2>%s</h2>\n", _("The day: planned and as it ran"));
    timeline_svg(out, d, &s);
}

void report_html_end(FILE *out, const char *journal)
{
    char words[256];

    snprintf(words, sizeof words, _("Report of %s, written by podium."), journal);
    xml_printf(out, "<footer>%s</footer>\n</body>\n</html>\n", words);
}
