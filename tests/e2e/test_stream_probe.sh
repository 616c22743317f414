# podium --probe against the scripted stream server: each scenario a
# broadcast technician meets gives its verdict, its reason and its exit
# status, within the time the rules allow.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT

# probe PATH SETTINGS STATUS VERDICT MAX_SECONDS: runs --probe, checks the
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

# --- the real broadcast's shapes (issue 10) ---
# a master behind a Qbrick document, an event page, a redirect: followed to
# every variant and the alternate audio, each named (not "a master playlist
# where its variant was expected" and DOWN all day)
WAY="master (3 variants, 1 audio)"
probe /ladder/master.m3u8 "" 0 "way          $WAY" 6
grep -qF "1080p (v2)" <<<"$LAST" || fail "ladder: variants not listed: $LAST"
grep -qF "audio Svenska (a1)" <<<"$LAST" || fail "ladder: audio not listed: $LAST"
probe /api/v1/public/accounts/763558/medias/0f3e5a7c-ladder "" 0 \
    "way          qbrick media 0f3e5a7c… → $WAY" 6
probe /redirect/master "" 0 "way          $WAY" 6
for page in event double escaped big; do
    probe /page/$page.html 'format = "page";' 0 \
        "way          page → qbrick media 0f3e5a7c… → $WAY" 6
done
probe /page/event.html "" 0 "page → qbrick media" 6 # auto knows a page by its reference
probe /page/none.html 'format = "page";' 1 \
    "DOWN: no Qbrick video on this page: is the broadcast published yet?" 5
# more variants than are watched: the rest named, not silently left out
probe /many/master.m3u8 "" 0 "way          master (12 variants)" 12
grep -qF "not watched  4 more renditions" <<<"$LAST" || fail "many: $LAST"
# a variant that 404s while the others live: degraded and named, not LIVE
probe /ladder-first-404/master.m3u8 "" 1 "SLOW: 360p (v1): HTTP 404 from" 8
grep -qF "1080p (v2), 720p (v3)" <<<"$LAST" || fail "first-404: live ones not named: $LAST"
# review findings: an empty answer is no page that is up; a document
# that names itself is followed once, not for ever
probe /empty "" 1 "DOWN: an empty answer (HTTP 200 with nothing in it)" 5
probe /empty.m3u8 "" 1 "DOWN: unreadable playlist: not a playlist" 5
probe /api/v1/public/accounts/763558/medias/selfdoc 'format = "qbrick";' 1 \
    "DOWN: unreadable playlist: not a playlist" 5
# a day-long EVENT playlist of 12 MB is read whole, and is LIVE
probe "/event.m3u8?preload=45000" "" 0 "LIVE" 6
# a slow origin (3 s a request, timeout 4 s): SLOW with the figure, not DOWN
probe /slow/index.m3u8 'interval = 5; timeout = 4;' 1 "SLOW: slow poll: 30" 25
# what players tolerate is LIVE with a warning naming the rule
probe /lenient/comment-first.m3u8 "" 0 "a comment before #EXTM3U" 3
probe /lenient/no-td.m3u8 "" 0 "no EXT-X-TARGETDURATION (RFC 8216 4.3.3.1)" 3
probe /lenient/negative-td.m3u8 "" 0 "EXT-X-TARGETDURATION -1 is no duration" 3
# hostile numbers are unreadable, in words, never a false state or a crash
probe /hostile/td-1e16.m3u8 "" 1 \
    "DOWN: unreadable playlist: EXT-X-TARGETDURATION 1e16 is out of range" 4
probe /hostile/td-max.m3u8 "" 1 \
    "DOWN: unreadable playlist: EXT-X-TARGETDURATION 9223372036854775807 is out of range" 4
probe /hostile/seq-max.m3u8 "" 1 \
    "DOWN: unreadable playlist: EXT-X-MEDIA-SEQUENCE 9223372036854775807 is out of range" 4
probe /hostile/extinf-1e400.m3u8 "" 1 "DOWN: unreadable playlist: EXTINF 1e400 is out of range" 4
probe /hostile/extinf-9e15.m3u8 "" 1 \
    "DOWN: unreadable playlist: EXTINF 9000000000000000 is out of range" 4

# TLS that cannot be verified says where the broadcaster's CA goes, and
# with it there the stream is LIVE
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" \
    -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2>/dev/null ||
    fail "openssl could not make a certificate"
python3 - "$WORK" <<'PY' &
import http.server, ssl, sys, os
work = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        body = b"<html><body>ok</body></html>"
        self.send_response(200); self.send_header("Content-Length", str(len(body)))
        self.end_headers(); self.wfile.write(body)
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(work + "/cert.pem", work + "/key.pem")
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
open(work + "/tls.tmp", "w").write(str(srv.server_address[1]))
os.rename(work + "/tls.tmp", work + "/tls.port")
srv.serve_forever()
PY
eventually 5 test -s "$WORK/tls.port" || fail "the TLS server did not start"
TLS=https://127.0.0.1:$(cat "$WORK/tls.port")/
cfg=$(stream_cfg "$TLS" 'format = "http";')
out=$("$PODIUM" --probe -c "$cfg") && fail "an unverifiable certificate probed LIVE"
grep -qF "(give the broadcaster's CA in stream.ca_file, see podium.cfg(5))" <<<"$out" ||
    fail "TLS failure without the hint: $out"
cfg=$(stream_cfg "$TLS" "format = \"http\"; ca_file = \"$WORK/cert.pem\";")
out=$("$PODIUM" --probe -c "$cfg") || fail "with its CA the TLS server is not LIVE: $out"

# no stream group: nothing to probe, said plainly
out=$("$PODIUM" --probe -c "$CFG" 2>&1) && fail "probe without a stream exited 0"
grep -qF "no stream group: nothing to probe" <<<"$out" || fail "no stream: $out"
# --probe is not for rehearsals
"$PODIUM" --probe --at 10:00 -c "$CFG" 2>/dev/null && fail "--probe --at accepted"
exit 0
