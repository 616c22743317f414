# Colour by state where the terminal has it; NO_COLOR gives bold and
# reverse instead, with the same information.
. "$(dirname "$0")/lib.sh"

sgr() { T capture-pane -p -e | grep -o $'\e\[[0-9;]*m' | sort -u | tr '\n' ' '; }

start 80 24 -- -c "$FIX/short.cfg" --at 10:01:57
wait_for "NOW 1/4 by the plan"
# 3 s before the end: warning colour (yellow) on the countdown
sgr | grep -q '33' || fail "no yellow warning colour: $(sgr)"

start 80 24 NO_COLOR=1 -- -c "$FIX/short.cfg" --at 10:01:57
wait_for "NOW 1/4 by the plan"
codes=$(sgr)
echo "$codes" | grep -Eq '\[([0-9;]*;)?3[0-7](;|m)' && fail "colour despite NO_COLOR: $codes"
echo "$codes" | grep -q '7' || fail "no reverse video with NO_COLOR: $codes"
wait_big '^10:0[12] 0:0[0-3]$' # the digits stay readable without colour
# the warning shows without colour: in words, on a reversed label
T capture-pane -p -e | grep -q $'\e\[[0-9;]*7[0-9;]*m REMAINING: WRAP UP' ||
    fail "no reversed WRAP UP label without colour"
