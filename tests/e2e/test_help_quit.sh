# ? shows every key; q asks before quitting; y quits and the terminal is
# given back as it was.
. "$(dirname "$0")/lib.sh"

start 80 24 -- -c "$CFG" --at 11:00
wait_for "NOW 5/10 by the plan"
keys '?'
wait_for "Keys"
for k in "n, Space" "u" "Ctrl-L" "q" "ny key closes this help"; do
    expect_screen "$k"
done
expect_screen "start the item on screen, or the next once one runs"
keys x
wait_gone "ny key closes this help"
expect_screen "NOW 5/10 by the plan" # the key only closed the help

# Esc closes the help at once: ncurses' default is to wait a second for
# the rest of an escape sequence, freezing the clock meanwhile
keys '?'
wait_for "ny key closes this help"
keys Escape
closed=no
for _ in 1 2 3 4 5; do
    sleep 0.1
    hides "ny key closes this help" && closed=yes && break
done
[ "$closed" = yes ] || fail "Esc took more than half a second"

keys q
wait_for "Quit podium? Press y to quit"
keys n
wait_for "Still running"
expect_screen "NOW 5/10 by the plan"
keys q
wait_for "Quit podium?"
keys y
wait_for "exit=0"
restored "q y"
