# The producer runs the press slot: the panel shows the slot's projected
# start as the day runs late, the bookings are reordered from the keys
# after Tab, p opens the slot with the first interview and steps through
# them with a timer each, a booking typed with å/ä/ö is added, u undoes.
. "$(dirname "$0")/lib.sh"

row() { screen | grep -F " $1 " | grep -E "^ . " || true; }

# Summering runs over: the slot's projected start follows, with its delay
start 80 24 -- -c "$CFG" --role producer --at 13:10 --speed 300
wait_for "PRODUCER"
keys n y # the item on screen starts (the moderator's: asked), then Summering
wait_for "NOW 8/10  Hur jobbar vi framåt?"
keys n y
wait_for "NOW 9/10  Summering"
wait_for "min late)" 20
screen | grep -qE "press     starts 13:(4[6-9]|5[0-9]) \(([1-9]|1[0-4]) min late\)" ||
    fail "no projected delay for the press slot"

start 80 24 -- -c "$CFG" --role producer --at 13:40 --speed 10
wait_for "PRODUCER"
wait_for "▸  press     starts 13:45 (on time)"
expect_screen "needs 23:00"
row "Sydsvenskan (exempel)" | grep -q "with Lena Hallengren .*0:00 of 5:00" ||
    fail "booking row: $(row 'Sydsvenskan (exempel)')"

# the focus is on the bookings: SVT Sydnytt goes first
keys j K
wait_for "Moved SVT Sydnytt (exempel) up"
screen | grep -A1 "SVT Sydnytt" | grep -q "Sydsvenskan" || fail "SVT not moved up"

# p opens the slot with SVT, whose timer runs; p again moves on
keys p
wait_for "Interview: SVT Sydnytt (exempel) with Lena Hallengren"
wait_for "NOW 10/10  Tid för press/media"
wait_for "slot "
svt_talking() { row "SVT Sydnytt (exempel)" | grep -q "^ ▶ .* [1-9]:[0-9][0-9] of 8:00"; }
eventually 15 svt_talking || fail "SVT's timer: $(row 'SVT Sydnytt (exempel)')"
keys p
wait_for "Interview: Sydsvenskan (exempel) with Lena Hallengren"
row "SVT Sydnytt (exempel)" | grep -q "^ ✓" || fail "SVT not done"

# a late booking, typed with å, ä and ö, to go next
keys O
wait_for "Add press booking next:"
T send-keys -l "Ölandsbladet på väg"
keys Enter
wait_for "Added Ölandsbladet på väg to go next"
screen | grep -A1 "Sydsvenskan" | grep -q "Ölandsbladet på väg" || fail "not next"
keys p
wait_for "Interview: Ölandsbladet på väg"
keys u
wait_for "Undid a change to the press bookings of 10 Tid för press/media"
row "Sydsvenskan (exempel)" | grep -q "^ ▶" || fail "Sydsvenskan not on again after u"
