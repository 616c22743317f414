# A journal written by a podium of the past stays readable: the one in
# fixtures/ (format version 2: starts, speakers, a poll, + and - with an
# undo, a name added, the stream) must resume into the same day and give
# the same report. A change that breaks old journals fails here.
. "$(dirname "$0")/lib.sh"

cp "$FIX/day-v2.jsonl" "$WORK/day.jsonl"
rep=$("$PODIUM" report -c "$CFG" "$WORK/day.jsonl") || fail "report failed"
diff -u "$FIX/day-v2.report.md" <(sed 's|^Report of .*|Report of JOURNAL.|' <<<"$rep") ||
    fail "the report of the fixture changed (above)"

start 100 30 -- -c "$CFG" --journal "$WORK/day.jsonl" --at 10:15
wait_for "Resumed from 15 events"
wait_for "NOW 6/10  Lunch"
screen | grep -qE "✓ 10:15  10:01-10:07  -13 +Sjukvårdsregionen i fokus +asked" ||
    fail "the resumed day differs"
keys u
wait_for "Undid the start of 6 Lunch"
exit 0
