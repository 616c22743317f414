# Below 80x24 podium says so instead of drawing garbage, and it comes
# back whole when the window grows again.
. "$(dirname "$0")/lib.sh"

start 100 30 -- -c "$CFG" --at 10:20
wait_for "NOW 3/10"
T resize-window -x 70 -y 20
wait_for "Terminal too small: 70x20, podium needs 80x24"
expect_not_screen "NOW 3/10"
keys n n # keys still work while small: the item on screen, then Paus
keys q
wait_for "Quit podium? y quits, any other key stays."
keys x
wait_for "Enlarge the window; q then y quits."
keys '?'
wait_for "The help is open; any key closes it."
keys x
wait_for "Enlarge the window; q then y quits."
# an entry line open while small takes the keys unseen: it says so
keys i
wait_for "An entry line is open: Esc leaves it."
keys Escape
wait_for "Enlarge the window; q then y quits."
T resize-window -x 120 -y 40
wait_for "NOW 4/10  Paus"
wait_gone "Terminal too small"
expect_screen "Tid för press/media"
[ "$(screen | grep -c 'Sjukvårdsregionen i fokus')" = 1 ] || fail "stale rows after resize"
T resize-window -x 80 -y 24
wait_for "Tid för press/media"
wait_gone "Terminal too small"

# too small from the start
start 70 20 -- -c "$CFG" --at 10:20
wait_for "Terminal too small: 70x20, podium needs 80x24"
T resize-window -x 80 -y 24
wait_for "NOW 3/10 by the plan"
