#!/usr/bin/env bash
# make demo: the default programme as a rehearsal from 12:25 at ten times
# the speed, watching a live test ladder on 127.0.0.1 (three variants
# behind a Qbrick-style document), so every panel works without the
# internet. Quitting podium stops the stream and removes the demo's
# journal (it lives in a temporary directory, with its lock files).
#   tools/demo.sh [ROLE]      moderator (default), producer or technician
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
role=${1:-moderator}
work=$(mktemp -d /tmp/podium-demo.XXXXXX)
# shellcheck source=tools/live-stream.sh
. "$root/tools/live-stream.sh"
trap 'live_stream_stop; rm -rf "$work"' EXIT
echo "podium demo: starting a live test ladder (ffmpeg) on 127.0.0.1..." >&2
live_ladder_start "$work" 2
sed '/^stream = {/,/^};/d' "$root/conf/podium.cfg" > "$work/demo.cfg"
printf 'stream = { url = "%s"; format = "qbrick"; interval = 4; timeout = 3;\n' \
    "$LIVE_URL" >> "$work/demo.cfg"
printf '  reference_url = "%s/ok"; };\n' "$LIVE_BASE" >> "$work/demo.cfg"
cat >&2 <<HINT
To show a failure to the technician, from another terminal:
  tools/demo-stream $LIVE_BASE stall   every variant stops: SLOW, then STALLED
  tools/demo-stream $LIVE_BASE down    the origin answers 503: DOWN
  tools/demo-stream $LIVE_BASE up      all back: RECOVERED, then LIVE
  tools/demo-stream $LIVE_BASE freeze v1.m3u8   only 108p (v2), the middle one (thaw: back)
HINT
sleep 2
"$root/build/podium" -c "$work/demo.cfg" --at 12:25 --speed 10 --role "$role" \
    --journal "$work/demo.jsonl"
