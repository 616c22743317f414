/* keys: the table of actions and their keys. It drives dispatch, the help
 * overlay and the key list in --help, so all three always agree. */
#ifndef PODIUM_KEYS_H
#define PODIUM_KEYS_H

#include <stddef.h>

enum action {
    ACT_NONE,
    ACT_NEXT,
    ACT_UNDO,
    ACT_POLL,
    ACT_SPEAKER,
    ACT_SELECT_UP,
    ACT_SELECT_DOWN,
    ACT_MOVE_UP,
    ACT_MOVE_DOWN,
    ACT_SKIP,
    ACT_ADD_END,
    ACT_ADD_NEXT,
    ACT_FILM,
    ACT_PRESS,
    ACT_FOCUS,
    ACT_HELP,
    ACT_REDRAW,
    ACT_QUIT,
};

/* Keys as the ui hands them over: a character is its Unicode code point;
 * a key that is no character is one of these, above Unicode's range. */
enum {
    KEYCODE_UP = 0x110000,
    KEYCODE_DOWN,
    KEYCODE_BACKSPACE,
    KEYCODE_RESIZE,
    KEYCODE_OTHER,
};
#define KEY_ESC 27

struct key_binding {
    enum action action;
    int keys[3];       /* 0-terminated */
    const char *label; /* how the help shows the keys: "n, Space" */
    const char *help;
};

extern const struct key_binding key_table[];
extern const size_t key_table_len;

enum action keys_lookup(int ch);

#endif
