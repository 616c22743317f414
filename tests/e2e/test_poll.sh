# The poll question: a reminder while its item runs, m marks it asked, an
# item that ends without it is flagged, and u takes back the latest step.
. "$(dirname "$0")/lib.sh"

start 80 24 -- -c "$CFG" --at 10:40
wait_for "NOW 3/10 by the plan  Sjukvårdsregionen i fokus"
wait_for "POLL QUESTION: put it to the audience, then press m"
screen | grep -q "▶ 10:15 .*Sjukvårdsregionen i fokus  *POLL$" || fail "due poll in the agenda"

keys m
wait_for "Poll question of 3 Sjukvårdsregionen i fokus asked at 10:40:0"
wait_gone "POLL QUESTION:"
screen | grep -q "Sjukvårdsregionen i fokus  *asked$" || fail "asked poll in the agenda"

keys n # the item on screen starts; then Paus; then Regional
wait_for "NOW 3/10  Sjukvårdsregionen i fokus" # sjukvårdspolitik, ended without its poll
keys n
wait_for "NOW 4/10  Paus"
keys n
wait_for "NOW 5/10  Regional sjukvårdspolitik"
wait_for "POLL QUESTION:"
keys n
wait_for "NOW 6/10  Lunch"
wait_gone "POLL QUESTION:"
screen | grep -q "Regional sjukvårdspolitik  *MISSED$" || fail "missed poll not flagged"
keys m
wait_for "6 Lunch has no poll question"

# u goes back step by step, the poll included, in the order taken
keys u u u
wait_for "Undid the start of 4 Paus"
keys u u
wait_for "Undid the poll question of 3 Sjukvårdsregionen i fokus marked asked"
wait_for "POLL QUESTION:"
