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
    "footer{margin-top:2em;font-size:.8em;color:#555}";

/* One of the three figures: what, the figure, what more to say. */
static void figure(FILE *out, const char *what, const char *big, const char *more)
{
    xml_printf(out, "<div class=\"figure\"><div class=\"what\">%s</div>"
                    "<div class=\"big\">%s</div><div class=\"more\">%s</div></div>\n",
               what, big, more);
}

static void end_figure(FILE *out, const struct report_summary *s)
{
    char end[6], planned[6], big[16], more[128], late[64];

    time_format_hm(s->end, end);
    time_format_hm(s->planned_end, planned);
    time_format_delay(s->end - s->planned_end, late, sizeof late);
    snprintf(big, sizeof big, "%s", end);
    if (s->closed)
        snprintf(more, sizeof more, _("planned %s: %s"), planned, late);
    else
        snprintf(more, sizeof more, _("planned %s; the programme was not closed (n after the "
                                      "last item): its end as far as the journal goes"),
                 planned);
    figure(out, _("The day ended"), big, more);
}

static void delay_figure(FILE *out, const struct report_day *d, const struct report_summary *s)
{
    const struct programme *p = d->agenda.prog;
    char big[32], more[3 * QUEUE_NAME_MAX], at[6], cause[2 * QUEUE_NAME_MAX];

    if (s->delay < 60) {
        figure(out, _("Largest delay"), "0", _("the day never ran a minute late"));
        return;
    }
    snprintf(big, sizeof big, _("%lld min"), (long long)(s->delay / 60));
    if (s->delay_item < 0) {
        time_format_hm(s->end, at);
        snprintf(more, sizeof more, _("at the end of the day (%s)"), at);
    } else {
        time_format_hm(d->view.items[s->delay_item].start, at);
        snprintf(more, sizeof more, _("at the start of %d %s (%s)"), s->delay_item + 1,
                 p->items[s->delay_item].title, at);
    }
    if (s->cause_item >= 0 && s->cause_item < (int)p->n_items) {
        snprintf(cause, sizeof cause,
                 s->cause_late_start ? _("; most of it the late start of %d %s (%lld min)")
                                     : _("; most of it %d %s running %lld min over"),
                 s->cause_item + 1, p->items[s->cause_item].title,
                 (long long)(s->cause_by / 60));
        strncat(more, cause, sizeof more - strlen(more) - 1);
    }
    figure(out, _("Largest delay"), big, more);
}

static void stream_figure(FILE *out, const struct report_day *d)
{
    char big[32], more[128];
    double live;
    size_t n;

    if (!report_live_share(d, &live)) {
        figure(out, _("The stream LIVE"), "–", _("the stream was not watched"));
        return;
    }
    free(report_incidents(d, &n));
    i18n_decimal(big, sizeof big, live);
    strcat(big, " %");
    snprintf(more, sizeof more, P_("of the time watched; %zu incident",
                                   "of the time watched; %zu incidents", n),
             n);
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
    end_figure(out, &s);
    delay_figure(out, d, &s);
    stream_figure(out, d);
    xml_printf(out, "</div>\n<h2>%s</h2>\n", _("The day: planned and as it ran"));
    timeline_svg(out, d);
}

void report_html_end(FILE *out, const char *journal)
{
    char words[256];

    snprintf(words, sizeof words, _("Report of %s, written by podium."), journal);
    xml_printf(out, "<footer>%s</footer>\n</body>\n</html>\n", words);
}
