# A rehearsed short day under --speed: the countdown warns, turns to
# overtime, and the delay carries into the projections.
. "$(dirname "$0")/lib.sh"

start 100 30 -- -c "$FIX/short.cfg" --at 09:59:50 --speed 20
wait_for "STARTS IN"
keys n # before the day: starts the first item early
wait_for "Started 1 Välkommen at 09:59:5"
wait_for "NOW 1/4  Välkommen"
wait_for "left until 10:01 (2:00 planned)"
# 1 min before the end it warns; past the end it counts up
wait_for "REMAINING: WRAP UP" 10
wait_for "OVER TIME by 0:" 12
expect_not_screen "WRAP UP"
wait_big '^10:0[23] \+0:[0-5][0-9]$' # counts up, in the alarm block
wait_for "Day: 1 min late" 10
# the break absorbs: min 1, never before 10:05 — so the poll item keeps 10:05
screen | grep -q "10:05  10:05-10:08 .*Frågor från salen" || fail "break absorbed the delay"
keys n
wait_for "NOW 2/4  Kort paus"
wait_gone "OVER TIME"
