# The bell rings only where bell = true — also on a terminal that cannot
# flash, where curses would beep instead of flashing.
. "$(dirname "$0")/lib.sh"

bell_flag() { T display -p '#{window_bell_flag}'; }

# n starts the 2-minute first item at ~09:59:31: it warns a minute
# before its end and goes over a minute later
for term in vt100 tmux-256color; do
    start 80 24 TERM=$term -- -c "$FIX/short.cfg" --at 09:59:30 --speed 20
    wait_for "STARTS IN"
    keys n
    wait_for "WRAP UP" 8
    wait_for "OVER TIME" 8
    [ "$(bell_flag)" = 0 ] || fail "TERM=$term rang the bell with bell = false"
done

sed 's/^warn_minutes = 1;/&\nbell = true;/' "$FIX/short.cfg" > "$WORK/bell.cfg"
start 80 24 TERM=vt100 -- -c "$WORK/bell.cfg" --at 09:59:30 --speed 20
wait_for "STARTS IN"
keys n
wait_for "WRAP UP" 8
eventually 3 test "$(bell_flag)" = 1 || fail "bell = true did not ring"
