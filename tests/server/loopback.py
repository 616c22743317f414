"""What podium's scripted test servers share: a quiet request handler with
one way to answer, and a threaded server on a free loopback port whose
number is written to a file (atomically: a test waiting for the file never
reads half a number).

Standard library only.
"""
import http.server
import os
import socketserver


class QuietHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    default_type = "text/plain"
    # an answer's head and a small body leave in one write, as from nginx
    # or a CDN's edge (unbuffered, the body would follow the head in a
    # segment of its own, some 40 ms later on loopback: Nagle and delayed
    # ACKs). http.server flushes after each request; a handler that drips
    # flushes itself.
    wbufsize = -1

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body, ctype=None, headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype or self.default_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # clients that hang up mid-answer (podium does, on purpose) are no news


def serve(handler, portfile):
    """Serves handler on 127.0.0.1 until killed; the port goes to portfile."""
    srv = Server(("127.0.0.1", 0), handler)
    with open(portfile + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(portfile + ".tmp", portfile)
    srv.serve_forever()
