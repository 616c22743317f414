# podium --probe against the scripted stream server: each scenario a
# broadcast technician meets gives its verdict, its reason and its exit
# status, within the time the rules allow.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT

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
probe /big "" 1 "DOWN: unreadable playlist: a line over 64 KiB" 4
probe /missing.m3u8 "" 1 "DOWN: newest segment missing: HTTP 404" 4
# a server that accepts and never answers, or drips a byte a second: the
# timeout (1 s) bounds each poll
probe /hang "" 1 "DOWN: Operation timed out after" 5
probe /drip "" 1 "DOWN: Operation timed out after" 5
# nothing listening
probe "" "" 1 "DOWN:" 5 # (the server's root answers 404)
# the stream's host cannot be reached, the reference (the scripted
# server) can: the stream's own failure, in curl's words
cfg=$(stream_cfg "http://127.0.0.1:1/live.m3u8")
out=$("$PODIUM" --probe -c "$cfg") && fail "a closed port probed LIVE"
grep -q "^DOWN: Failed to connect" <<<"$out" || fail "closed port: $out"
# neither can be reached: it is the laptop's network, said so
cfg=$(stream_cfg "http://127.0.0.1:1/live.m3u8" 'reference_url = "http://127.0.0.1:2/";')
out=$("$PODIUM" --probe -c "$cfg") && fail "no network probed LIVE"
grep -qF "DOWN: NO NETWORK on this laptop (127.0.0.1:2 cannot be reached either: check the \
venue's line): Failed to connect" <<<"$out" || fail "no network: $out"
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
# polls are at least 1 s apart, as documented (half a TD of 1 s would be
# 500 ms): the unchanged playlist was asked at most once a second
hits=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode().strip())' \
    "$BASE/stats/stale.m3u8")
[ $((hits * 1000)) -le $((TOOK + 1500)) ] || fail "/stale.m3u8 asked $hits times in $TOOK ms"

# no stream group: nothing to probe, said plainly
out=$("$PODIUM" --probe -c "$CFG" 2>&1) && fail "probe without a stream exited 0"
grep -qF "no stream group: nothing to probe" <<<"$out" || fail "no stream: $out"
# --probe is not for rehearsals
"$PODIUM" --probe --at 10:00 -c "$CFG" 2>/dev/null && fail "--probe --at accepted"
exit 0
