#!/usr/bin/env bash
# Measures what the dashboard costs while it sits on stage: CPU seconds and
# bytes written to the terminal over a steady minute, in a 120x40 tmux
# pane, with `tty-clock -s -c` run in a pane of its own at the same time
# (side by side: whatever else the machine does weighs on both): the
# moderator's screen without a stream, the stage screen (--role stage) at
# 200x60 as on a TV, then the technician's watching a
# live HLS test stream on 127.0.0.1 (ffmpeg, tools/live-stream.sh; TD 2 s:
# a poll every 1-2 s), a ladder (master, three variants and audio) behind
# an event page, and a day-long EVENT playlist of 12 MB
# (tests/server/stream_server.py, TD 2 s).
# Each line gives the CPU, the bytes written, the peak resident memory
# (VmHWM), the poll(2) calls a second, all of them, curl's own included
# (perf stat on the syscall tracepoint, attached for the same window:
# needs perf and root or kernel.perf_event_paranoid <= -1, else "-"), and
# the CPU as a multiple of tty-clock's in the same window. In the HLS and
# ladder windows a playlist freezes a quarter of the way in and thaws
# halfway: the figures include a stall, its alarm and the recovery.
#   bench/run.sh              60 s each (BENCH_SECONDS to change)
#   PODIUM=path bench/run.sh  another binary
# Bytes are counted by script(1) between the pane and the program; the
# first 3 s (start-up, first full paint) are left out of all figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
podium=${PODIUM:-$root/build/podium}
secs=${BENCH_SECONDS:-60}
warm=3
sock=podium-bench-$$
work=$(mktemp -d /tmp/podium-bench.XXXXXX)
# shellcheck source=tools/live-stream.sh
. "$root/tools/live-stream.sh"
server=
trap 'tmux -L $sock kill-server 2>/dev/null || true; live_stream_stop; [ -z "$server" ] || kill $server; rm -rf "$work"' EXIT
for tool in tmux script curl; do
    command -v $tool >/dev/null || { echo "bench: needs $tool" >&2; exit 1; }
done
beside=true
command -v tty-clock >/dev/null || {
    echo "bench: tty-clock is not installed (apt-get install tty-clock): no comparison" >&2
    beside=false
}

# nanoseconds on the CPU (schedstat), finer than the 10 ms ticks of stat
cpu_ns() { awk '{print $1}' "/proc/$1/schedstat"; }
size() { stat -c %s "$1"; }

# poll(2) calls are counted by perf stat on the syscall tracepoint, if it can
polls_ok=false
if command -v perf >/dev/null && perf stat -e syscalls:sys_enter_poll -- true >/dev/null 2>&1; then
    polls_ok=true
fi
polls_per_s() {
    [ -s "$1" ] || { echo -; return; }
    awk -F, -v s="$secs" '/sys_enter_poll/ { printf "%.1f", $1 / s }' "$1"
}

# pane NAME COMMAND: runs COMMAND in a pane of its own, 120x40 (or
# $cols x $rows), through script(1) to NAME.typescript; prints its pid
cols=120 rows=40
pane() {
    tmux -L "$sock" -f /dev/null new-session -d -s "$1" -x "$cols" -y "$rows" \
        "env TERM=tmux-256color LANG=C.UTF-8 TZ=Europe/Stockholm script -q -f -c '$2' $work/$1.typescript"
}
pid_of() { pgrep -f -n -- "^${1%% *}" || { echo "bench: $1 did not start" >&2; exit 1; }; }

# measure NAME COMMAND [DURING]: one line of figures; DURING, a function,
# runs beside the window (a stall and its recovery)
measure() {
    local name=$1 cmd=$2 during=${3:-} log=$work/$1.typescript pid cpid=0 t0 t1 c0=0 c1=0 b0 b1
    local perfpid= side= hwm
    pane "$name" "$cmd"
    $beside && pane clock "tty-clock -s -c"
    sleep "$warm"
    pid=$(pid_of "$cmd")
    $beside && cpid=$(pid_of "tty-clock -s -c")
    rm -f "$work/$name.polls"
    if $polls_ok; then
        perf stat -x, -e syscalls:sys_enter_poll -p "$pid" -o "$work/$name.polls" -- sleep "$secs" &
        perfpid=$!
    fi
    [ -z "$during" ] || { $during & side=$!; }
    t0=$(cpu_ns "$pid"); b0=$(size "$log")
    $beside && c0=$(cpu_ns "$cpid")
    sleep "$secs"
    t1=$(cpu_ns "$pid"); b1=$(size "$log")
    $beside && c1=$(cpu_ns "$cpid")
    [ -z "$perfpid" ] || wait "$perfpid" || true
    [ -z "$side" ] || wait "$side" || true
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
    # script(1) outlives tmux's hangup, and the program with it: end both
    kill "$pid" "$(ps -o ppid= -p "$pid")" 2>/dev/null || true
    $beside && { kill "$cpid" "$(ps -o ppid= -p "$cpid")" 2>/dev/null || true; }
    tmux -L "$sock" kill-server
    sleep 0.5
    awk -v n="$name" -v t=$((t1 - t0)) -v c=$((c1 - c0)) -v b=$((b1 - b0)) -v s="$secs" \
        -v m="$hwm" -v p="$(polls_per_s "$work/$name.polls")" \
        'BEGIN { printf "%-14s %7.4f s CPU (%.3f %%)  %6d bytes/min  peak %4.1f MB  %5s poll(2)/s  ", n, t / 1e9, 100 * t / 1e9 / s, b * 60 / s, m / 1024, p
                 if (c > 0) printf "%.2fx tty-clock (%.4f s)\n", t / c, c / 1e9; else print "" }'
}

# a stall inside the window: GET $1 a quarter of the way in, $2 halfway
stall_and_recover() {
    sleep "$(awk -v s="$secs" 'BEGIN { print s / 4 }')"
    curl -s -o /dev/null "$1" || true
    sleep "$(awk -v s="$secs" 'BEGIN { print s / 4 }')"
    curl -s -o /dev/null "$2" || true
}
hls_stall() { stall_and_recover "${LIVE_URL%/*}/control/freeze/live.m3u8" "${LIVE_URL%/*}/control/thaw/live.m3u8"; }
ladder_stall() { stall_and_recover "$base/control/freeze/v2" "$base/control/thaw/v2"; }

[ -x "$podium" ] || { echo "bench: build first (make)" >&2; exit 1; }
echo "over $secs s, each in a 120x40 pane, tty-clock -s -c beside it:"
sed '/^stream = {/,/^};/d' "$root/conf/podium.cfg" > "$work/plain.cfg"
measure podium "$podium -c $work/plain.cfg --at 10:20"
# the stage screen on a TV: digits 35 rows high, written cell by cell as
# they change (issue 15: at most 120 KB a minute)
cols=200 rows=60
XDG_STATE_HOME=$work/stage-state measure podium-stage "$podium -c $work/plain.cfg --at 10:20 --role stage"
cols=120 rows=40
if command -v ffmpeg >/dev/null && live_stream_start "$work/live" 2; then
    cp "$work/plain.cfg" "$work/stream.cfg"
    printf 'stream = { url = "%s"; format = "hls"; };\n' "$LIVE_URL" >> "$work/stream.cfg"
    measure podium+hls "$podium -c $work/stream.cfg --at 10:20 --role technician" hls_stall
    live_stream_stop
else
    echo "podium+hls   no ffmpeg (apt-get install ffmpeg) — not measured"
fi
# the scripted server: a ladder behind an event page, a 12 MB EVENT playlist
python3 "$root/tests/server/stream_server.py" "$work/port" 2 &
server=$!
for ((i = 0; i < 50; i++)); do [ -s "$work/port" ] && break; sleep 0.1; done
base=http://127.0.0.1:$(cat "$work/port")
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
cp "$work/plain.cfg" "$work/ladder.cfg"
printf 'stream = { url = "%s/page/event.html"; format = "page"; };\n' "$base" >> "$work/ladder.cfg"
measure podium+ladder "$podium -c $work/ladder.cfg --at 10:20 --role technician" ladder_stall
cp "$work/plain.cfg" "$work/event.cfg"
printf 'stream = { url = "%s/event.m3u8?preload=45000"; };\n' "$base" >> "$work/event.cfg"
measure podium+event "$podium -c $work/event.cfg --at 10:20 --role technician"
