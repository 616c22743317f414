# Without --at or --speed podium shows the real time and says nothing of
# a rehearsal.
. "$(dirname "$0")/lib.sh"

start 80 24 -- -c "$CFG"
wait_for "TIME"
before=$(TZ=Europe/Stockholm date +%H:%M)
got=$(big_numbers | cut -d' ' -f1)
after=$(TZ=Europe/Stockholm date +%H:%M)
[ "$got" = "$before" ] || [ "$got" = "$after" ] || fail "wall clock shows $got, not $before"
expect_not_screen "REHEARSAL"
