/* The screen on stage (--role stage): for the person speaking, the time
 * left in digits that fill the terminal (a TV over HDMI), who speaks and
 * the item small above, the next item small below. Nothing else: no
 * stream, no agenda, no footer; ? shows the operator one line. */
#include <stdio.h>
#include <string.h>

#include "bigdigits.h"
#include "i18n.h"
#include "stage_view.h"
#include "timefmt.h"
#include "ui_panel.h"
#include "utf8.h"

/* What the stage shows, in words. */
struct stage_text {
    char big[24];    /* the digits */
    char top[160];   /* over them: who speaks, or the item */
    char sub[160];   /* under that, small: the item when someone speaks */
    char words[200]; /* under the digits: the state in words (monochrome too) */
    char below[200]; /* at the bottom: what comes next */
    enum ui_style style; /* of the digits and the words */
};

static void next_words(const struct app *app, const struct stage_view *s, char *buf, size_t size)
{
    char at[6];

    buf[0] = '\0';
    if (s->next < 0 || s->mode == STAGE_BEFORE)
        return;
    time_format_hm(app->view.items[s->next].start, at);
    snprintf(buf, size, _("Next: %s %s"), at, app->prog->items[s->next].title);
}

/* The digits and the words of a countdown: "+1:12" over time. */
static void countdown(const struct stage_view *s, struct stage_text *t)
{
    char d[16];

    time_format_duration(s->left, d, sizeof d);
    snprintf(t->big, sizeof t->big, "%s%s", s->left < 0 ? "+" : "", d);
    t->style = s->state == TIME_OVER ? STYLE_OVER : s->state == TIME_WARN ? STYLE_WARN : STYLE_OK;
    snprintf(t->words, sizeof t->words, "%s",
             s->state == TIME_OVER ? _("OVER TIME") : s->state == TIME_WARN ? _("WRAP UP") : "");
}

static void stage_text(const struct app *app, const struct stage_view *s, struct stage_text *t)
{
    const struct programme *p = app->prog;
    char at[6];

    memset(t, 0, sizeof *t);
    t->style = STYLE_NORMAL;
    next_words(app, s, t->below, sizeof t->below);
    switch (s->mode) {
    case STAGE_TURN:
        countdown(s, t);
        snprintf(t->top, sizeof t->top, "%s", s->who);
        snprintf(t->sub, sizeof t->sub, "%s", p->items[s->item].title);
        break;
    case STAGE_ITEM:
        countdown(s, t);
        snprintf(t->top, sizeof t->top, "%s", p->items[s->item].title);
        break;
    case STAGE_BREAK: /* nobody speaks: the time of day, and until when */
        time_format_face(app->now, t->big);
        time_format_hm(s->until, at);
        snprintf(t->words, sizeof t->words, _("%s until %s"), p->items[s->item].title, at);
        break;
    case STAGE_BEFORE:
        time_format_face(app->now, t->big);
        if (s->next >= 0) {
            time_format_hm(s->until, at);
            snprintf(t->words, sizeof t->words, _("Starts at %s: %s"), at,
                     p->items[s->next].title);
        }
        break;
    case STAGE_OVER:
        time_format_face(app->now, t->big);
        snprintf(t->words, sizeof t->words, "%s", _("PROGRAMME OVER"));
        break;
    }
}

/* A line of text centred in the window's width. */
static void centred(WINDOW *w, int y, const char *s, attr_t attr)
{
    int cols = getmaxx(w) - 2, width = utf8_width(s);

    if (!s[0] || y < 0 || y >= getmaxy(w))
        return;
    wattrset(w, attr);
    ui_text(w, y, 1 + (width < cols ? (cols - width) / 2 : 0), cols, s);
    wattrset(w, A_NORMAL);
}

/* The operator's line at the bottom: the quit question, or ?'s hint. */
static void operator_line(WINDOW *w, const struct app *app)
{
    const char *line = app->confirm_quit ? _("Quit podium? Press y to quit, any other key to stay.")
                       : app->help_shown ? _("Stage screen, as the operators run the day: q then y quits")
                                         : "";

    centred(w, getmaxy(w) - 1, line, ui_style(STYLE_PROMPT));
}

#define MESSAGE_LINES 3

/* The crew's message in lines of at most cols columns, broken between
 * words (within a word too long for one); returns how many, at most
 * MESSAGE_LINES, the last shortened with "…" by the drawing. */
static int message_lines(const char *text, int cols, char lines[MESSAGE_LINES][QUEUE_NAME_MAX])
{
    int n = 0;

    while (*text == ' ')
        text++;
    for (; *text && n < MESSAGE_LINES; n++) {
        size_t fit = utf8_fit(text, cols), cut = fit;

        if (text[fit] != '\0' && n < MESSAGE_LINES - 1) {
            while (cut > 0 && text[cut] != ' ')
                cut--;
            cut = cut > 0 ? cut : fit;
        } else {
            cut = strlen(text); /* the last: whole, for the "…" */
        }
        snprintf(lines[n], QUEUE_NAME_MAX, "%.*s", (int)cut, text);
        for (text += cut; *text == ' '; text++)
            ;
    }
    return n;
}

/* Rows the message takes: a row above and below its lines. */
static int message_rows(const char *text, int cols)
{
    char lines[MESSAGE_LINES][QUEUE_NAME_MAX];

    return text[0] ? message_lines(text, cols - 6, lines) + 2 : 0;
}

/* The crew's message, as large as text goes: a bright band across the
 * screen, the text bold in it, broken into lines rather than cut (any
 * text: the big font has no letters for it). */
static void draw_message(WINDOW *w, int y, const char *text)
{
    char lines[MESSAGE_LINES][QUEUE_NAME_MAX];
    int cols = getmaxx(w), n;

    if (!text[0])
        return;
    n = message_lines(text, cols - 6, lines);
    wattrset(w, ui_style(STYLE_PROMPT) | A_BOLD);
    for (int r = 0; r < n + 2 && y + r < getmaxy(w); r++)
        mvwhline(w, y + r, 1, ' ', cols - 2);
    wattrset(w, A_NORMAL);
    for (int i = 0; i < n; i++)
        centred(w, y + 1 + i, lines[i], ui_style(STYLE_PROMPT) | A_BOLD);
}

static void draw(WINDOW *w, const struct app *app)
{
    struct stage_view s;
    struct stage_text t;
    int rows = getmaxy(w), cols = getmaxx(w), h, y;
    int msg = app->agenda.message[0] ? 1 + message_rows(app->agenda.message, cols) : 0;
    attr_t style;

    if (app->agenda.blackout) { /* black: nothing but the operator's line */
        operator_line(w, app);
        return;
    }
    stage_view_update(&s, &app->agenda, &app->view, app->now);
    stage_text(app, &s, &t);
    style = ui_style(t.style);
    /* the lines around the digits: top, sub, a gap, (digits), a gap,
     * words, below, the message, and the operator's line */
    h = big_fit(t.big, cols - 4, rows - 7 - msg);
    y = (rows - 1 - (h > 0 ? h : 1) - 6 - msg) / 2;
    y = y > 0 ? y : 0;
    centred(w, y, t.top, A_BOLD);
    centred(w, y + 1, t.sub, ui_style(STYLE_DIM));
    if (h > 0)
        big_draw(w, y + 3, (cols - big_width(t.big, h)) / 2, t.big, style | A_BOLD, h);
    else
        centred(w, y + 3, t.big, style | A_BOLD);
    y += 3 + (h > 0 ? h : 1) + 1;
    centred(w, y, t.words, style | A_BOLD);
    draw_message(w, y + 2, app->agenda.message); /* under the digits, before what is next */
    centred(w, y + 1 + msg, t.below, ui_style(STYLE_DIM));
    operator_line(w, app);
}

static uint64_t stamp(const struct app *app)
{
    /* the version moves with every step: a message, the blackout too */
    uint64_t h = ui_hash(ui_hash(UI_HASH_SEED, app->now), app->agenda.version);

    return ui_hash(ui_hash(h, app->help_shown), app->confirm_quit);
}

const struct panel panel_stage = {.name = "stage", .height = 0, .draw = draw, .stamp = stamp};
