# The producer cues the film under --speed: the reminder two minutes
# ahead, standby, rolling (which starts the film's item), the big
# countdown, the 30-second warning, then the film is over and the
# moderator starts the next item.
. "$(dirname "$0")/lib.sh"

film_big() { T capture-pane -p -e -N | perl "$ROOT/tests/e2e/bigdigits.pl" 12 2 40 | cut -d' ' -f1; }

start 80 24 -- -c "$CFG" --at 12:27:50 --speed 10
wait_for "FILM in 1:5"
expect_screen "f arms standby"
keys f # the producer's work, on the moderator's screen: asked first
wait_for "This is the producer's: do it anyway?"
expect_screen "y does it, any other key does not."
keys y
wait_for "FILM ON STANDBY: Gott exempel: närmare vård (exempel) (4:50) - f rolls it"
keys f y
wait_for "FILM ROLLING"
wait_for "NOW 7/10  Film med gott exempel från regionen" # its item started
film_reads_4() { [[ $(film_big) =~ ^4:[45][0-9]$ ]]; }
eventually 3 film_reads_4 || fail "film countdown reads \"$(film_big)\""
# Tab to the press bookings: at 80x24 the focused queue keeps its rows
# and the film shrinks to one line that still counts down
keys Tab
wait_for "FILM ROLLING 4:"
expect_screen "Sydsvenskan (exempel)"
expect_screen "SVT Sydnytt (exempel)"
wait_for "MODERATOR: READY ON STAGE" 30
wait_for "THE FILM IS OVER" 6
expect_screen "Next: 8 Hur jobbar vi framåt? (n starts it)"
expect_screen "NOW 7/10" # the film's end does not start the next item
keys n
wait_for "NOW 8/10  Hur jobbar vi framåt?"
wait_gone "FILM"
