# Readable from the stage: the moderator's big numbers are as tall as the
# screen leaves room for — 5 rows at 80x24 as ever, taller at 120x40 and
# 200x60 (read back from the screen at each size) — and with room to
# spare the day's delay and projected end are under them, in the warning
# colour when the day runs late.
. "$(dirname "$0")/lib.sh"

# ROWS:HH:MM ROWS:MM:SS of the wall clock and the countdown
sized() { BIGDIGITS_ROWS=1 big_numbers; }

start 80 24 -- -c "$CFG" --at 10:20
wait_big '^10:2[01] 29:[0-5][0-9]$'
sized | grep -Eq '^5:10:2[01] 5:29:[0-5][0-9]$' || fail "80x24: $(sized)"
expect_not_screen "ends 14:15" # no row to spare: the Day line under NOW says it

start 120 40 -- -c "$CFG" --at 10:20
wait_big '^10:2[01] 29:[0-5][0-9]$'
rows=$(sized | cut -d: -f1)
[ "$rows" -ge 9 ] || fail "120x40: digits $rows rows high: $(sized)"
expect_screen "Day: on time · ends 14:15"

start 200 60 -- -c "$CFG" --at 10:20
wait_big '^10:2[01] 29:[0-5][0-9]$'
rows=$(sized | cut -d: -f1)
[ "$rows" -ge 15 ] || fail "200x60: digits $rows rows high: $(sized)"
sized | grep -Eq "^$rows:10:2[01] $rows:29:" || fail "200x60: both numbers alike: $(sized)"

# a day running late: the delay and the new end, in the warning colour
# (Summering started 5 minutes late: no break is left to take it up)
start 200 60 -- -c "$CFG" --at 13:20
wait_for "Summering"
keys n
wait_for "Day: 5 min late · ends 14:20, planned 14:15"
T capture-pane -p -e -t main | grep "ends 14:20" | grep -q $'\e\\[[0-9;]*3[13]m' ||
    fail "the late day is not in a warning colour: $(T capture-pane -p -e -t main | grep 'ends 14:20' | cat -v)"
exit 0
