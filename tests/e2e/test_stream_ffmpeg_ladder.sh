# A real ladder end to end: ffmpeg writes three tiny live variants
# (-var_stream_map) with a master playlist, a web server serves them behind
# a Qbrick-style document; podium follows the document to the master and
# every variant, says LIVE, and names the one variant the server freezes.
. "$(dirname "$0")/lib.sh"

command -v ffmpeg >/dev/null || fail "ffmpeg is missing (make check installs it)"
HLS=$WORK/ladder
mkdir -p "$HLS"
# tiny renditions at a low frame rate: they keep up under the sanitizers
# on two cores
ffmpeg -nostdin -hide_banner -loglevel error -re -f lavfi -i testsrc=size=160x90:rate=10 \
    -filter_complex "[0:v]split=3[a][b][c];[b]scale=128:72[b2];[c]scale=96:54[c2]" \
    -map "[a]" -map "[b2]" -map "[c2]" \
    -c:v libx264 -preset ultrafast -tune zerolatency -g 10 \
    -b:v:0 120k -b:v:1 90k -b:v:2 60k \
    -f hls -hls_time 1 -hls_list_size 5 -hls_flags delete_segments+program_date_time \
    -master_pl_name master.m3u8 -var_stream_map "v:0 v:1 v:2" \
    -hls_segment_filename "$HLS/v%v_%05d.ts" "$HLS/v%v.m3u8" &
FFMPEG=$!
python3 "$ROOT/tests/server/hls_dir_server.py" "$WORK/dirport" "$HLS" &
eventually 10 test -s "$WORK/dirport" || fail "the web server did not start"
BASE=http://127.0.0.1:$(cat "$WORK/dirport")
eventually 15 test -s "$HLS/v2.m3u8" || fail "ffmpeg wrote no ladder"
eventually 10 test -s "$HLS/master.m3u8" || fail "ffmpeg wrote no master playlist"
cfg=$(stream_cfg "$BASE/api/v1/public/accounts/1/medias/ladder" 'format = "qbrick";')

out=$("$PODIUM" --probe -c "$cfg") || fail "probe of the live ladder: $out"
grep -q "^LIVE" <<<"$out" || fail "probe: $out"
grep -qF "way          qbrick media ladder → master (3 variants)" <<<"$out" || fail "way: $out"
for name in "90p (v1)" "72p (v2)" "54p (v3)"; do
    grep -qF "$name" <<<"$out" || fail "probe does not list $name: $out"
done

start 160 45 -- -c "$cfg" --role technician --at 10:00
wait_for "LIVE since" 8
expect_screen "72p (v2)"
# the server freezes the middle variant (the encoder runs on): named
python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' \
    "$BASE/control/freeze/v1.m3u8" || fail "could not freeze v1.m3u8"
wait_for "STALLED for" 15
expect_screen "72p (v2): playlist not advancing for"
expect_screen "90p (v1), 54p (v3) live"
python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' \
    "$BASE/control/thaw/v1.m3u8" || fail "could not thaw v1.m3u8"
wait_for "LIVE since" 10
# make demo's failures, as a technician in training sees them: every
# variant frozen, the origin gone, and all back
get() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' "$1"; }
get "$BASE/control/stall" || fail "could not stall the ladder"
wait_for "STALLED for" 15
get "$BASE/control/down" || fail "could not take the origin down"
wait_for "DOWN for" 20
get "$BASE/control/up" || fail "could not bring it back"
wait_for "RECOVERED after" 15
kill "$FFMPEG"
exit 0
