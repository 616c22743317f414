# One terminal cannot freeze the others: while another process holds the
# journal's lock (flock(1) here, as a podium stopped with Ctrl-Z inside a
# write would), the clock ticks, keys are answered at once, the steps are
# shown marked NOT SAVED YET, and they reach the disk in order once the
# lock is free. Still held at quit, they are kept beside the journal
# (exit 1), never lost. Symbolic links and a loose state directory are
# refused.
. "$(dirname "$0")/lib.sh"

STATE=$WORK/state
export STATE

start 80 24 -- -c "$CFG" --at 10:20
wait_for "10:20:0"
j=$(ls "$STATE"/podium/*.jsonl)
clock() { screen | grep -oE '^  10:[0-9]{2}:[0-9]{2}' ; }

flock "$j" sleep 10 &
eventually 5 sh -c "! flock -n '$j' true" || fail "flock(1) did not take the lock"
keys n
eventually 2 shows "NOT SAVED YET" || fail "a step under a held lock was not answered at once"
expect_screen "NOW 3/10  Sjukvårdsregionen i fokus" # started, no longer "by the plan"
keys m
wait_for "2 steps wait" 2
# the clock goes on while the lock is held
before=$(clock)
ticked() { [ "$(clock)" != "$before" ]; }
eventually 3 ticked || fail "the clock stood still while the journal was locked"
# and a key that changes nothing on the disk is answered as well
keys '?'
wait_for "Keys" 2
keys Escape
wait_gone "Keys" 2
[ "$(wc -l < "$j")" = 1 ] || fail "written under another's lock: $(cat "$j")"
# free again: on the disk, in order, within a second or so
eventually 15 sh -c "grep -q poll_asked '$j'" || fail "the queued steps never reached the disk"
grep -oE '"type":"[a-z_]+"' "$j" | tr '\n' ' ' | grep -q '"type":"item_start" "type":"poll_asked"' ||
    fail "not in order: $(cat "$j")"
wait_gone "NOT SAVED YET" 3
expect_screen "▶ 10:15"

# still held at quit: podium waits 10 s, then keeps the steps beside it
flock "$j" sleep 60 &
holder=$!
eventually 5 sh -c "! flock -n '$j' true" || fail "flock(1) did not take the lock again"
keys s
wait_for "NOT SAVED YET" 2
keys q
keys y
wait_for "exit=1" 20
kept=$(ls "$j".unsaved-*) || fail "no file kept the step: $(ls "$STATE/podium")"
grep -q '"type":"speaker_start"' "$kept" || fail "kept: $(cat "$kept")"
kill "$holder"
cat "$kept" >> "$j"
start 80 24 -- -c "$CFG" --at 10:20
wait_for "Resumed from 3 events"
wait_for "▶ Eva Exempelsson"

# a symbolic link where the journal goes is never followed
unset STATE
mkdir -p "$WORK/loose/podium"
ln -s "$WORK/elsewhere" "$WORK/loose/podium/day.jsonl"
start 200 24 -- -c "$CFG" --journal "$WORK/loose/podium/day.jsonl"
wait_for "exit=1"
expect_screen "a symbolic link: podium opens a journal by its own name"
[ ! -e "$WORK/elsewhere" ] || fail "the link's target was created"

# a state directory others may write in is refused, with the way out
chmod 777 "$WORK/loose/podium"
STATE=$WORK/loose start 200 24 -- -c "$CFG" --at 10:20
wait_for "exit=1"
expect_screen "others may write in the journal's directory (mode 0777): chmod go-w it"
exit 0
