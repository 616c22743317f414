# Which clock runs. The default programme is dated 2020-11-20: on any
# other day it used to open on PROGRAMME OVER with every poll MISSED and a
# real-day journal. Now the header says whose day it is and the day is
# rehearsed from 09:25; --live is today's clock, marked; an undated
# programme runs today's clock and says nothing of a rehearsal.
. "$(dirname "$0")/lib.sh"

today=$(TZ=Europe/Stockholm date +%F)
[ "$today" != 2020-11-20 ] || exit 0 # the programme's own day: nothing to tell

STATE=$WORK/state # one state directory: the rehearsal resumes
start 100 30 -- -c "$CFG"
wait_for "PROGRAMME FOR 2020-11-20 — today is $today"
expect_screen "REHEARSAL x1"
wait_for "starts in 4:5" # 09:25, five minutes before the first item
expect_screen "FIRST  Kaffe och registrering"
hides "PROGRAMME OVER" || fail "another day's programme shown as over"
hides "MISSED" || fail "polls shown as missed"
ls "$STATE"/podium/2020-11-20-podium-cfg-*-rehearsal-"$today".jsonl >/dev/null ||
    fail "no rehearsal journal of today: $(ls "$STATE"/podium)"
ls "$STATE"/podium/ | grep -qv rehearsal && fail "a real-day journal was made: $(ls "$STATE"/podium)"
keys n
wait_for "Started 1 Kaffe och registrering at 09:2"
keys q y
restored "quit"
# started again the same day it resumes (the rehearsal's clock ran on)
start 100 30 -- -c "$CFG"
wait_for "Resumed from 1 event"
wait_for "NOW 1/10  Kaffe och registrering"
unset STATE

# --live: today's clock, said so beside the dates
start 100 30 -- -c "$CFG" --live
wait_for "PROGRAMME FOR 2020-11-20 — today is $today"
expect_screen "LIVE ON TODAY'S CLOCK"
hides "REHEARSAL" || fail "--live is a rehearsal"
# the producer's at 80 columns: both dates still whole, shorter
start 80 24 -- -c "$CFG" --live --role producer
wait_for "FOR 2020-11-20, today $today"
expect_screen "LIVE ON TODAY'S CLOCK  PRODUCER"

# an undated programme runs today's clock, and no rehearsal is said
sed '/^  date   = /d' "$CFG" > "$WORK/undated.cfg"
start 80 24 -- -c "$WORK/undated.cfg"
wait_for "TIME"
before=$(TZ=Europe/Stockholm date +%H:%M)
got=$(big_numbers | cut -d' ' -f1)
after=$(TZ=Europe/Stockholm date +%H:%M)
[ "$got" = "$before" ] || [ "$got" = "$after" ] || fail "wall clock shows $got, not $before"
expect_not_screen "REHEARSAL"
expect_not_screen "PROGRAMME FOR"
