# A real stream end to end: ffmpeg writes a live HLS stream from a test
# source, a real web server serves it on 127.0.0.1; podium says LIVE,
# STALLED once ffmpeg stops, DOWN once the server stops.
. "$(dirname "$0")/lib.sh"

command -v ffmpeg >/dev/null || fail "ffmpeg is missing (make check installs it)"
# the scripted server stands in for the rest of the internet (the reference
# that tells a stopped server from a lost network): it stays up
serve_stream 1
mkdir -p "$WORK/hls"
ffmpeg -nostdin -hide_banner -loglevel error -re \
    -f lavfi -i testsrc=size=160x90:rate=10 -f lavfi -i sine=frequency=440 \
    -c:v libx264 -preset ultrafast -tune zerolatency -g 10 -c:a aac \
    -f hls -hls_time 1 -hls_list_size 5 -hls_flags delete_segments+program_date_time \
    "$WORK/hls/live.m3u8" &
FFMPEG=$!
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$WORK/hls" >"$WORK/httpd.log" 2>&1 &
HTTPD=$!
eventually 10 grep -q "port [0-9]" "$WORK/httpd.log" || fail "the web server did not start"
port=$(grep -oE "port [0-9]+" "$WORK/httpd.log" | head -1 | cut -d' ' -f2)
eventually 10 test -s "$WORK/hls/live.m3u8" || fail "ffmpeg wrote no playlist"
cfg=$(stream_cfg "http://127.0.0.1:$port/live.m3u8")

# the technician's check before doors open
out=$("$PODIUM" --probe -c "$cfg") || fail "probe of the live stream: $out"
grep -q "^LIVE" <<<"$out" || fail "probe: $out"

start 100 40 -- -c "$cfg" --role technician --at 10:00
wait_for "LIVE since" 5
# ffmpeg dies (a clean stop would write EXT-X-ENDLIST: ENDED): no new
# segment, STALLED within 3 x max(TD, 2 s) and a poll
kill -KILL "$FFMPEG"
wait "$FFMPEG" 2>/dev/null
wait_for "STALLED for" 12
expect_screen "STREAM ALARM since"
# the server stops: two failed polls are DOWN
kill "$HTTPD"
wait "$HTTPD" 2>/dev/null
wait_for "DOWN for" 8
expect_screen "onnect" # the reason in curl's words: could not connect
exit 0
