# The moderator's morning: the plan runs by itself; n starts the item
# the screen shows as NOW (the footer says so first), then the next; the
# screen never moves past a started item by itself; u takes steps back;
# Swedish titles render right.
. "$(dirname "$0")/lib.sh"

start 100 30 -- -c "$CFG" --at 10:47:50
wait_for "NOW 3/10 by the plan"
expect_screen "Sjukvårdsregionen i fokus"
expect_screen "REHEARSAL"
expect_screen "Day: on time"
expect_screen "Next: 10:50 Paus"
expect_screen "Hur jobbar vi framåt?"
expect_screen "Tid för press/media"
# after "PROGRAMME FOR 2020-11-20 — today is ...": a title cut shows the cut
expect_screen "Vård i rörelse · Södra sju…"
# with a little more room the venue goes first, the date stays
T resize-window -x 140 -y 30
wait_for "Vård i rörelse · Södra sjukvårdsregionen · 2020-11-20"
expect_not_screen "Plats meddelas"
T resize-window -x 100 -y 30
wait_for "Vård i rörelse · Södra sju…"
expect_screen "REMAINING"
expect_screen "n: Sjukvårdsregionen i fokus starts now   u undo"
wait_big '^10:4[78] 2:[01][0-9]$' # the plan's item ends 10:50
screen | grep -q "▶ 10:15  10:15-10:50 .*Sjukvårdsregionen i fokus .*POLL" || fail "current row"

# n starts the item on screen, late by the difference (it used to end
# it and start Paus)
keys n
wait_for "Started 3 Sjukvårdsregionen i fokus at 10:47:5"
wait_for "NOW 3/10  Sjukvårdsregionen i fokus"
screen | grep -qE "Day: 3[23] min late" || fail "the late start is not the day's delay"
screen | grep -qE "▶ 10:15  10:4[78]-11:2[23]  \+3[23] +Sjukvårdsregionen" || fail "late start row"
expect_screen "n: next, Paus"
# + gives the panel five more minutes, - takes one back, u one more: the
# end and the projection after it follow each step
keys + + + + +
wait_for "+1 min for Sjukvårdsregionen i fokus: 40:00 long, ends 11:2"
screen | grep -qE "▶ 10:15  10:4[78]-11:2[78]  \+3[23] +Sjukvårdsregionen" || fail "+5 min row"
T send-keys -t main -l -- -
wait_for "-1 min for Sjukvårdsregionen i fokus: 39:00 long"
keys u
wait_for "Undid -1 min on 3 Sjukvårdsregionen i fokus"
keys u u u u u
wait_for "Undid +1 min on 3 Sjukvårdsregionen i fokus"
screen | grep -qE "▶ 10:15  10:4[78]-11:2[23]  \+3[23] +Sjukvårdsregionen" || fail "undone row"
keys n
wait_for "Started 4 Paus at 10:4"
wait_for "NOW 4/10  Paus"
expect_screen "Next: 11:00 Regional sjukvårdspolitik"
screen | grep -q "▶ 10:50  10:4[78]-11:00 .*-[23] .*break *Paus" || fail "early start shows"

keys u
wait_for "Undid the start of 4 Paus"
wait_for "NOW 3/10  Sjukvårdsregionen i fokus"
keys u
wait_for "Undid the start of 3 Sjukvårdsregionen i fokus"
wait_for "NOW 3/10 by the plan"
keys u
wait_for "Nothing to undo"

# the minister walks on three minutes late: at 10:00 the screen follows
# the plan to Inledning, nobody presses; n at 10:03 starts Inledning (not
# Sjukvårdsregionen), and at 10:16 she still talks: OVER TIME, not the
# next item by itself
start 100 30 -- -c "$CFG" --at 10:02:58 --speed 60
wait_for "NOW 2/10 by the plan  Inledning" 5
expect_screen "n: Inledning och presentation av nationell politik starts now"
keys n
wait_for "Started 2 Inledning och presentation av nationell"
wait_for "NOW 2/10  Inledning"
expect_screen "n: next, Sjukvårdsregionen i fokus"
wait_for "OVER TIME by" 30
expect_screen "NOW 2/10  Inledning"
expect_screen "Day: "

# before the day, at 80 columns: 2:30:00 moves left to stay big
start 80 24 -- -c "$CFG" --at 07:00
wait_for "STARTS IN"
big=$(T capture-pane -p -e -N | perl "$ROOT/tests/e2e/bigdigits.pl" 2 2 39)
[ "$big" = "07:00 2:30:00" ] || fail "long countdown reads \"$big\""

# at 80 columns a long title is cut in the footer, never what n will do
start 80 24 -- -c "$CFG" --at 10:05
wait_for "NOW 2/10 by the plan"
expect_screen "starts now   u undo   ? help   q quit"
