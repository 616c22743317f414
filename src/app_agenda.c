/* The agenda's keys: Up/Down among the items still to come, e sets the
 * selected one's length, x cuts it, i inserts after it. */
#include "app_agenda.h"

#include "i18n.h"

#include <stdio.h>

#include "app_entry.h"
#include "app_select.h"

void app_agenda_action(struct app *app, enum action act)
{
    int sel = app_agenda_selected(app), n = (int)app->prog->n_items;
    int to = sel + (act == ACT_SELECT_UP ? -1 : 1);
    struct agenda_event ev;

    switch (act) {
    case ACT_SELECT_UP: case ACT_SELECT_DOWN:
        app_agenda_select(app, -1); /* the first one still to come */
        if (sel >= 0 && to >= app_agenda_selected(app) && to < n)
            app_agenda_select(app, to); /* never one that ran */
        break;
    case ACT_EDIT:
        if (sel < 0)
            snprintf(app->message, sizeof app->message, _("No item left to set"));
        else
            app_entry_open(app, ENTRY_LENGTH, sel);
        break;
    case ACT_INSERT: app_agenda_insert(app); break;
    case ACT_SKIP:
        if (!agenda_event_cut(&app->agenda, app->now, sel, &ev, app->message,
                              sizeof app->message))
            break;
        if (app_submit(app, &ev))
            snprintf(app->message, sizeof app->message,
                     ev.type == AGENDA_ITEM_CUT ? _("Cut %d %s (x again or u brings it back)")
                                                : _("Brought back %d %s (x cuts it)"),
                     ev.item + 1, app->prog->items[ev.item].title);
        break;
    default:
        snprintf(app->message, sizeof app->message,
                 _("In the agenda: Up/Down select, e length, x cut, i insert after (Tab: queues)"));
        break;
    }
}

void app_agenda_insert(struct app *app)
{
    int on_screen = agenda_current_item(&app->agenda, app->now);
    int after = app->agenda_focus || on_screen < 0 ? app_agenda_selected(app) : on_screen;
    struct agenda_event ev;

    /* asked now, with a title to try, so that the reason comes before
     * anything is typed */
    if (!agenda_event_insert(&app->agenda, app->now, after, "?", 60, KIND_TALK, &ev,
                             app->message, sizeof app->message))
        return;
    app_entry_open(app, ENTRY_TITLE, after);
}
