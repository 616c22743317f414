#include "keys.h"

#define CTRL(c) ((c) & 0x1f)

const struct key_binding key_table[] = {
    {ACT_NEXT, {'n', ' ', 0}, "n, Space", "end the current item and start the next one now"},
    {ACT_UNDO, {'u', 0, 0}, "u", "undo the last step: a start or a poll (again: further back)"},
    {ACT_POLL, {'m', 0, 0}, "m", "mark the current item's poll question asked"},
    {ACT_HELP, {'?', 0, 0}, "?", "show or hide this help"},
    {ACT_REDRAW, {CTRL('l'), 0, 0}, "Ctrl-L", "redraw the whole screen"},
    {ACT_QUIT, {'q', 0, 0}, "q", "quit (asks for y to confirm)"},
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
