# The moderator's morning: the plan runs by itself, n starts the next
# item, u takes it back; Swedish titles render right.
. "$(dirname "$0")/lib.sh"

start 100 30 -- -c "$CFG" --at 10:47:50
wait_for "NOW 3/10 by the plan"
expect_screen "Sjukvårdsregionen i fokus"
expect_screen "REHEARSAL"
expect_screen "Day: on time"
expect_screen "Next: 10:50 Paus"
expect_screen "Hur jobbar vi framåt?"
expect_screen "Tid för press/media"
expect_screen "Vård i rörelse · Södra sjukvårdsregionen"
expect_screen "REMAINING"
wait_big '^10:4[78] 2:[01][0-9]$' # the plan's item ends 10:50
screen | grep -q "▶ 10:15  10:15-10:50 .*Sjukvårdsregionen i fokus .*POLL" || fail "current row"

keys n
wait_for "Started 4 Paus at 10:47:5"
wait_for "NOW 4/10  Paus"
wait_big '^10:4[78] 12:[01][0-9]$' # a break never ends before 11:00
expect_screen "Next: 11:00 Regional sjukvårdspolitik"
screen | grep -q "✓ 10:15  10:15-10:47 .*Sjukvårdsregionen" || fail "done row with actual end"
screen | grep -q "▶ 10:50  10:47-11:00 .*-2 .*break *Paus" || fail "early start shows -2"

keys u
wait_for "Undid the start of 4 Paus"
wait_for "NOW 3/10 by the plan"
keys u
wait_for "Nothing to undo"

# before the day, at 80 columns: 2:30:00 moves left to stay big
start 80 24 -- -c "$CFG" --at 07:00
wait_for "STARTS IN"
big=$(T capture-pane -p -e -N | perl "$ROOT/tests/e2e/bigdigits.pl" 2 2 39)
[ "$big" = "07:00 2:30:00" ] || fail "long countdown reads \"$big\""
