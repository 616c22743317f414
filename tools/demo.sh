#!/usr/bin/env bash
# make demo: the default programme as a rehearsal from 12:25 at ten times
# the speed, watching a live test stream on 127.0.0.1, so every panel
# works without the internet. Quitting podium stops the stream.
#   tools/demo.sh [ROLE]      moderator (default), producer or technician
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
role=${1:-moderator}
work=$(mktemp -d /tmp/podium-demo.XXXXXX)
# shellcheck source=tools/live-stream.sh
. "$root/tools/live-stream.sh"
trap 'live_stream_stop; rm -rf "$work"' EXIT
echo "podium demo: starting a live test stream (ffmpeg) on 127.0.0.1..." >&2
live_stream_start "$work" 2
sed '/^stream = {/,/^};/d' "$root/conf/podium.cfg" > "$work/demo.cfg"
printf 'stream = { url = "%s"; format = "hls"; interval = 4; timeout = 3; };\n' \
    "$LIVE_URL" >> "$work/demo.cfg"
"$root/build/podium" -c "$work/demo.cfg" --at 12:25 --speed 10 --role "$role"
