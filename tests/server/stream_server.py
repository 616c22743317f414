#!/usr/bin/env python3
"""A scripted livestream on 127.0.0.1 for podium's stream tests.

    stream_server.py PORTFILE [TD]

Listens on a free loopback port and writes it to PORTFILE. The paths are
the scenarios a broadcast technician meets:

  /live/index.m3u8     a live media playlist: a new TD-second segment
                       every TD seconds, until SIGUSR1 freezes it
                       (SIGUSR2 lets it run again)
  /live/segN.ts        its segments (Range: bytes=0-0 answers 206)
  /master.m3u8         a master playlist, relative variant live/index.m3u8
  /qbrick/medias/live  a Qbrick media document naming /live/index.m3u8
  /rollback.m3u8       its media sequence goes back from the second load
  /ended.m3u8          a playlist with EXT-X-ENDLIST
  /missing.m3u8        its segments answer 404
  /norange.m3u8        live; its 3 MiB segments ignore Range (200, whole)
  /skew.m3u8           live, with a Date header 10 s ahead
  /stale.m3u8          frozen, served with a growing Age header (a CDN)
  /long.m3u8           live, one segment longer than the target duration
  /404 /500            those statuses
  /html                an HTML page with 200
  /garbage             200 with text that is no playlist
  /loop                a redirect to itself
  /hang                accepts, reads the request, never answers
  /drip                a 100-byte body, one byte a second
  /big                 a 2 MiB body

Standard library only; one thread per connection.
"""
import email.utils
import os
import http.server
import signal
import socketserver
import sys
import threading
import time

TD = 1
START = time.monotonic()
frozen_at = None
loads = {}
lock = threading.Lock()


def newest():
    """The newest segment's number: one per TD seconds, unless frozen."""
    now = frozen_at if frozen_at is not None else time.monotonic()
    return 10 + int((now - START) / TD)


def media(first, count, td=None, end=False, longest=None, pdt=False):
    td = td or TD
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-TARGETDURATION:{td}",
             f"#EXT-X-MEDIA-SEQUENCE:{first}"]
    for n in range(first, first + count):
        if pdt:
            at = time.time() - (first + count - n) * td
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at))
            lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{stamp}.000Z")
        dur = longest if (longest and n == first) else td
        lines.append(f"#EXTINF:{dur:.3f},")
        lines.append(f"seg{n}.ts")
    if end:
        lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


def live_playlist():
    last = newest()
    return media(max(0, last - 4), 5, pdt=True)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body, ctype="application/vnd.apple.mpegurl", headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def count(self):
        with lock:
            loads[self.path] = loads.get(self.path, 0) + 1
            return loads[self.path]

    def segment(self):
        name = self.path.rsplit("/", 1)[-1]
        try:
            n = int(name[3:-3])
        except ValueError:
            return self.send(404, "no such segment", "text/plain")
        if self.path.startswith("/missing/"):
            return self.send(404, "gone", "text/plain")
        if self.path.startswith("/norange/"):
            return self.send(200, b"G" * (3 * 1024 * 1024), "video/mp2t")
        data = b"G" * 188 * 10
        if self.headers.get("Range") == "bytes=0-0":
            self.send_response(206)
            self.send_header("Content-Range", f"bytes 0-0/{len(data)}")
            self.send_header("Content-Length", "1")
            self.end_headers()
            self.wfile.write(data[:1])
            return None
        return self.send(200, data, "video/mp2t")

    def do_GET(self):
        p = self.path
        if p.endswith(".ts"):
            return self.segment()
        if p in ("/live/index.m3u8", "/index.m3u8"):
            return self.send(200, live_playlist())
        if p == "/master.m3u8":
            return self.send(200, "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\n"
                                  "live/index.m3u8\n")
        if p == "/qbrick/medias/live":
            doc = ('{"id": "live", "asset": {"resources": [{"type": "index", "renditions": '
                   '[{"type": "index", "links": [{"mimeType": "application/x-mpegURL", '
                   '"href": "/live/index.m3u8"}]}]}]}}')
            return self.send(200, doc, "application/json")
        if p == "/rollback.m3u8":
            n = self.count()
            return self.send(200, media(100 + n if n <= 1 else 50, 5).replace(
                "seg", "live/seg"))
        if p == "/norange.m3u8":
            last = newest()
            return self.send(200, media(max(0, last - 4), 5).replace("seg", "norange/seg"))
        if p == "/ended.m3u8":
            return self.send(200, media(10, 5, end=True))
        if p == "/missing.m3u8":
            last = newest()
            return self.send(200, media(max(0, last - 4), 5).replace(
                "seg", "missing/seg"))
        if p == "/skew.m3u8":
            ahead = email.utils.formatdate(time.time() + 10, usegmt=True)
            return self.send(200, live_playlist().replace("seg", "live/seg"),
                             headers=[("Date", ahead)])
        if p == "/stale.m3u8":
            age = str(int(time.monotonic() - START))
            return self.send(200, media(10, 5).replace("seg", "live/seg"),
                             headers=[("Age", age)])
        if p == "/long.m3u8":
            last = newest()
            return self.send(200, media(max(0, last - 4), 5, longest=TD + 2.5).replace(
                "seg", "live/seg"))
        if p == "/404":
            return self.send(404, "<html><body>Not found</body></html>", "text/html")
        if p == "/500":
            return self.send(500, "<html><body>Internal error</body></html>", "text/html")
        if p == "/html":
            return self.send(200, "<!DOCTYPE html><html><body>Sidan kunde inte visas"
                                  "</body></html>", "text/html; charset=utf-8")
        if p == "/garbage":
            return self.send(200, "lorem ipsum\x00\x01 dolor\n", "text/plain")
        if p == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if p == "/hang":
            time.sleep(3600)
            return None
        if p == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
            return None
        if p == "/big":
            return self.send(200, b"#EXTM3U\n" + b"#" * (2 * 1024 * 1024), "text/plain")
        if p == "/ok":
            return self.send(200, "<html><body>Välkommen</body></html>", "text/html")
        return self.send(404, "no such scenario", "text/plain")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # podium hangs up on drips and oversized bodies: that is the test


def freeze(*_):
    global frozen_at
    frozen_at = time.monotonic()


def thaw(*_):
    global frozen_at, START
    if frozen_at is not None:
        START += time.monotonic() - frozen_at
    frozen_at = None


def main():
    global TD
    if len(sys.argv) > 2:
        TD = int(sys.argv[2])
    signal.signal(signal.SIGUSR1, freeze)
    signal.signal(signal.SIGUSR2, thaw)
    srv = Server(("127.0.0.1", 0), Handler)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    srv.serve_forever()


if __name__ == "__main__":
    main()
