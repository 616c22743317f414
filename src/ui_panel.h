/* ui_panel: what every panel of the screen provides. Private to ui*.c.
 * A panel draws only from the app; its stamp summarises what it shows,
 * so the ui redraws a panel only when its stamp changes. */
#ifndef PODIUM_UI_PANEL_H
#define PODIUM_UI_PANEL_H

#include <curses.h>
#include <stdint.h>

#include "app_state.h"

struct panel {
    const char *name;
    int height; /* rows; 0 takes what the others leave */
    void (*draw)(WINDOW *w, const struct app *app);
    uint64_t (*stamp)(const struct app *app);
    /* rows wanted now, for a panel whose height depends on the day;
     * NULL for a fixed height. 0 hides the panel. */
    int (*want)(const struct app *app);
    /* of those rows, how many it keeps while the panels below it give
     * way (the focused queue stays usable); NULL keeps none */
    int (*keep)(const struct app *app);
    bool whole; /* less than it wants is no use: cut, it keeps only that */
    /* the panel that takes what the others leave: the most rows it has a
     * use for; what it has beyond them goes to the panels that grow */
    int (*need)(const struct app *app);
    /* a panel that grows into rows nobody else needs (the big digits):
     * the most it could use at this width; NULL grows not */
    int (*grow)(const struct app *app, int cols);
};

extern const struct panel panel_header, panel_clock, panel_clock_line, panel_status,
    panel_film, panel_speakers, panel_press, panel_stream, panel_stream_line, panel_agenda,
    panel_footer, panel_stage;

/* The fewest rows the agenda keeps when other panels grow. */
#define AGENDA_MIN_ROWS 5

enum ui_style {
    STYLE_NORMAL,
    STYLE_HEADER,
    STYLE_DIM,
    STYLE_OK,
    STYLE_WARN,
    STYLE_WARN_LABEL, /* the countdown's label in the warning time */
    STYLE_OVER,
    STYLE_ALARM, /* over time, drawn big: plainly alarming */
    STYLE_CURRENT,
    STYLE_PROMPT,
};

/* The attributes for a style: colour where the terminal has it and
 * NO_COLOR is not set, else bold/reverse. */
/* Colours when the terminal has them and NO_COLOR is not set; once the
 * screen is up. */
void ui_colors_init(void);
attr_t ui_style(enum ui_style s);
enum ui_style ui_time_style(enum time_state s);

/* Writes UTF-8 text at y,x in at most cols columns, a text too long
 * shortened with "…" (never cut without a mark), controls and bidi
 * overrides shown as escapes (safe.h); returns columns used. */
int ui_text(WINDOW *w, int y, int x, int cols, const char *s);
/* The same, right-aligned to end at column x_end. */
void ui_text_right(WINDOW *w, int y, int x_end, const char *s);

/* Hash helpers for stamps. */
uint64_t ui_hash(uint64_t h, int64_t v);
uint64_t ui_hash_str(uint64_t h, const char *s);
#define UI_HASH_SEED 1469598103934665603ULL


void ui_help_draw(const struct app *app);

#endif
