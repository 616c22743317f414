# Takeover from a second machine: tools/podium-mirror keeps a live copy
# of the stage laptop's journal on the producer's (ssh stood in for by a
# script that runs the command here; two state directories are the two
# machines). The copy is the journal byte for byte, also after the
# connection drops and comes back; when the laptop dies (kill -9),
# podium --journal COPY on the other machine resumes the same day. A
# journal that became another day's (--fresh on the stage) stops it.
. "$(dirname "$0")/lib.sh"

MIRROR=$ROOT/tools/podium-mirror
day() { screen | grep -E "^ [▶›·✓ ] " | sed -E 's/[0-9]+:[0-9]{2}( of [0-9:]+)?//g; s/ +/ /g'; }

# "ssh HOST COMMAND": the command, run here
cat > "$WORK/fake-ssh" <<'SH'
#!/bin/sh
shift
exec sh -c "$*"
SH
chmod +x "$WORK/fake-ssh"

export STATE=$WORK/stage
start 80 24 -- -c "$CFG" --at 10:20
wait_for "10:20:0"
j=$(ls "$STATE"/podium/*.jsonl)
copy=$WORK/producer/day-copy.jsonl
mkdir -p "$WORK/producer"
PODIUM_MIRROR_RETRY=1 "$MIRROR" -e "$WORK/fake-ssh" stage-laptop "$j" "$copy" 2> "$WORK/mirror.log" &
mirror=$!
same() { cmp -s "$j" "$copy"; }
keys n
wait_for "Started 3"
keys s
wait_for "▶ Eva Exempelsson"
eventually 5 same || fail "the copy is not the journal: $(cat "$copy")"
[ "$(stat -c %a "$copy")" = 600 ] || fail "copy mode $(stat -c %a "$copy")"

# the connection drops (the remote tail ends) and comes back: nothing twice
pkill -f "tail -c [+][0-9]+ -f -- $j" || fail "no tail to end"
keys m
wait_for "Poll question of 3"
keys o
T send-keys -t main -l "Åsa Öberg"
keys Enter
wait_for "Added Åsa Öberg"
eventually 10 same || fail "after the connection came back the copy differs: $(diff "$j" "$copy")"
grep -q "connection to stage-laptop ended" "$WORK/mirror.log" || fail "log: $(cat "$WORK/mirror.log")"
before=$(day)

# the stage laptop dies; the producer takes over from the copy
kill -KILL "$(podium_pid)"
kill -TERM "$mirror"
wait "$mirror" 2>/dev/null
STATE=$WORK/producer-state start 80 24 -- -c "$CFG" --at 10:20 --journal "$copy"
wait_for "Resumed from 4 events"
[ "$before" = "$(day)" ] || fail "the day taken over differs:
$before
---
$(day)"
expect_screen "▶ Eva Exempelsson"
keys s
wait_for "▶ Moderatorns frågor"
grep -q '"type":"speaker_start"' "$copy" || fail "the copy is not written on"

# a new day on the stage (--fresh): the old copy is not mixed with it
start 80 24 -- -c "$CFG" --at 10:20 --fresh
wait_for "A new day"
"$MIRROR" -e "$WORK/fake-ssh" stage-laptop "$j" "$copy" 2> "$WORK/mirror2.log" && fail "mirrored another day"
grep -q "another day's journal" "$WORK/mirror2.log" || fail "log: $(cat "$WORK/mirror2.log")"
exit 0
