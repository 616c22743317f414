# i inserts an item on the day, as the moderator does it: the entry line
# asks the title, the minutes and the kind, each saying what it takes;
# the item shows as "new" in the agenda with the rest projected after
# it, the other terminal on the journal shows it too, n reaches it, u
# takes it out, and the report lists it as inserted.
. "$(dirname "$0")/lib.sh"

export STATE=$WORK/state
start 100 32 -- -c "$CFG" --at 10:47:50
wait_for "NOW 3/10 by the plan"
start_also producer 100 32 -- -c "$CFG" --role producer
wait_in producer "Sjukvårdsregionen i fokus"
keys n
wait_for "Started 3 Sjukvårdsregionen i fokus"
keys i
wait_for "New item's title:"
expect_screen "after 3 Sjukvårdsregionen i fokus; every key is text here until Enter or Esc"
T send-keys -t main -l "Frågor från publiken"
keys Enter
wait_for "Minutes of Frågor från publiken:"
expect_screen "digits only here, until Enter or Esc"
keys 1 x 0 Enter
wait_for "Kind of Frågor från publiken, 10 min?"
expect_screen "one key here: t talk, p panel, b break; Enter a talk, Esc leaves it"
keys t
wait_for "Inserted 4 Frågor från publiken, 10 min talk (u takes it out)"
# no planned time, the projection after the running item; Paus (min 5)
# still starts after it, and the status line's next is the new one
screen | grep -qE "^    new   11:2[23]-11:3[23] +Frågor från publiken" || fail "the new row"
screen | grep -qE "10:50  11:3[23]-11:3[78] .*break Paus" || fail "Paus after it"
wait_for "Next: 11:2"
expect_screen "Frågor från publiken (+"
expect_screen "n: next, Frågor från publiken"
wait_in producer "new   11:2"
# the producer's i asks first: items are the moderator's
keys_to producer i
wait_in producer "This is the moderator's: do it anyway?"
keys_to producer n
wait_in producer "Not done"
keys n
wait_for "Started 4 Frågor från publiken at 10:4"
wait_for "NOW 4/11  Frågor från publiken"
expect_screen "speakers  none yet  o adds one, O to go next" # a new item has nobody yet
keys u
wait_for "Undid the start of 4 Frågor från publiken"
keys u
wait_for "Undid the new item 4 Frågor från publiken"
expect_screen "n: next, Paus"
screen | grep -q "^    new " && fail "the agenda still shows it"
wait_in producer "n: next, Paus"
screen_of producer | grep -q "Frågor från publiken" && fail "the producer still shows it"
# once more, kept: a panel after the selected item on the agenda
keys Tab Tab Down i
wait_for "after 5 Regional sjukvårdspolitik; every key"
T send-keys -t main -l "Extra panel"
keys Enter 1 5 Enter p
wait_for "Inserted 6 Extra panel, 15 min panel (u takes it out)"
screen | grep -qE "^ .  new   .* panel Extra panel" || fail "the new panel row"
keys q y
wait_for "exit=0"
journal=$(ls "$STATE"/podium/*.jsonl | head -1)
rep=$("$PODIUM" report -c "$CFG" "$journal") || fail "report failed"
grep -qE '^\| 6 \| Extra panel \| \(inserted\) \| 15:00 panel \|' <<<"$rep" ||
    fail "the report's row: $(grep Extra <<<"$rep")"
grep -qE '^\| 10:4[78]:[0-9]{2} \| 4 \| Frågor från publiken \| inserted \(i\): talk, 10:00 long \|' \
    <<<"$rep" || fail "the report's change: $(grep Frågor <<<"$rep")"
grep -q 'undo of the insertion' <<<"$rep" || fail "the undo is not in the report"

# a title longer than the line: its end shows, where the cursor is
unset STATE
start 80 24 -- -c "$CFG" --at 10:47:50
wait_for "NOW 3/10 by the plan"
keys i
wait_for "New item's title:"
T send-keys -t main -l "En mycket lång titel på en punkt som ingen hade planerat men som alla ville ha SLUTET"
wait_for "SLUTET"
expect_screen "…"
keys Escape
wait_for "No item inserted"
exit 0
