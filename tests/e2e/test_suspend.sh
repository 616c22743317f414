# Ctrl-Z in a shell with job control suspends podium and gives the shell
# back its normal screen; fg brings the dashboard back, whole and ticking.
. "$(dirname "$0")/lib.sh"

T kill-server 2>/dev/null
T new-session -d -s main -x 80 -y 24 \
    "env -i PATH=/usr/bin:/bin HOME=$WORK XDG_STATE_HOME=$WORK/state TERM=tmux-256color \
     TZ=Europe/Stockholm LANG=C.UTF-8 ASAN_OPTIONS=$ASAN_OPTIONS PS1='shell\$ ' bash --norc -i"
T set-option -g status off
wait_for 'shell$'
keys "$PODIUM -c $CFG --at 10:00" Enter
wait_for "NOW 2/10 by the plan"
keys C-z
wait_for "Stopped"
expect_not_screen "NOW 2/10"
[ "$(T display -p -t main '#{alternate_on}')" = 0 ] || fail "still on the alternate screen"
keys "fg" Enter
wait_for "NOW 2/10 by the plan"
first=$(screen | grep -oE '10:00:[0-9]{2}' | head -1)
sleep 2
[ "$(screen | grep -oE '10:00:[0-9]{2}' | head -1)" != "$first" ] || fail "the clock stopped after fg"
keys n
wait_for "Started 2 Inledning och presentation"
exit 0
