/* The current item's speakers (ui_queue.c draws the rows). */
#include "app_queue.h"
#include "ui_queue.h"

#define MAX_ROWS 7

static void draw(WINDOW *w, const struct app *app)
{
    if (app_queue(app, PEOPLE_SPEAKERS, NULL) == NULL)
        return;
    ui_queue_heading(w, app, PEOPLE_SPEAKERS, "speakers",
                     "s next  Up/Down select  K/J move  x skip", "spoken");
    ui_queue_rows(w, 1, app, PEOPLE_SPEAKERS);
}

static int want(const struct app *app)
{
    const struct queue *q = app_queue(app, PEOPLE_SPEAKERS, NULL);

    if (q == NULL || q->n == 0)
        return 0;
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
