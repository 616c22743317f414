#include "ui.h"

#include "i18n.h"
#include "keys.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_panel.h"
#include "ui_term.h"
#include "utf8.h"

/* Each role's screen, top to bottom. Growing panels higher up outrank
 * those below when rows run short; the agenda takes what is left. */
#define MAX_PANELS 10
static const struct panel *const layouts[][MAX_PANELS] = {
    [ROLE_MODERATOR] = {&panel_header, &panel_clock, &panel_status, &panel_stream_line,
                        &panel_film, &panel_speakers, &panel_press, &panel_agenda,
                        &panel_footer},
    [ROLE_PRODUCER] = {&panel_header, &panel_clock_line, &panel_status, &panel_stream_line,
                       &panel_film, &panel_press, &panel_speakers, &panel_agenda,
                       &panel_footer},
    [ROLE_TECHNICIAN] = {&panel_header, &panel_clock_line, &panel_stream, &panel_status,
                         &panel_film, &panel_speakers, &panel_press, &panel_agenda,
                         &panel_footer},
    /* the person on stage: the time left, filling the screen */
    [ROLE_STAGE] = {&panel_stage},
};

static struct {
    const struct panel *const *panels; /* the role's layout */
    int min_cols, min_rows; /* the stage screen draws on a small one too */
    size_t n_panels;
    SCREEN *screen;
    bool active;
    bool too_small;
    bool help_was_shown;
    bool relaid;        /* laid out anew: the next draw must reach the terminal */
    unsigned alerts_shown;
    WINDOW *win[MAX_PANELS];
    uint64_t stamp[MAX_PANELS];
    bool dirty[MAX_PANELS];
    int rows[MAX_PANELS]; /* the layout's heights; 0 = hidden */
    int wanted[MAX_PANELS];
    int kept[MAX_PANELS];
    int grown[MAX_PANELS]; /* the most a growing panel could use */
    int needed;            /* the most the rest panel has a use for */
} ui;

static void free_windows(void)
{
    for (size_t i = 0; i < ui.n_panels; i++) {
        if (ui.win[i] != NULL)
            delwin(ui.win[i]);
        ui.win[i] = NULL;
    }
}

/* Cuts the growing panels from the bottom up, each down to floor[i],
 * until the agenda has its minimum. */
static void give_way(int *used, const int floor[MAX_PANELS])
{
    for (size_t i = ui.n_panels; i-- > 0 && *used > LINES - AGENDA_MIN_ROWS;) {
        int cut = *used - (LINES - AGENDA_MIN_ROWS);

        if (ui.panels[i]->want == NULL || ui.rows[i] <= floor[i])
            continue;
        cut = cut < ui.rows[i] - floor[i] && !ui.panels[i]->whole ? cut
                                                                   : ui.rows[i] - floor[i];
        ui.rows[i] -= cut;
        *used -= cut;
    }
}

/* Heights for this screen: fixed panels as they are, growing panels as
 * they want while the agenda keeps its minimum, the agenda the rest. */
static void plan_rows(void)
{
    static const int none[MAX_PANELS];
    int used = 0, rest = -1;

    for (size_t i = 0; i < ui.n_panels; i++) {
        ui.rows[i] = ui.panels[i]->want ? ui.wanted[i] : ui.panels[i]->height;
        if (ui.panels[i]->want == NULL && ui.panels[i]->height == 0)
            rest = (int)i;
        used += ui.rows[i];
    }
    /* the lower panels give way first (the film cue outranks the queue),
     * but the focused queue keeps a few rows as long as others can go */
    give_way(&used, ui.kept);
    give_way(&used, none);
    ui.rows[rest] = LINES - used;
    /* rows the rest panel has no use for: to the panels that grow */
    for (size_t i = 0; i < ui.n_panels && ui.rows[rest] > ui.needed; i++) {
        int more = ui.grown[i] - ui.rows[i], spare = ui.rows[rest] - ui.needed;

        if (ui.panels[i]->grow == NULL || more <= 0)
            continue;
        more = more < spare ? more : spare;
        ui.rows[i] += more;
        ui.rows[rest] -= more;
    }
}

void ui_relayout(void)
{
    int y = 0;

    free_windows();
    ui.relaid = true;
    ui.too_small = LINES < ui.min_rows || COLS < ui.min_cols;
    clearok(curscr, TRUE);
    werase(stdscr);
    wnoutrefresh(stdscr);
    if (ui.too_small)
        return;
    plan_rows();
    for (size_t i = 0; i < ui.n_panels; i++) {
        ui.dirty[i] = true;
        if (ui.rows[i] <= 0)
            continue; /* newwin(0, ...) would be the whole screen */
        ui.win[i] = newwin(ui.rows[i], COLS, y, 0);
        y += ui.rows[i];
    }
}

/* A growing panel that wants another height lays the screen out anew. */
static void follow_wants(const struct app *app)
{
    bool changed = false;

    for (size_t i = 0; i < ui.n_panels; i++) {
        int w = ui.panels[i]->want ? ui.panels[i]->want(app) : 0;
        int k = ui.panels[i]->keep ? ui.panels[i]->keep(app) : 0;

        int g = ui.panels[i]->grow ? ui.panels[i]->grow(app, COLS) : 0;
        int n = ui.panels[i]->need ? ui.panels[i]->need(app) : ui.needed;

        changed = changed || w != ui.wanted[i] || k != ui.kept[i] || g != ui.grown[i] ||
                  n != ui.needed;
        ui.wanted[i] = w;
        ui.kept[i] = k;
        ui.grown[i] = g;
        ui.needed = n;
    }
    if (changed)
        ui_relayout();
}

bool ui_init(enum role role)
{
    ui.panels = layouts[role];
    /* a TV with a big font has few cells: the stage's digits shrink to
     * text, its lines shorten with "…" */
    ui.min_cols = role == ROLE_STAGE ? UI_STAGE_MIN_COLS : UI_MIN_COLS;
    ui.min_rows = role == ROLE_STAGE ? UI_STAGE_MIN_ROWS : UI_MIN_ROWS;
    for (ui.n_panels = 0; ui.n_panels < MAX_PANELS && ui.panels[ui.n_panels] != NULL;)
        ui.n_panels++;
    ui_rescue_save_tty();
    if ((ui.screen = newterm(NULL, stdout, stdin)) == NULL) {
        fprintf(stderr, "%s", _("podium: cannot start the screen (is TERM set?)\n"));
        return false;
    }
    ui.active = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    nodelay(stdscr, TRUE);
    /* the loop reads keys when the terminal has some: ncurses need not
     * look for them itself before each update (a poll(2) every time) */
    typeahead(-1);
    /* Esc alone must not hold the loop for ncurses' default second. */
    set_escdelay(25);
    curs_set(0);
    /* ncurses 6.4 writes out after every cursor move until the screen has
     * once been left and resumed (a write(2) per changed spot, some ten a
     * repaint); leaving and resuming before anything is drawn makes a
     * repaint one write */
    endwin();
    doupdate();
    ui_colors_init();
    ui_rescue_arm();
    ui_relayout();
    return true;
}

void ui_end(void)
{
    if (!ui.active)
        return;
    ui.active = false;
    free_windows();
    endwin();
    delscreen(ui.screen);
    ui.screen = NULL;
}

int ui_lines(void)
{
    return LINES;
}

int ui_read_key(void)
{
    wint_t ch;
    int kind = wget_wch(stdscr, &ch);

    if (kind == ERR)
        return ERR;
    if (kind == OK)
        return (int)ch;
    switch (ch) { /* KEY_CODE_YES: a key that is no character */
    case KEY_UP: return KEYCODE_UP;
    case KEY_DOWN: return KEYCODE_DOWN;
    case KEY_BACKSPACE: return KEYCODE_BACKSPACE;
    case KEY_RESIZE: return KEYCODE_RESIZE;
    case KEY_ENTER: return '\n';
    default: return KEYCODE_OTHER;
    }
}

static void draw_too_small(const struct app *app)
{
    char msg[96];

    snprintf(msg, sizeof msg, _("Terminal too small: %dx%d, podium needs %dx%d"), COLS,
             LINES, ui.min_cols, ui.min_rows);
    werase(stdscr);
    wattr_on(stdscr, A_BOLD, NULL);
    mvwaddnstr(stdscr, LINES / 2, 0, msg, COLS);
    wattr_off(stdscr, A_BOLD, NULL);
    /* whatever still takes keys says so: they go to it, unseen */
    mvwaddnstr(stdscr, LINES / 2 + 1, 0,
               app->confirm_quit              ? _("Quit podium? y quits, any other key stays.")
               : app->asked != ACT_NONE       ? _("A question is open: y does it, any other key not.")
               : app->entry.kind != ENTRY_NONE ? _("An entry line is open: Esc leaves it.")
               : app->help_shown              ? _("The help is open; any key closes it.")
                                              : _("Enlarge the window; q then y quits."),
               COLS);
    wnoutrefresh(stdscr);
}

static void alert(const struct app *app)
{
    if (app->alerts == ui.alerts_shown)
        return;
    ui.alerts_shown = app->alerts;
    if (ui_term_can_flash())
        flash();
    if (app->prog->bell)
        beep();
}

void ui_draw(const struct app *app)
{
    bool changed = false;

    alert(app);
    follow_wants(app);
    if (ui.too_small) {
        draw_too_small(app);
        doupdate();
        return;
    }
    if (ui.help_was_shown && !app->help_shown) {
        for (size_t i = 0; i < ui.n_panels; i++)
            ui.dirty[i] = true;
    }
    for (size_t i = 0; i < ui.n_panels; i++) {
        uint64_t stamp;

        if (ui.win[i] == NULL)
            continue;
        stamp = ui.panels[i]->stamp(app);
        if (!ui.dirty[i] && stamp == ui.stamp[i])
            continue;
        ui.dirty[i] = false;
        ui.stamp[i] = stamp;
        werase(ui.win[i]);
        ui.panels[i]->draw(ui.win[i], app);
        wnoutrefresh(ui.win[i]);
        changed = true;
    }
    if (app->help_shown && app->role != ROLE_STAGE) /* the stage says it in a line */
        ui_help_draw(app);
    changed = changed || app->help_shown != ui.help_was_shown || app->help_shown;
    ui.help_was_shown = app->help_shown;
    if (changed || ui.relaid)
        doupdate(); /* nothing new, nothing written: not even a check */
    ui.relaid = false;
}
