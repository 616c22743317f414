/* The selections the keys act on, and where the queues are: the
 * current item's speakers, the press slot ahead, who is selected in
 * each, the agenda's selected item (kept on its item as items go in or
 * out). Read by the keys and the screens alike. */
#include "app_select.h"

#include <stdio.h>

int app_queue_item(const struct app *app, enum people_kind kind)
{
    if (kind == PEOPLE_PRESS)
        return agenda_press_item(&app->agenda, app->now);
    return agenda_current_item(&app->agenda, app->now);
}

const struct queue *app_queue(const struct app *app, enum people_kind kind, int *item)
{
    int i = app_queue_item(app, kind);

    if (item != NULL)
        *item = i;
    return i >= 0 ? &app->agenda.queues[kind][i] : NULL;
}

int app_selected(const struct app *app, enum people_kind kind)
{
    const struct queue *q = app_queue(app, kind, NULL);
    int sel = app->selected[kind];

    if (q == NULL)
        return -1;
    if (sel >= 0 && (size_t)sel < q->n && q->sp[sel].state == SPK_WAITING)
        return sel;
    return queue_next(q);
}

bool app_queue_focused(const struct app *app, enum people_kind kind)
{
    return !app->agenda_focus && app->focus == kind;
}

int app_agenda_selected(const struct app *app)
{
    int n = (int)app->prog->n_items, cur = agenda_current_item(&app->agenda, app->now);
    int first = cur < 0 ? 0 : cur + 1;

    if (cur < 0 && app->agenda.current < 0 && agenda_plan_index(app->prog, app->now) >= n)
        return -1;
    /* the one chosen stays chosen when the day reaches it: the keys then
     * say it runs, rather than act on the item after it */
    if (app->agenda_sel >= 0 && app->agenda_sel < n)
        return app->agenda_sel;
    return first < n ? first : -1;
}

void app_agenda_select(struct app *app, int item)
{
    app->agenda_sel = item;
    app->agenda_sel_reshaped = app->agenda.reshaped;
    snprintf(app->agenda_sel_title, sizeof app->agenda_sel_title, "%s",
             item >= 0 && item < (int)app->prog->n_items ? app->prog->items[item].title : "");
}

void app_agenda_follow(struct app *app)
{
    if (app->agenda_sel < 0 || app->agenda_sel_reshaped == app->agenda.reshaped)
        return;
    app->agenda_sel = programme_find_item(app->prog, app->agenda_sel, app->agenda_sel_title);
    app->agenda_sel_reshaped = app->agenda.reshaped;
}
