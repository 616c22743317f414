/* keys: the table of actions and their keys: for each, whose work it is
 * (the role whose domain it belongs to), whether it changes the day
 * (--follow refuses those), and its line of help. It drives dispatch,
 * the help overlay and the key list in --help; a test holds podium(1)'s
 * KEYS section to it line by line. */
#ifndef PODIUM_KEYS_H
#define PODIUM_KEYS_H

#include <stdbool.h>
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
    ACT_ACK,
    ACT_LONGER,
    ACT_SHORTER,
    ACT_ADD_END,
    ACT_ADD_NEXT,
    ACT_EDIT,
    ACT_INSERT,
    ACT_MESSAGE,
    ACT_BLACKOUT,
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

/* Whose work a key is: the moderator's (items, speakers, polls), the
 * producer's (film, press), the technician's (the stream alarm), or the
 * screen's own (help, redraw, quit, focus and selection), everyone's. */
enum key_domain { DOMAIN_ALL, DOMAIN_MODERATOR, DOMAIN_PRODUCER, DOMAIN_TECHNICIAN,
                  DOMAIN_QUEUE, /* the focused queue's: speakers the moderator's, press the producer's */
                  DOMAIN_OPERATORS /* the moderator's and the producer's alike: the stage screens */ };

struct key_binding {
    enum action action;
    int keys[3];       /* 0-terminated */
    const char *label; /* how the help shows the keys: "n, Space" */
    enum key_domain domain;
    bool changes_day;  /* a step in the journal; --follow refuses it */
    const char *help;
};

extern const struct key_binding key_table[];
extern const size_t key_table_len;

enum action keys_lookup(int ch);
/* The row of an action; NULL for ACT_NONE. */
const struct key_binding *keys_binding(enum action act);
const char *keys_domain_name(enum key_domain d);
/* The widest key label in the language shown, in columns ("n, mellanslag"). */
int keys_label_width(void);
/* ... and the widest "whose work" ("moderator, producer"). */
int keys_domain_width(void);

/* The help (?) on a screen `lines` tall: every key on one page, a key a
 * row, when they fit; else pages of lines - 2 keys (a title row and a
 * row saying how to turn the page). The app turns the pages, the
 * overlay draws them: both ask here. */
int keys_help_per_page(int lines);
int keys_help_pages(int lines);

#endif
