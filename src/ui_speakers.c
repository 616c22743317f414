/* The current item's speakers (ui_queue.c draws the rows). */
#include "app_select.h"

#include "i18n.h"
#include "ui_queue.h"

#define MAX_ROWS 7

static void draw(WINDOW *w, const struct app *app)
{
    const struct queue *q = app_queue(app, PEOPLE_SPEAKERS, NULL);

    if (q == NULL)
        return;
    ui_queue_heading(w, app, PEOPLE_SPEAKERS, _("speakers"),
                     q->n == 0 ? _("none yet  o adds one, O to go next")
                               : _("s next  Up/Down select  K/J move  x skip"),
                     q->n == 0 ? "" : _("spoken"));
    ui_queue_rows(w, 1, app, PEOPLE_SPEAKERS);
}

static int want(const struct app *app)
{
    const struct queue *q = app_queue(app, PEOPLE_SPEAKERS, NULL);

    if (q == NULL)
        return 0;
    /* none: its heading while it has the focus, o adds to it (a talk or
     * a panel; on a break, a film or the press it would only be noise) */
    if (q->n == 0) {
        enum item_kind k = app->prog->items[app_queue_item(app, PEOPLE_SPEAKERS)].kind;

        return app_queue_focused(app, PEOPLE_SPEAKERS) && (k == KIND_TALK || k == KIND_PANEL);
    }
    return (int)q->n + 1 < MAX_ROWS ? (int)q->n + 1 : MAX_ROWS;
}

static int keep(const struct app *app)
{
    return ui_queue_keep(app, PEOPLE_SPEAKERS, want(app));
}

static uint64_t stamp(const struct app *app)
{
    return ui_queue_stamp(app, PEOPLE_SPEAKERS);
}

const struct panel panel_speakers = {
    .name = "speakers", .height = 0, .draw = draw, .stamp = stamp, .want = want, .keep = keep};
