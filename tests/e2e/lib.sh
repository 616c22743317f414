# Shared helpers for the end-to-end tests: podium runs in its own tmux
# server with a sealed environment, keys go in with send-keys and the
# screen comes back with capture-pane, as a person would see it.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PODIUM=${PODIUM:-$ROOT/build/podium}
case $PODIUM in /*) ;; *) PODIUM=$ROOT/$PODIUM ;; esac
FIX=$ROOT/tests/e2e/fixtures
SOCK=podium-e2e-$$-0
STARTS=0
WORK=$(mktemp -d /tmp/podium-e2e.XXXXXX)
# The default programme without its stream group: the tests never reach
# the internet (the stream tests serve their own, on loopback).
CFG=$WORK/podium.cfg
sed '/^stream = {/,/^};/d' "$ROOT/conf/podium.cfg" > "$CFG"
# ncurses is not ours to fix: its still-reachable memory is not a leak of podium's
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

T() { tmux -L "$SOCK" -f /dev/null "$@"; }

cleanup() {
    T kill-server 2>/dev/null
    # shellcheck disable=SC2046
    kill $(jobs -p) 2>/dev/null
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    echo "--- screen ---" >&2
    T capture-pane -p -t main >&2 2>/dev/null
    exit 1
}

# start WIDTH HEIGHT ENV... -- ARGS...: podium in a fresh pane; when it
# exits the pane shows "exit=STATUS".
start() {
    local w=$1 h=$2 envs=() args
    shift 2
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    args=$(printf '%q ' "$@")
    # a fresh server each time: one still shutting down refuses new sessions
    T kill-server 2>/dev/null
    STARTS=$((STARTS + 1))
    SOCK=podium-e2e-$$-$STARTS
    # each start its own journal, unless the test shares one on purpose
    T new-session -d -s main -x "$w" -y "$h" \
        "env -i PATH=/usr/bin:/bin HOME=$WORK XDG_CONFIG_HOME=$WORK/config \
         XDG_STATE_HOME=${STATE:-$WORK/state-$STARTS} TERM=tmux-256color \
         TZ=Europe/Stockholm LANG=C.UTF-8 ASAN_OPTIONS=$ASAN_OPTIONS UBSAN_OPTIONS=$UBSAN_OPTIONS \
         sh -c 'stty -g > $WORK/stty.before; ${envs[*]} $PODIUM $args; echo exit=\$? > $WORK/exit; stty -g > $WORK/stty.after; cat $WORK/exit; sleep 600'"
    T set-option -g status off
    T resize-window -x "$w" -y "$h" 2>/dev/null
}

screen() { T capture-pane -p -t main; }
keys() { T send-keys -t main "$@"; }
pane_pid() { T display -p -t main '#{pane_pid}'; }
# the podium process under the pane's shell
podium_pid() { pgrep -P "$(pane_pid)" -f "$(basename "$PODIUM")" | head -1; }

# eventually SECONDS COMMAND...: true as soon as COMMAND succeeds
eventually() {
    local limit=$1 i
    shift
    for ((i = 0; i < limit * 10; i++)); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}

shows() { screen | grep -qF -- "$1"; }
hides() { ! shows "$1"; }

# wait_for TEXT [SECONDS]: until the screen shows TEXT (a fixed string)
wait_for() { eventually "${2:-5}" shows "$1" || fail "screen never showed: $1"; }
# wait_gone TEXT [SECONDS]: until the screen no longer shows TEXT
wait_gone() { eventually "${2:-5}" hides "$1" || fail "screen still shows: $1"; }

# restored WHAT: podium has exited and left the terminal as it found it
restored() {
    wait_for "exit="
    [ "$(T display -p '#{alternate_on}')" = 0 ] || fail "$1: alternate screen left on"
    [ "$(T display -p '#{cursor_flag}')" = 1 ] || fail "$1: cursor left hidden"
    cmp -s "$WORK/stty.before" "$WORK/stty.after" || fail "$1: tty modes not restored"
}

expect_screen() { shows "$1" || fail "screen does not show: $1"; }
expect_not_screen() { hides "$1" || fail "screen shows: $1"; }

# The big numbers as a person reads them: "WALLCLOCK COUNTDOWN".
big_numbers() {
    local cols
    cols=$(T display -p '#{pane_width}')
    T capture-pane -p -e -N | perl "$ROOT/tests/e2e/bigdigits.pl" 2 2 $((cols / 2))
}

big_match() { big_numbers | grep -Eq -- "$1"; }

# wait_big REGEX [SECONDS]: until the big numbers match REGEX
wait_big() {
    eventually "${2:-5}" big_match "$1" ||
        fail "big numbers are \"$(big_numbers)\", never matched /$1/"
}

# The stream tests never leave the machine: no proxy for loopback.
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost

# serve_stream [TD]: the scripted livestream (tests/server) on a free
# loopback port, in $PORT; its pid in $SERVER_PID.
serve_stream() {
    rm -f "$WORK/port"
    python3 "$ROOT/tests/server/stream_server.py" "$WORK/port" "${1:-1}" &
    SERVER_PID=$!
    eventually 5 test -s "$WORK/port" || fail "the stream server did not start"
    PORT=$(cat "$WORK/port")
}

# stream_cfg URL [SETTINGS]: the default programme watching URL, with
# fast polls (interval 2 s, timeout 1 s) unless SETTINGS say otherwise, and
# the reference for "is it the laptop's network?" on loopback (the scripted
# server's /ok, else a closed port), never the internet; prints the path.
stream_cfg() {
    local f=$WORK/stream-$RANDOM.cfg settings=${2:-} ref=http://127.0.0.1:9/
    [ -z "${PORT:-}" ] || ref=http://127.0.0.1:$PORT/ok
    [[ $settings == *interval* ]] || settings="interval = 2; timeout = 1; $settings"
    [[ $settings == *reference_url* ]] || settings="$settings reference_url = \"$ref\";"
    cp "$CFG" "$f"
    printf 'stream = { url = "%s"; %s };\n' "$1" "$settings" >> "$f"
    echo "$f"
}

# start_also NAME WIDTH HEIGHT -- ARGS...: a second podium beside the
# first, in the same tmux server (another terminal on the same laptop);
# screen_of NAME and keys_to NAME KEYS... reach it.
start_also() {
    local name=$1 w=$2 h=$3 args
    shift 4
    args=$(printf '%q ' "$@")
    T new-session -d -s "$name" -x "$w" -y "$h" \
        "env -i PATH=/usr/bin:/bin HOME=$WORK XDG_CONFIG_HOME=$WORK/config \
         XDG_STATE_HOME=${STATE:-$WORK/state-$STARTS} TERM=tmux-256color \
         TZ=Europe/Stockholm LANG=C.UTF-8 ASAN_OPTIONS=$ASAN_OPTIONS UBSAN_OPTIONS=$UBSAN_OPTIONS \
         sh -c '$PODIUM $args; echo exit=\$?; sleep 600'"
    T resize-window -t "$name" -x "$w" -y "$h" 2>/dev/null
}
screen_of() { T capture-pane -p -t "$1"; }
keys_to() { local name=$1; shift; T send-keys -t "$name" "$@"; }
# wait_in NAME TEXT [SECONDS]: until NAME's screen shows TEXT
wait_in() {
    local name=$1 text=$2
    in_shows() { screen_of "$name" | grep -qF -- "$text"; }
    eventually "${3:-5}" in_shows || { screen_of "$name" >&2; fail "$name never showed: $text"; }
}

# probe PATH SETTINGS STATUS VERDICT MAX_SECONDS: runs --probe on $BASE$PATH, checks the
# exit status, that the output has VERDICT (a fixed string) and the time
# (MAX_SECONDS, plus 3 s of headroom for a loaded machine)
probe() {
    local path=$1 settings=$2 want=$3 verdict=$4 max=$5 cfg out status start took
    cfg=$(stream_cfg "$BASE$path" "$settings")
    start=$(date +%s%N)
    out=$("$PODIUM" --probe -c "$cfg" 2>&1)
    status=$?
    took=$((($(date +%s%N) - start) / 1000000))
    [ "$status" = "$want" ] || fail "$path: exit $status, not $want: $out"
    grep -qF -- "$verdict" <<<"$out" || fail "$path: no \"$verdict\" in: $out"
    [ "$took" -le $(((max + 3) * 1000)) ] || fail "$path: took $took ms, over $max s (+3)"
    LAST=$out
    TOOK=$took
}
