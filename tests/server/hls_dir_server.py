#!/usr/bin/env python3
"""A web server for a directory an encoder keeps writing, on 127.0.0.1.

    hls_dir_server.py PORTFILE DIR

Listens on a free loopback port and writes it to PORTFILE. DIR holds what
ffmpeg writes for a ladder (-var_stream_map, -master_pl_name master.m3u8):
a master playlist, media playlists and their segments.

  /RELPATH             the file DIR/RELPATH as it is now; a segment
                       (anything but a .m3u8) answers a Range, e.g.
                       bytes=0-0, with 206
  /control/freeze/RELPATH
                       from now on the media playlist DIR/RELPATH is
                       served as it was at this moment, and so are the
                       segments it lists, though ffmpeg deletes them (200
                       "ok"; 404 if there is no such file yet)
  /control/thaw/RELPATH
                       it is served live again (200 "ok")
  /control/stall       every media playlist in DIR frozen, as above (the
                       encoder's output stops reaching the CDN: STALLED)
  /control/down        every other request answers 503 (the origin is
                       gone: DOWN)
  /control/up          served again, and every playlist thawed (200 "ok")
  /ok                  200 "ok", down or not: the reference podium asks
                       (reference_url) to tell a dead origin from a dead
                       network
  /api/v1/public/accounts/1/medias/ladder
                       a Qbrick media document whose index link is
                       http://HOST/master.m3u8 (HOST: the request's Host)

Standard library only; one thread per connection.
"""
import json
import os
import posixpath
import re
import sys
import threading
import urllib.parse

from loopback import QuietHandler, serve

ROOT = "."
down = False  # /control/down: every file answers 503 until /control/up
frozen = {}  # RELPATH (normalised) -> {relpath: bytes}: the playlist and
             # its segments at freeze time
lock = threading.Lock()

TYPES = {".m3u8": "application/vnd.apple.mpegurl", ".ts": "video/mp2t",
         ".m4s": "video/iso.segment", ".mp4": "video/mp4", ".aac": "audio/aac",
         ".vtt": "text/vtt", ".json": "application/json"}


def relpath(path):
    """A request's path as a normalised path relative to DIR, or None when
    it would leave DIR."""
    rel = posixpath.normpath("/" + urllib.parse.unquote(path)).lstrip("/")
    if not rel or rel == "." or "\0" in rel:
        return None
    full = os.path.realpath(os.path.join(ROOT, rel))
    if not full.startswith(ROOT + os.sep):
        return None
    return rel


def read(rel):
    """The bytes of DIR/rel, or None."""
    try:
        with open(os.path.join(ROOT, rel), "rb") as f:
            return f.read()
    except OSError:  # missing (ffmpeg deletes old segments), a directory...
        return None


def qbrick_document(host):
    href = f"http://{host}/master.m3u8"
    return json.dumps({
        "id": "ladder",
        "created": "2024-05-14T07:12:09.000Z",
        "asset": {
            "id": "a-ladder",
            "resources": [
                {"type": "image", "renditions": [
                    {"type": "image", "links": [
                        {"mimeType": "image/jpeg", "href": f"http://{host}/poster.jpg"}]}]},
                {"type": "index", "renditions": [
                    {"type": "index", "links": [
                        {"mimeType": "application/x-mpegURL", "href": href}]}]},
            ],
        },
    })


class Handler(QuietHandler):

    def control(self, action, path):
        global down
        if action in ("stall", "down", "up") and not path:
            with lock:
                down = action == "down" or (down and action == "stall")
                if action == "up":
                    frozen.clear()
            if action == "stall":
                for name in sorted(os.listdir(ROOT)):
                    if name.endswith(".m3u8") and name != "master.m3u8":
                        self.freeze(name)
            return self.send(200, "ok\n")
        rel = relpath(path)
        if rel is None or action not in ("freeze", "thaw"):
            return self.send(404, "no such control\n")
        if action == "thaw":
            with lock:
                frozen.pop(rel, None)
            return self.send(200, "ok\n")
        if not self.freeze(rel):
            return self.send(404, f"no such playlist: {rel}\n")
        return self.send(200, "ok\n")

    @staticmethod
    def freeze(rel):
        """Keeps the playlist rel and its segments as they are now; False
        when there is no such file."""
        with lock:
            if rel in frozen:
                return True
            data = read(rel)
            if data is None:
                return False
            snapshot = {rel: data}
            for line in data.decode(errors="replace").splitlines():
                uri = line.strip()
                if uri and not uri.startswith("#") and "://" not in uri:
                    seg = relpath(posixpath.join(posixpath.dirname(rel),
                                                 uri.split("?")[0]))
                    if seg is not None and (body := read(seg)) is not None:
                        snapshot[seg] = body
            frozen[rel] = snapshot
        return True

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/control/"):
            action, _, rest = path[len("/control/"):].partition("/")
            return self.control(action, rest)
        if path == "/ok":
            return self.send(200, "ok\n")
        if down:
            return self.send(503, "the origin is down (/control/up)\n")
        if path == "/api/v1/public/accounts/1/medias/ladder":
            host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_address[1]
            return self.send(200, qbrick_document(host), "application/json")
        rel = relpath(path)
        if rel is None:
            return self.send(404, "no such file\n")
        with lock:
            data = next((snap[rel] for snap in frozen.values() if rel in snap), None)
        if data is None:
            data = read(rel)
        if data is None:
            return self.send(404, "no such file\n")
        ext = os.path.splitext(rel)[1].lower()
        ctype = TYPES.get(ext, "application/octet-stream")
        m = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        if m and ext != ".m3u8" and int(m.group(1)) < len(data):
            first = int(m.group(1))
            last = min(int(m.group(2)) if m.group(2) else len(data) - 1, len(data) - 1)
            if last >= first:
                return self.send(206, data[first:last + 1], ctype,
                                 [("Content-Range", f"bytes {first}-{last}/{len(data)}")])
        return self.send(200, data, ctype)


def main():
    global ROOT
    if len(sys.argv) != 3:
        sys.exit("usage: hls_dir_server.py PORTFILE DIR")
    ROOT = os.path.realpath(sys.argv[2])
    serve(Handler, sys.argv[1])


if __name__ == "__main__":
    main()
