# podium --probe on sloppy and hostile origins: what players tolerate is
# LIVE with a warning; numbers no playlist can mean are unreadable, in
# words; TLS that cannot be verified says where the CA goes.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT

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
exit 0
