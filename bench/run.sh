#!/usr/bin/env bash
# Measures what the dashboard costs while it sits on stage: CPU seconds and
# bytes written to the terminal over a steady minute, in a 120x40 tmux
# pane, beside `tty-clock -s -c` run the same way: the moderator's screen
# without a stream, then the technician's watching a live HLS test stream
# on 127.0.0.1 (ffmpeg, tools/live-stream.sh; TD 2 s: a poll every 1-2 s),
# a ladder (master, three variants and audio) behind an event page, and a
# day-long EVENT playlist of 12 MB (tests/server/stream_server.py, TD 2 s).
# Each line also gives the peak resident memory (VmHWM).
#   bench/run.sh              60 s each (BENCH_SECONDS to change)
#   PODIUM=path bench/run.sh  another binary
# Bytes are counted by script(1) between the pane and the program; the
# first 3 s (start-up, first full paint) are left out of both figures.
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
for tool in tmux script; do
    command -v $tool >/dev/null || { echo "bench: needs $tool" >&2; exit 1; }
done

# nanoseconds on the CPU (schedstat), finer than the 10 ms ticks of stat
cpu_ns() { awk '{print $1}' "/proc/$1/schedstat"; }
size() { stat -c %s "$1"; }

# measure NAME COMMAND: prints "NAME cpu_s bytes"
measure() {
    local name=$1 cmd=$2 log=$work/$1.typescript pid t0 t1 b0 b1
    tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
        "env TERM=tmux-256color LANG=C.UTF-8 TZ=Europe/Stockholm script -q -f -c '$cmd' $log"
    sleep "$warm"
    pid=$(pgrep -f -n -- "^${cmd%% *}") || { echo "bench: $name did not start" >&2; exit 1; }
    t0=$(cpu_ns "$pid"); b0=$(size "$log")
    sleep "$secs"
    t1=$(cpu_ns "$pid"); b1=$(size "$log")
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
    # script(1) outlives tmux's hangup, and the program with it: end both
    kill "$pid" "$(ps -o ppid= -p "$pid")" 2>/dev/null || true
    tmux -L "$sock" kill-server
    sleep 0.5
    awk -v n="$name" -v t=$((t1 - t0)) -v b=$((b1 - b0)) -v s="$secs" -v m="$hwm" \
        'BEGIN { printf "%-14s %8.4f s CPU (%.4f %%)  %8d bytes  (%d bytes/min)  peak %.1f MB\n", n, t / 1e9, 100 * t / 1e9 / s, b, b * 60 / s, m / 1024 }'
}

[ -x "$podium" ] || { echo "bench: build first (make)" >&2; exit 1; }
echo "over $secs s in a 120x40 pane:"
sed '/^stream = {/,/^};/d' "$root/conf/podium.cfg" > "$work/plain.cfg"
measure podium "$podium -c $work/plain.cfg --at 10:20"
if command -v ffmpeg >/dev/null && live_stream_start "$work/live" 2; then
    cp "$work/plain.cfg" "$work/stream.cfg"
    printf 'stream = { url = "%s"; format = "hls"; };\n' "$LIVE_URL" >> "$work/stream.cfg"
    measure podium+hls "$podium -c $work/stream.cfg --at 10:20 --role technician"
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
measure podium+ladder "$podium -c $work/ladder.cfg --at 10:20 --role technician"
cp "$work/plain.cfg" "$work/event.cfg"
printf 'stream = { url = "%s/event.m3u8?preload=45000"; };\n' "$base" >> "$work/event.cfg"
measure podium+event "$podium -c $work/event.cfg --at 10:20 --role technician"
if command -v tty-clock >/dev/null; then
    measure tty-clock "tty-clock -s -c"
else
    echo "tty-clock    not installed (apt-get install tty-clock) — no comparison"
fi
