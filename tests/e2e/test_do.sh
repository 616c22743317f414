# podium do: a step from outside the terminal (a Stream Deck, a foot
# switch, a script over ssh) joins the day's journal: the open screen
# shows it within a second; the role guard asks (exit 1) unless --yes;
# a held lock is waited for at most 5 s, then nothing is written (exit
# 1); no day, no step; the report lists what podium do sent.
. "$(dirname "$0")/lib.sh"

export STATE=$WORK/state
D() {
    env -i PATH=/usr/bin:/bin HOME="$WORK" XDG_STATE_HOME="$STATE" TZ=Europe/Stockholm LANG=C.UTF-8 \
        ASAN_OPTIONS="$ASAN_OPTIONS" UBSAN_OPTIONS="$UBSAN_OPTIONS" "$PODIUM" do "$@" -c "$CFG" --at 10:20
}

out=$(D next 2>&1) && fail "a step with no day running: $out"
echo "$out" | grep -q "no day running: no journal at" || fail "no day: $out"

start 100 30 -- -c "$CFG" --at 10:20
wait_for "10:20:0"
j=$(ls "$STATE"/podium/*.jsonl)
out=$(D next) || fail "next: $out"
[ "$out" = "Started 3 Sjukvårdsregionen i fokus at 10:20:00" ] || fail "next said: $out"
wait_for "NOW 3/10  Sjukvårdsregionen i fokus" 2
# a foot switch that bounces: the second next, a moment later, is not taken
out=$(D next 2>&1) && fail "a double press started the next item: $out"
echo "$out" | grep -q "3 Sjukvårdsregionen i fokus started a moment ago: a double press? (--yes starts the next)" ||
    fail "bounce: $out"

# the guard: the speakers are the moderator's
out=$(D speaker --role producer 2>&1) && fail "the producer's speaker went through: $out"
echo "$out" | grep -q "This is the moderator's: do it anyway? (--yes does it)" || fail "guard: $out"
out=$(D speaker --role producer --yes) || fail "--yes: $out"
wait_for "▶ Eva Exempelsson" 2
# the alarm is the technician's: the moderator's ack asks
out=$(D ack 2>&1) && fail "the moderator's ack went through: $out"
echo "$out" | grep -q "This is the technician's: do it anyway? (--yes does it)" || fail "ack: $out"
out=$(D ack --role technician 2>&1) && fail "an ack with no stream watched: $out"
echo "$out" | grep -q "No stream is watched: no alarm to acknowledge" || fail "ack: $out"
out=$(D message "Högre, tack") || fail "message: $out"
wait_for "TO THE STAGE: Högre, tack" 2
out=$(D undo) || fail "undo: $out"
[ "$out" = "Undid the message to the stage" ] || fail "undo said: $out"
wait_gone "TO THE STAGE" 2
out=$(D bogus 2>&1); [ $? = 2 ] || fail "an unknown action: $out"

# a message a spreadsheet would run: the CSV report shows it as text
out=$(D message '=HYPERLINK("http://example.invalid","x")') || fail "message: $out"
out=$(D plus-minute) || fail "plus-minute: $out"

# a held lock: at most 5 s, then nothing written, exit 1
lines=$(wc -l < "$j")
flock "$j" sleep 8 &
eventually 5 sh -c "! flock -n '$j' true" || fail "flock(1) did not take the lock"
t0=$(date +%s)
out=$(D poll 2>&1) && fail "a step under another's lock: $out"
[ $(($(date +%s) - t0)) -le 8 ] || fail "waited $(($(date +%s) - t0)) s for the lock"
echo "$out" | grep -q "another podium holds the journal (5 s): nothing written" || fail "lock: $out"
[ "$(wc -l < "$j")" = "$lines" ] || fail "written under another's lock"
wait

# the journal and the report say which steps came from outside
grep -q '"type":"item_start","via":"podium do"' "$j" || fail "journal: $(cat "$j")"
"$PODIUM" report "$j" > "$WORK/report.md" || fail "report"
grep -q "^## Sent with podium do" "$WORK/report.md" || fail "report: $(cat "$WORK/report.md")"
grep -q "^| 10:20:0[0-9] | next | 3 | Sjukvårdsregionen i fokus |" "$WORK/report.md" ||
    fail "report: $(grep -A8 'podium do' "$WORK/report.md")"
"$PODIUM" report --csv "$j" > "$WORK/report.csv" || fail "report --csv"
grep -q "^10:20:[0-9][0-9],\"'=HYPERLINK(\"\"http" "$WORK/report.csv" || fail "csv: $(grep -i hyperlink "$WORK/report.csv")"
grep -q ",'+1 min (+)$" "$WORK/report.csv" || fail "csv: $(grep 'min (' "$WORK/report.csv")"
exit 0
