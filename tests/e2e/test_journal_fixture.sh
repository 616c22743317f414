# Journals written by a podium of the past stay readable: those in
# fixtures/ (format version 2: starts, speakers, a poll, + and - with an
# undo, a name added, the stream; and the live edits: an item inserted,
# cut, brought back and cut, lengths and a time set with e, the film and
# the press) must resume into the same day and give the same report. A
# change that breaks old journals fails here; a change of what the
# report says shows as a diff to look at and take.
. "$(dirname "$0")/lib.sh"

for f in day-v2 day-v2-edits; do
    cp "$FIX/$f.jsonl" "$WORK/$f.jsonl"
    rep=$("$PODIUM" report -c "$CFG" "$WORK/$f.jsonl") || fail "report of $f failed"
    diff -u "$FIX/$f.report.md" <(sed 's|^Report of .*|Report of JOURNAL.|' <<<"$rep") ||
        fail "the report of $f changed (above)"
done
cp "$FIX/day-v2.jsonl" "$WORK/day.jsonl"

start 100 30 -- -c "$CFG" --journal "$WORK/day.jsonl" --at 10:15
wait_for "Resumed from 15 events"
wait_for "NOW 6/10  Lunch"
screen | grep -qE "✓ 10:15  10:01-10:07  -13 +Sjukvårdsregionen i fokus +asked" ||
    fail "the resumed day differs"
keys u
wait_for "Undid the start of 6 Lunch"

# --dump shows the inserted item with no planned time and no delay
"$PODIUM" --dump -c "$CFG" --journal "$WORK/day-v2-edits.jsonl" --at 10:17 |
    grep -qE '^  4  done     new          10:08-10:09         talk' ||
    fail "--dump's inserted row"

# the day with its edits resumes: the inserted item is there, Lunch cut
start 100 32 -- -c "$CFG" --journal "$WORK/day-v2-edits.jsonl" --at 10:17:30
wait_for "Resumed from 28 events"
wait_for "NOW 11/11  Tid för press/media"
screen | grep -qE "✓  new   10:08-10:09 +Frågor från publiken" || fail "the inserted row"
screen | grep -qE "– 11:45  10:11-10:11 +cut +Lunch" || fail "the cut row"
exit 0
