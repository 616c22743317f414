# podium --probe against the scripted stream server: each scenario a
# broadcast technician meets gives its verdict, its reason and its exit
# status, within the time the rules allow.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT

# probe PATH SETTINGS STATUS VERDICT MAX_SECONDS: runs --probe, checks the
# exit status, that the output has VERDICT (a fixed string) and the time
probe() {
    local path=$1 settings=$2 want=$3 verdict=$4 max=$5 cfg out status start took
    cfg=$(stream_cfg "$BASE$path" "$settings")
    start=$(date +%s%N)
    out=$("$PODIUM" --probe -c "$cfg" 2>&1)
    status=$?
    took=$((($(date +%s%N) - start) / 1000000))
    [ "$status" = "$want" ] || fail "$path: exit $status, not $want: $out"
    grep -qF -- "$verdict" <<<"$out" || fail "$path: no \"$verdict\" in: $out"
    [ "$took" -le $((max * 1000)) ] || fail "$path: took $took ms, over $max s"
    LAST=$out
}

# a live playlist that advances: LIVE once seen to move (TD 1 s)
probe /live/index.m3u8 "" 0 "LIVE" 3
grep -qF "media sequence" <<<"$LAST" || fail "no playlist figures: $LAST"
# a master playlist with a relative variant, and a Qbrick document
probe /master.m3u8 "" 0 "playlist     http://127.0.0.1:$PORT/live/index.m3u8" 3
probe /qbrick/medias/live 'format = "qbrick";' 0 \
    "playlist     http://127.0.0.1:$PORT/live/index.m3u8" 3
probe /qbrick/medias/live "" 0 "LIVE" 3 # auto knows it by its shape
# a server that ignores Range sends whole segments: one byte is enough
probe /norange.m3u8 "" 0 "LIVE" 3
# the media sequence goes back: an incident of its own
probe /rollback.m3u8 "" 0 "incident     SLOW: media sequence went back from 101 to 50" 4
# two failed polls in a row are DOWN, with the reason in words
probe /404 "" 1 "DOWN: HTTP 404 from $BASE/404" 4
probe /500 "" 1 "DOWN: HTTP 500 from $BASE/500" 4
probe /html 'format = "hls";' 1 "DOWN: unreadable playlist: not a playlist" 4
probe /garbage 'format = "hls";' 1 "DOWN: unreadable playlist: not a playlist" 4
probe /html 'format = "qbrick";' 1 "DOWN: not a Qbrick media document" 4
probe /loop "" 1 "DOWN: Maximum (5) redirects followed" 4
probe /big "" 1 "DOWN: response over 1024 KiB: cut off" 4
probe /missing.m3u8 "" 1 "DOWN: newest segment missing: HTTP 404" 4
# a server that accepts and never answers, or drips a byte a second: the
# timeout (1 s) bounds each poll
probe /hang "" 1 "DOWN: Operation timed out after" 5
probe /drip "" 1 "DOWN: Operation timed out after" 5
# nothing listening
probe "" "" 1 "DOWN:" 5 # (the server's root answers 404)
cfg=$(stream_cfg "http://127.0.0.1:1/live.m3u8")
out=$("$PODIUM" --probe -c "$cfg") && fail "a closed port probed LIVE"
grep -q "^DOWN: .*onnect" <<<"$out" || fail "closed port: $out"
# the end of the broadcast
probe /ended.m3u8 "" 1 "ENDED: the playlist says the stream has ended (EXT-X-ENDLIST)" 2
# a skewed server clock and an overlong segment are warnings, not failures
probe /skew.m3u8 "" 0 "warnings     laptop clock -" 3 # 10 s, to the Date header's second
probe /long.m3u8 "" 0 "a segment of 3.5 s is longer than the target 1 s" 3
# a plain page is up when it answers 2xx (format http, or auto)
probe /ok 'format = "http";' 0 "LIVE" 2
probe /html "" 0 "LIVE" 2
# a playlist that never advances goes late: not LIVE
probe /stale.m3u8 "" 1 ": playlist " 8 # late, or already STALLED

# no stream group: nothing to probe, said plainly
out=$("$PODIUM" --probe -c "$CFG" 2>&1) && fail "probe without a stream exited 0"
grep -qF "no stream group: nothing to probe" <<<"$out" || fail "no stream: $out"
# --probe is not for rehearsals
"$PODIUM" --probe --at 10:00 -c "$CFG" 2>/dev/null && fail "--probe --at accepted"
exit 0
