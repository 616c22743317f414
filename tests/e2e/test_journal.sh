# Nothing is lost: the day is journaled as it happens, so kill -9, SIGTERM
# and SIGHUP all restart into the same day; two terminals on one journal
# see each other's steps within a second and a simultaneous n advances
# once; --follow shows the day and refuses keys; --fresh starts anew and
# keeps the old journal. Files are private (0600, directory 0700).
. "$(dirname "$0")/lib.sh"

STATE=$WORK/state # one state directory for every start: one journal

# what the day looks like, without the ticking times: the speaker rows and
# the agenda's marks and poll column
day() { screen | grep -E "^ [▶›·✓ ] " | sed -E 's/[0-9]+:[0-9]{2}( of [0-9:]+)?//g; s/ +/ /g'; }

start 80 24 -- -c "$CFG" --at 11:00 --speed 10
wait_for "NOW 5/10 by the plan  Regional sjukvårdspolitik"
keys s
wait_for "Speaking: Anna Lindqvist"
keys s
wait_for "Speaking: Johan Åberg"
keys m
wait_for "Poll question of 5 Regional sjukvårdspolitik asked"
keys O
wait_for "Add speaker next:"
T send-keys -t main -l "Åsa Öberg från salen"
keys Enter
wait_for "Added Åsa Öberg från salen to go next"
before=$(day)
pid=$(podium_pid)
kill -KILL "$pid"
eventually 5 test ! -e "/proc/$pid" || fail "kill -9 did not end podium"

start 80 24 -- -c "$CFG" --at 11:00 --speed 10
wait_for "Resumed from 4 events"
after=$(day)
[ "$before" = "$after" ] || fail "after kill -9 the day differs:
$before
---
$after"
expect_screen "▶ Johan Åberg"

# SIGTERM and SIGHUP: the step taken just before is there after
for sig in TERM HUP; do
    keys s
    wait_for "Speaking: "
    before=$(day)
    kill -s "$sig" "$(podium_pid)"
    wait_for "exit=0"
    restored "SIG$sig"
    start 80 24 -- -c "$CFG" --at 11:00 --speed 10
    wait_for "Resumed from"
    [ "$before" = "$(day)" ] || fail "after SIG$sig the day differs"
done

# the journal is private, and a person can read it
j=$(ls "$STATE"/podium/*-rehearsal-*.jsonl)
[ "$(stat -c %a "$STATE/podium")" = 700 ] || fail "directory mode $(stat -c %a "$STATE/podium")"
[ "$(stat -c %a "$j")" = 600 ] || fail "journal mode $(stat -c %a "$j")"
grep -q '"type":"speaker_add".*"name":"Åsa Öberg från salen"' "$j" || fail "journal: $(cat "$j")"

# two terminals, one day: the producer's steps show on the moderator's
# screen and the other way round, each within a second
keys_to main n # the item on screen starts, then Lunch
wait_for "Started 5 Regional sjukvårdspolitik"
keys_to main +
wait_for "+1 min for Regional sjukvårdspolitik: 46:00 long"
keys_to main n
wait_for "Started 6 Lunch"
start_also two 80 24 -- -c "$CFG" --at 11:00 --speed 10 --role producer
wait_in two "PRODUCER"
wait_in two "NOW 6/10  Lunch"
keys_to two f
wait_in two "FILM ON STANDBY"
wait_for "FILM ON STANDBY" 3
# pressed at the same moment in both, n starts the film's item once. The
# same moment, made certain: the producer's podium is stopped, the
# moderator's n is journaled, the producer's n waits in its terminal; on
# waking it takes the key before it reads the journal again, as when both
# press within the same instant.
two_pid=$(pgrep -P "$(T display -p -t two '#{pane_pid}')" -f "$(basename "$PODIUM")" | head -1)
[ -n "$two_pid" ] || fail "no podium in the second terminal"
kill -STOP "$two_pid"
keys_to main n
wait_for "NOW 7/10  Film med gott exempel från regionen" 3
keys_to two n y # the producer's screen asks first: n is the moderator's
kill -CONT "$two_pid"
wait_in two "NOW 7/10  Film med gott exempel från regionen" 3
sleep 1.5
expect_screen "NOW 7/10"
screen_of two | grep -q "NOW 7/10" || fail "the second n advanced the producer's day again"
[ "$(grep -c '"type":"item_start","item":7' "$j")" -ge 1 ] || fail "no start of 7 journaled"
[ "$(grep -c '"type":"item_start","item":8' "$j")" = 0 ] || fail "item 8 started: advanced twice"

# --follow: the day as it runs, keys that change it refused
start_also follow 80 24 -- -c "$CFG" --at 11:00 --speed 10 --follow
wait_in follow "NOW 7/10"
wait_in follow "following the day (--follow)   ? help   q quit" # no n, no u
screen_of follow | grep -q "u undo" && fail "--follow offers u"
keys_to follow n
wait_in follow "Following the day (--follow): this screen only shows it"
keys_to main n
wait_in follow "NOW 8/10  Hur jobbar vi framåt?" 3

# the report afterwards: the day as it ran, as tables
rep=$("$PODIUM" report "$j") || fail "report failed"
grep -qE '^\| 4 \| Paus \| 10:50-11:00 \|  \| 10:50-11:0[0-9] \(by the plan\) \| [0-9:]+ \|  \|  \|$' <<<"$rep" ||
    fail "report, items by the plan: $rep"
grep -qE '^\| 5 \| Regional sjukvårdspolitik \| 11:00-11:45 \| 45:00 → 46:00 \| 11:0[0-9]-11:[0-9]{2} \| [0-9:]+ \| \+?[0-9]* \| asked \|$' <<<"$rep" ||
    fail "report, items: $rep"
grep -qE '^\| 6 \| Lunch \| 11:45-12:30 \|  \| 11:[0-9]{2}-11:[0-9]{2} \| [0-9:]+ \| -[0-9]+ \|  \|$' <<<"$rep" ||
    fail "report, Lunch started early: $rep"
grep -qE '^\| 11:[0-9]{2}:[0-9]{2} \| 5 \| Regional sjukvårdspolitik \| \+1 min \(\+\) \|$' <<<"$rep" ||
    fail "report, changes: $rep"
grep -qE '^\| 5 \| Regional sjukvårdspolitik \| Åsa Öberg från salen \| [0-9:]+ \| [0-9]+:00 \(added\) \|' <<<"$rep" ||
    fail "report, speakers: $rep"
grep -qF '| 7 | Gott exempel: närmare vård (exempel) | 4:50 | not rolled |' <<<"$rep" ||
    fail "report, film: $rep"
csv=$("$PODIUM" report --csv "$j") || fail "report --csv failed"
grep -q '^6,Lunch,11:45-12:30,,11:' <<<"$csv" || fail "report --csv: $csv"
# a journal that is not there: said, and never made (it was, empty)
out=$("$PODIUM" report -c "$CFG" "$WORK/nothere.jsonl" 2>&1) && fail "report of no journal succeeded"
grep -q "nothere.jsonl: no journal to read" <<<"$out" || fail "report of no journal: $out"
[ ! -e "$WORK/nothere.jsonl" ] || fail "report made an empty journal"

# --fresh in another terminal: a new day there, the old journal kept, and
# the terminals still on the old day say so
start_also fresh 80 24 -- -c "$CFG" --at 11:00 --speed 10 --fresh
wait_in fresh "A new day; the old journal is kept as"
wait_in fresh "NOW 5/10 by the plan"
[ -s "$j.1" ] || fail "the old journal was not kept"
wait_for "A NEW DAY was started elsewhere (--fresh): quit and start podium to join it" 3
exit 0
