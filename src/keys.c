#include "keys.h"

#include "i18n.h"
#include "utf8.h"

#define CTRL(c) ((c) & 0x1f)

const struct key_binding key_table[] = {
    {ACT_NEXT, {'n', ' ', 0}, N_("n, Space"), DOMAIN_MODERATOR, true,
     N_("start the item on screen, or the next once one runs")},
    {ACT_UNDO, {'u', 0, 0}, "u", DOMAIN_ALL, true,
     N_("undo the last step (press again to go further back)")},
    {ACT_LONGER, {'+', 0, 0}, "+", DOMAIN_MODERATOR, true,
     N_("one more minute for the current item")},
    {ACT_SHORTER, {'-', 0, 0}, "-", DOMAIN_MODERATOR, true,
     N_("one minute less (never below what has run or a minimum)")},
    {ACT_POLL, {'m', 0, 0}, "m", DOMAIN_MODERATOR, true,
     N_("mark the current item's poll question asked")},
    {ACT_SPEAKER, {'s', 0, 0}, "s", DOMAIN_MODERATOR, true,
     N_("next speaker (the first s starts the first one)")},
    {ACT_PRESS, {'p', 0, 0}, "p", DOMAIN_PRODUCER, true,
     N_("next press interview (the first starts the press slot)")},
    {ACT_FOCUS, {'\t', 0, 0}, "Tab", DOMAIN_ALL, false,
     N_("switch the keys below: speakers, press, the agenda")},
    {ACT_SELECT_UP, {KEYCODE_UP, 'k', 0}, N_("Up, k"), DOMAIN_ALL, false,
     N_("select the one above in the focused queue")},
    {ACT_SELECT_DOWN, {KEYCODE_DOWN, 'j', 0}, N_("Down, j"), DOMAIN_ALL, false,
     N_("select the one below")},
    {ACT_MOVE_UP, {'K', 0, 0}, "K", DOMAIN_QUEUE, true, N_("move the selected one up the queue")},
    {ACT_MOVE_DOWN, {'J', 0, 0}, "J", DOMAIN_QUEUE, true, N_("move the selected one down")},
    {ACT_SKIP, {'x', 0, 0}, "x", DOMAIN_QUEUE, true,
     N_("skip the selected one; in the agenda, cut the item (again: back)")},
    /* adding opens a line, as in vi: o below (at the end), O above
     * (to go next); a is the alarm's alone */
    {ACT_ADD_END, {'o', 0, 0}, "o", DOMAIN_QUEUE, true, N_("add a name at the end of the queue")},
    {ACT_ADD_NEXT, {'O', 0, 0}, "O", DOMAIN_QUEUE, true, N_("add a name to go next")},
    {ACT_EDIT, {'e', 0, 0}, "e", DOMAIN_QUEUE, true,
     N_("set the selected one's time (agenda: the item's length)")},
    {ACT_INSERT, {'i', 0, 0}, "i", DOMAIN_MODERATOR, true,
     N_("insert a new item after the one on screen (agenda: the selected)")},
    {ACT_MESSAGE, {'M', 0, 0}, "M", DOMAIN_OPERATORS, true,
     N_("message to the stage screens (then 1-9: a set one)")},
    {ACT_BLACKOUT, {'B', 0, 0}, "B", DOMAIN_OPERATORS, true,
     N_("black out the stage screens, or bring them back")},
    {ACT_ACK, {'a', 0, 0}, "a", DOMAIN_TECHNICIAN, false,
     N_("acknowledge the stream alarm (nothing else)")},
    {ACT_FILM, {'f', 0, 0}, "f", DOMAIN_PRODUCER, true,
     N_("film cue: arm standby, roll (starts its item), end")},
    {ACT_HELP, {'?', 0, 0}, "?", DOMAIN_ALL, false, N_("show or hide this help")},
    {ACT_REDRAW, {CTRL('l'), 0, 0}, "Ctrl-L", DOMAIN_ALL, false, N_("redraw the whole screen")},
    {ACT_QUIT, {'q', 0, 0}, "q", DOMAIN_ALL, false, N_("quit (asks for y to confirm)")},
};
const size_t key_table_len = sizeof key_table / sizeof key_table[0];

enum action keys_lookup(int ch)
{
    for (size_t i = 0; i < key_table_len; i++) {
        for (const int *k = key_table[i].keys; *k != 0; k++) {
            if (*k == ch)
                return key_table[i].action;
        }
    }
    return ACT_NONE;
}

const struct key_binding *keys_binding(enum action act)
{
    for (size_t i = 0; i < key_table_len; i++)
        if (key_table[i].action == act)
            return &key_table[i];
    return NULL;
}

const char *keys_domain_name(enum key_domain d)
{
    static const char *const names[] = {N_("everyone"), N_("moderator"), N_("producer"),
                                        N_("technician"), N_("its queue's"),
                                        N_("moderator, producer")};

    return d <= DOMAIN_OPERATORS ? names[d] : "?";
}

int keys_label_width(void)
{
    int widest = 0;

    for (size_t i = 0; i < key_table_len; i++) {
        int w = utf8_width(_(key_table[i].label));

        widest = w > widest ? w : widest;
    }
    return widest;
}

int keys_domain_width(void)
{
    int widest = 0;

    for (size_t i = 0; i < key_table_len; i++) {
        int w = utf8_width(_(keys_domain_name(key_table[i].domain)));

        widest = w > widest ? w : widest;
    }
    return widest;
}

int keys_help_per_page(int lines)
{
    int n = (int)key_table_len;

    if (lines <= 0 || n <= lines) /* 0: not known yet, one page */
        return n;
    return lines - 2 > 1 ? lines - 2 : 1;
}

int keys_help_pages(int lines)
{
    int per = keys_help_per_page(lines);

    return ((int)key_table_len + per - 1) / per;
}
