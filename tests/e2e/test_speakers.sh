# Running a panel from the speaker queue: s starts and moves on, the
# queue is reordered and a speaker skipped, u takes steps back, the panel
# balance flags who had less or more, and the next item ends the turn.
. "$(dirname "$0")/lib.sh"

row() { screen | grep -E "^ . $1 " || true; }

start 80 24 -- -c "$CFG" --at 11:05 --speed 60
wait_for "speakers  s next"
keys s
wait_for "Speaking: Anna Lindqvist"
row "Anna Lindqvist" | grep -q "^ ▶" || fail "Anna not speaking: $(row 'Anna Lindqvist')"
row "Johan Åberg" | grep -q "^ ›" || fail "Johan not selected as next"

# Maria up past Johan, then skipped; Johan is next again
keys j K
wait_for "Moved Maria Öhman up"
screen | grep -A1 "Anna Lindqvist" | grep -q "Maria Öhman" || fail "Maria not moved up"
keys x
wait_for "Skipped Maria Öhman (u brings them back)"
row "Maria Öhman" | grep -q "^ ✗" || fail "Maria not skipped"

# a minute a second: after four, Anna has had more than her share
anna_more() { row "Anna Lindqvist" | grep -q "more$"; }
eventually 8 anna_more || fail "no 'more' for Anna: $(row 'Anna Lindqvist')"
row "Johan Åberg" | grep -q "less$" || fail "no 'less' for Johan"

keys s
wait_for "Speaking: Johan Åberg"
row "Anna Lindqvist" | grep -q "^ ✓" || fail "Anna not done"
keys u
wait_for "Undid a change to the speakers of 5 Regional sjukvårdspolitik"
row "Anna Lindqvist" | grep -q "^ ▶" || fail "Anna not speaking again after u"
keys u
wait_for "Undid a change"
row "Maria Öhman" | grep -q "^ [·›]" || fail "Maria not back in the queue"

# a question from the floor, typed with å, ä and ö, at the end
keys o
wait_for "Add speaker at the end:"
T send-keys -l "Fråga från salen: Ärla Öst"
keys BSpace BSpace BSpace
wait_for "Add speaker at the end: Fråga från salen: Ärla"
keys Enter
wait_for "Added Fråga från salen: Ärla at the end of the queue"
screen | grep -B1 "Fråga från salen: Ärla" | grep -q "Per Ekström" || fail "not at the end"
keys O
T send-keys -l "nq"
keys Escape
wait_for "No speaker added"
expect_screen "NOW 5/10" # n and q were text, not commands

# the next agenda item ends the turn; lunch has no speakers
keys n # the item on screen starts, then Lunch
wait_for "Started 5 Regional sjukvårdspolitik"
keys n
wait_for "NOW 6/10  Lunch"
wait_gone "speakers  s next"
keys s
wait_for "No speakers in this item"
