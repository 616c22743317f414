# The screen on stage (--role stage) beside the moderator's, on one day:
# the speaker's time left in digits that fill the terminal (read back at
# 80x24, 120x40 and 200x60), the name and the item small above, the next
# item below; a message sent with M (two keys) there within a second, a
# restart keeping it, u taking it back; B blacking it out and back; WRAP
# UP and OVER TIME in words and colour as the turn runs out; during a
# break the time of day and until when; its own keys change nothing; ?
# shows one line; q then y quits.
. "$(dirname "$0")/lib.sh"

export STATE=$WORK/state
stage_big() { T capture-pane -p -e -N -t stage | BIGDIGITS_ROWS=1 perl "$ROOT/tests/e2e/bigdigits.pl" auto; }
stage_match() { stage_big | grep -Eq -- "$1"; }
wait_stage_big() {
    eventually "${2:-5}" stage_match "$1" || { screen_of stage >&2; fail "stage digits \"$(stage_big)\", never /$1/"; }
}

start 120 40 -- -c "$CFG" --at 10:20 --speed 30
wait_for "REHEARSAL x30"
start_also stage 80 24 -- -c "$CFG" --at 10:20 --speed 30 --role stage
wait_in stage "Sjukvårdsregionen i fokus"
wait_in stage "Next: 10:50 Paus"
in_stage() { screen_of stage | grep -qF -- "$1"; }
! in_stage "REMAINING" || fail "the stage shows the operator's labels"
! in_stage "u undo" || fail "the stage shows key hints"

# the moderator starts the item and Eva's turn: 25 minutes on the stage
keys n
keys s
wait_in stage "Eva Exempelsson"
wait_stage_big '^1[0-9]:2[0-4]:[0-5][0-9]$'   # 80x24: digits 10+ rows high
T resize-window -t stage -x 120 -y 40
wait_stage_big '^(2[0-9]|3[0-3]):2[0-4]:'      # 120x40
T resize-window -t stage -x 200 -y 60
wait_stage_big '^(3[0-9]|4[0-9]):2[0-4]:'      # 200x60: 30+ rows
T resize-window -t stage -x 80 -y 24

# the stage's own keys change nothing; ? says what it is
before=$(wc -l < "$(ls "$STATE"/podium/*.jsonl)")
keys_to stage n
keys_to stage s
keys_to stage '?'
wait_in stage "Stage screen"
[ "$(wc -l < "$(ls "$STATE"/podium/*.jsonl)")" = "$before" ] || fail "the stage wrote to the journal"
keys_to stage x
eventually 3 sh -c "! tmux -L $SOCK capture-pane -p -t stage | grep -q 'Stage screen'" || fail "? line stayed"

# a message from the moderator's screen: M then 2 (a set one), on the
# stage within a second, large; a typed one replaces it
keys M
wait_for "1 2 minuter kvar · 2 Avrunda"
keys 2
eventually 2 in_stage "Avrunda" || fail "the message did not reach the stage within a second"
expect_screen "TO THE STAGE: Avrunda"
wait_for "To the stage, sent Avrunda" # the line stays until Enter or Esc
keys Enter
keys M
T send-keys -t main -l "Högre, tack"
keys Enter
wait_in stage "Högre, tack" 2
# u takes the message back: the one before returns
keys u
wait_for "Undid the message to the stage"
wait_in stage "Avrunda" 2
# blackout: the stage goes black, the operators see it; B brings it back
keys B
wait_for "STAGE BLACKED OUT"
blank() { ! screen_of stage | grep -q '[^ ]'; }
eventually 2 blank || fail "the stage is not black: $(screen_of stage)"
keys B
wait_in stage "Eva Exempelsson" 2
# a restarted stage screen has the message up still
T kill-session -t stage
start_also stage 80 24 -- -c "$CFG" --at 10:20 --speed 30 --role stage
wait_in stage "Avrunda"

# the turn runs out: WRAP UP, then OVER TIME counting up, in colour
wait_in stage "WRAP UP" 60
wait_in stage "OVER TIME" 30
wait_stage_big '^[0-9]+:\+[0-9]+:[0-5][0-9]$'
T capture-pane -p -e -t stage | grep "OVER TIME" | grep -q $'\e\\[[0-9;]*31m' ||
    fail "OVER TIME is not red on the stage"

# a break: the time of day, and until when
keys n     # next: Paus
wait_in stage "Paus until 11:00" 10
wait_stage_big '^[0-9]+:1[01]:[0-5][0-9]$'

keys_to stage q
wait_in stage "Quit podium?"
keys_to stage y
wait_in stage "exit=0"
exit 0
