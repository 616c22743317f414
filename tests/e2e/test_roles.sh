# --role gives the screen to the moderator, the producer or the
# technician; each role's keys act at once, another role's ask first
# ("This is the moderator's: do it anyway?"), and Tab moves the focus
# between the speakers and the press bookings.
. "$(dirname "$0")/lib.sh"

# the moderator: big clocks; the press slot only when it is near
start 80 24 -- -c "$CFG" --at 12:20
wait_for "TIME"
hides "PRODUCER" || fail "moderator's header names a role"
hides "press     starts" || fail "press panel two hours ahead"
hides "FILM in" || fail "film cue long before its reminder"
keys Tab # the focused queue comes into view
wait_for "▸  press     starts 13:45"

# the producer: the film cue and the press slot all day, clock on a line
start 80 24 -- -c "$CFG" --at 12:20 --role producer
wait_for "PRODUCER"
wait_for "FILM in 10:"
expect_screen "press     starts 13:45 (on time)  in 1:25:"
hides "REMAINING" || fail "producer's screen has the big clock"
expect_screen "left until 12:30 (45:00 planned)" # the countdown of Lunch, on one line
keys f
wait_for "FILM ON STANDBY" # the producer's own key: at once
keys n # the moderator's: asked, and anything but y leaves it
wait_for "This is the moderator's: do it anyway?"
expect_screen "y does it, any other key does not."
keys x
wait_for "Not done"
expect_screen "NOW 6/10 by the plan"
keys n y
wait_for "NOW 6/10  Lunch" # the item on screen starts

# the technician: the stream's place, and the moderator's keys work when
# confirmed
start 80 24 -- -c "$CFG" --at 11:05 --role technician
wait_for "TECHNICIAN"
expect_screen "STREAM OFF  no stream group in the configuration: nothing to watch"
wait_for "speakers  s next"
keys s
wait_for "This is the moderator's: do it anyway?"
keys y
wait_for "Speaking: Anna Lindqvist"

# Tab: the queue keys move from the speakers to the press bookings, the
# agenda, and round; the ▸ marks the focused one
start 80 30 -- -c "$CFG" --at 13:35
wait_for "▸  speakers"
wait_for "   press     starts 13:45"
keys Tab
wait_for "▸  press"
expect_screen "   speakers  s next"
keys x # the bookings are the producer's
wait_for "This is the producer's: do it anyway?"
keys y
wait_for "Skipped Sydsvenskan (exempel)"
keys Tab # the agenda: Up/Down select an item still to come, x cuts it
wait_for "agenda  Up/Down  e length  x cut  i new"
screen | grep -q "▸ " && screen | grep "▸" | grep -qv "agenda" && fail "two focus marks"
keys x
wait_for "Cut 10 Tid för press/media (x again or u brings it back)"
screen | grep -qE "13:45 +13:45-13:45 +cut +Tid för press/media" || fail "cut row: $(screen | grep 'press/media')"
keys u
wait_for "Undid the cut of 10 Tid för press/media"
keys Tab
wait_for "▸  speakers"
keys x
wait_for "Skipped Moderatorn"
