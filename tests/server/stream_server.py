#!/usr/bin/env python3
r"""A scripted livestream on 127.0.0.1 for podium's stream tests.

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
  /empty /empty.m3u8   200 with an empty body (a packager before its encoder)
  /many/master.m3u8    a master of 12 variants (the ladder's playlists again)
  /stats/PATH          how many requests PATH (with its query) has had
  /garbage             200 with text that is no playlist
  /loop                a redirect to itself
  /hang                accepts, reads the request, never answers
  /drip                a 100-byte body, one byte a second
  /big                 a 2 MiB body

A ladder, as a real Qbrick live stream has:

  /ladder/master.m3u8  a master playlist: an audio group (audio/index.m3u8)
                       and three variants, v1 (800k), v2 (5M), v3 (2.5M)
  /ladder/NAME/index.m3u8
                       NAME = v1 v2 v3 audio: each a live media playlist
                       like /live/index.m3u8; its segments NAME/segN.ts
  /ladder-first-404/master.m3u8
                       the same ladder, its first variant missing/index.m3u8
                       (404), the others ../ladder/v2 and ../ladder/v3,
                       its audio ../ladder/audio/index.m3u8
  /redirect/master     302 to /ladder/master.m3u8
  /encoder/index.m3u8  a live media playlist (rendition "encoder"), for an
                       encoder that stops and starts again

Each rendition (NAME = v1 v2 v3 audio encoder, or all: the four of the
ladder) obeys, over HTTP, answering 200 "ok":

  /control/freeze/NAME        stops advancing (keeps its newest segment)
  /control/thaw/NAME          advances again, from the live position
                              (an ended one stays ended: restart it)
  /control/fail/NAME/STATUS   its playlist answers STATUS (200-599) ...
  /control/heal/NAME          ... until healed
  /control/end/NAME           stops, its playlist ends with EXT-X-ENDLIST
  /control/lose/NAME          its segments answer 404 until healed
  /control/point/MEDIA/OTHER  the Qbrick document MEDIA names OTHER's
                              playlist from now on (the CDN moved)
  /control/restart/NAME       live again, media sequence 1000 higher, no
                              ENDLIST, not frozen, not failing

SIGUSR1/SIGUSR2 freeze and thaw everything, renditions included.

Qbrick, and the pages that embed it (HOST is the request's Host header):

  /api/v1/public/accounts/763558/medias/0f3e5a7c-ladder
                       a Qbrick media document (image, then index resource)
                       whose index link is http://HOST/ladder/master.m3u8
  /api/v1/public/accounts/763558/medias/encoder
                       the same, its index link http://HOST/encoder/index.m3u8
  /api/v1/public/accounts/763558/medias/selfdoc
                       a document whose index link is itself (a loop)
  /api/v1/public/accounts/763558/medias/moving
                       the ladder's document, until /control/point moves it
  /page/event.html     a regeringen.se-like article embedding
                       '//HOST/api/v1/public/accounts/763558/medias/0f3e5a7c-ladder'
                       (single quotes, in an inline script in a video-player div)
  /page/double.html    data-media-url="http://HOST/api/v1/.../0f3e5a7c-ladder"
  /page/escaped.html   "\/\/HOST\/api\/v1\/...\/0f3e5a7c-ladder" in a
                       <script type="application/json">
  /page/none.html      the article without any video
  /page/big.html       the single-quoted reference after 600 KiB of article
  /page/encoder.html   like event.html, medias/encoder

Long days and odd encoders:

  /event.m3u8[?preload=N]
                       an EVENT playlist from media sequence 0: N segments
                       already there (default 0), then one more each TD;
                       ~200-character token URIs seg/N.ts?token=...&expires=...
                       (preload=45000: about 12 MB)
  /seg/N.ts            its segments (Range: bytes=0-0 answers 206)
  /slow/index.m3u8[?delay=S]
                       live, answered only after S seconds (default 3)
  /slow/segN.ts        its segments, each after 3 s
  /lenient/comment-first.m3u8   a comment line before #EXTM3U
  /lenient/no-td.m3u8           no EXT-X-TARGETDURATION
  /lenient/negative-td.m3u8     EXT-X-TARGETDURATION:-1
  /hostile/td-1e16.m3u8         EXT-X-TARGETDURATION:1e16
  /hostile/td-max.m3u8          EXT-X-TARGETDURATION:9223372036854775807
  /hostile/seq-max.m3u8         EXT-X-MEDIA-SEQUENCE:9223372036854775807
  /hostile/extinf-1e400.m3u8    the newest segment's EXTINF:1e400
  /hostile/extinf-9e15.m3u8     the newest segment's EXTINF:9000000000000000
                       (lenient and hostile: live, otherwise like /live,
                       their segments ../live/segN.ts)

Standard library only; one thread per connection.
"""
import email.utils
import hashlib
import html
import json
import signal
import sys
import threading
import time
import urllib.parse

from loopback import QuietHandler, serve

TD = 1
START = time.monotonic()
frozen_at = None
loads = {}
hits = {}  # requests by path, for /stats/PATH
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


def wall(mono):
    """The wall-clock time (epoch seconds) of a time.monotonic() reading."""
    return time.time() - (time.monotonic() - mono)


def pdt_stamp(at):
    """An EXT-X-PROGRAM-DATE-TIME value, to the millisecond, UTC."""
    ms = int(at * 1000) % 1000
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(at)) + f".{ms:03d}Z"


def relines(playlist, change):
    """A playlist with each line passed through change(line) (a string,
    or None to drop the line)."""
    out = (change(line) for line in playlist.splitlines())
    return "\n".join(line for line in out if line is not None) + "\n"


class Rendition:
    """One live media playlist of the ladder (or the encoder) with its own
    state, which /control/ACTION/NAME changes. Segment n (the number in its
    URI segN.ts) is published when the global clock's newest() reaches
    n - bump, and starts TD seconds before that: its PROGRAM-DATE-TIME
    does not move from one load to the next."""

    def __init__(self, name):
        self.name = name
        self.held = None    # the newest segment while frozen or ended
        self.ended = False  # the playlist says EXT-X-ENDLIST
        self.status = None  # the HTTP status it answers instead, or None
        self.bump = 0       # added to the segment numbers by restarts
        self.lost = False   # its segments answer 404 (the playlist is fine)
        self.lock = threading.Lock()

    def newest(self):
        return self.held if self.held is not None else newest() + self.bump

    def freeze(self):
        with self.lock:
            if self.held is None:
                self.held = self.newest()

    def thaw(self):
        with self.lock:
            if not self.ended:
                self.held = None

    def fail(self, status):
        with self.lock:
            self.status = status

    def heal(self):
        with self.lock:
            self.status = None
            self.lost = False

    def lose(self):
        with self.lock:
            self.lost = True

    def end(self):
        with self.lock:
            if self.held is None:
                self.held = self.newest()
            self.ended = True

    def restart(self):
        with self.lock:
            self.bump += 1000
            self.held, self.ended, self.status = None, False, None

    def playlist(self):
        """(status, body): the playlist as a load sees it now."""
        with self.lock:
            if self.status is not None:
                if self.status in (204, 304):
                    return self.status, ""
                return self.status, f"{self.name}: HTTP {self.status}\n"
            last, bump, ended = self.newest(), self.bump, self.ended
        first = max(bump, last - 4)
        base = wall(START)
        lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-TARGETDURATION:{TD}",
                 f"#EXT-X-MEDIA-SEQUENCE:{first}"]
        for n in range(first, last + 1):
            lines.append("#EXT-X-PROGRAM-DATE-TIME:"
                         + pdt_stamp(base + (n - bump - 11) * TD))
            lines.append(f"#EXTINF:{TD:.3f},")
            lines.append(f"seg{n}.ts")
        if ended:
            lines.append("#EXT-X-ENDLIST")
        return 200, "\n".join(lines) + "\n"


LADDER = {name: Rendition(name) for name in ("v1", "v2", "v3", "audio")}
RENDITIONS = dict(LADDER, encoder=Rendition("encoder"))

CODECS = 'CODECS="avc1.4d401e,mp4a.40.2",AUDIO="aud"'


def ladder_master(audio, variants):
    """A master playlist: the audio group's URI, then (bandwidth,
    resolution, URI) for each variant, in that order."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3",
             '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Svenska",LANGUAGE="sv",'
             f'DEFAULT=YES,AUTOSELECT=YES,URI="{audio}"']
    for bandwidth, resolution, uri in variants:
        lines.append(f"#EXT-X-STREAM-INF:BANDWIDTH={bandwidth},"
                     f"RESOLUTION={resolution},{CODECS}")
        lines.append(uri)
    return "\n".join(lines) + "\n"


LADDER_MASTER = ladder_master("audio/index.m3u8", [
    (800000, "640x360", "v1/index.m3u8"),
    (5000000, "1920x1080", "v2/index.m3u8"),
    (2500000, "1280x720", "v3/index.m3u8")])
LADDER_FIRST_404 = ladder_master("../ladder/audio/index.m3u8", [
    (800000, "640x360", "missing/index.m3u8"),
    (5000000, "1920x1080", "../ladder/v2/index.m3u8"),
    (2500000, "1280x720", "../ladder/v3/index.m3u8")])

# A master with more variants than are watched (12): the ladder's playlists
# again under other names, each its own resolution.
MANY_MASTER = "#EXTM3U\n" + "".join(
    f"#EXT-X-STREAM-INF:BANDWIDTH={100000 * (i + 1)},RESOLUTION={32 * (i + 1)}x{18 * (i + 1)}\n"
    f"../ladder/v{i % 3 + 1}/index.m3u8\n" for i in range(12))

ACCOUNT = "763558"
MEDIAS = {"0f3e5a7c-ladder": "/ladder/master.m3u8", "encoder": "/encoder/index.m3u8",
          "moving": "/ladder/master.m3u8",
          "selfdoc": "/api/v1/public/accounts/763558/medias/selfdoc"}


def qbrick_document(host, media_id, path):
    """A media document shaped like Qbrick's public API's: an image
    resource first, then the index, whose link is absolute."""
    created = "2024-05-14T07:12:09.000Z"
    doc = {
        "id": media_id,
        "created": created,
        "updated": "2024-05-16T06:58:41.000Z",
        "accountId": ACCOUNT,
        "metadata": {"title": "Vård i rörelse – Södra sjukvårdsregionen",
                     "language": "sv", "live": True},
        "asset": {
            "id": "a-" + media_id,
            "created": created,
            "resources": [
                {"id": "r-img-" + media_id, "type": "image", "renditions": [
                    {"id": "i-1280", "type": "image", "width": 1280, "height": 720,
                     "links": [{"mimeType": "image/jpeg",
                                "href": f"http://{host}/images/{media_id}.jpg"}]}]},
                {"id": "r-idx-" + media_id, "type": "index", "renditions": [
                    {"id": "x-1", "type": "index",
                     "links": [{"mimeType": "application/x-mpegURL",
                                "href": f"http://{host}{path}"}]}]},
            ],
        },
    }
    return json.dumps(doc, ensure_ascii=False)


# The event pages: a regeringen.se-like article, the broadcast embedded
# by a reference to its Qbrick document.

ARTICLE = [
    "Hur ska hälso- och sjukvården i södra Sverige möta en åldrande befolkning, "
    "brist på specialistsjuksköterskor och längre väntetider? Det är frågan när "
    "Södra sjukvårdsregionen bjuder in till konferensen Vård i rörelse i Malmö.",
    "Socialministern inleder dagen och samtalar därefter med regionstyrelsernas "
    "ordförande i Skåne, Blekinge, Kronoberg och Halland om hur regionerna kan dela "
    "på högspecialiserad vård utan att patienterna behöver resa längre.",
    "Under eftermiddagen presenteras erfarenheter från den nära vården: mobila "
    "team i glesbygd, digitala vårdbesök på vårdcentralerna och ett gemensamt "
    "journalsystem som har tagits i bruk i hela regionen under våren.",
    "Konferensen avslutas med en paneldebatt om kompetensförsörjning, där "
    "företrädare för fackförbunden, universiteten och Sveriges Kommuner och "
    "Regioner deltar. Frågor kan skickas in under sändningen.",
    "Konferensen sänds direkt på regeringen.se och kan ses i efterhand. "
    "Sändningen textas.",
]

RELATED = ("<li><a href=\"/pressmeddelanden/2024/05/{n}/\">Regeringen ger "
           "Socialstyrelsen i uppdrag att följa upp vårdens tillgänglighet, "
           "del {n}</a> <span class=\"meta\">Pressmeddelande, "
           "Socialdepartementet</span></li>\n")


def event_page(head="", embed="", before_embed=0):
    """The article page. head: extra lines in <head>; embed: the video
    player's HTML, placed in the article; before_embed: at least that many
    bytes of article HTML come before it."""
    intro = "\n".join(f"        <p>{p}</p>" for p in ARTICLE[:2])
    rest = "\n".join(f"        <p>{p}</p>" for p in ARTICLE[2:])
    top = f"""<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Vård i rörelse – Södra sjukvårdsregionen - Regeringen.se</title>
  <meta name="description" content="Välkommen till konferensen Vård i rörelse om hälso- och sjukvården i Södra sjukvårdsregionen.">
  <meta property="og:title" content="Vård i rörelse – Södra sjukvårdsregionen">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Regeringskansliet">
  <meta property="og:image" content="/contentassets/7c1d3e2f/konferens-1200x630.jpg">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="canonical" href="/evenemang/2024/05/vard-i-rorelse--sodra-sjukvardsregionen/">
  <link rel="stylesheet" href="/Static/css/main.min.css?v=20240512">
  <link rel="icon" href="/favicon.ico">
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
{head}</head>
<body class="page-event">
  <a class="skip-link" href="#content">Gå direkt till innehållet</a>
  <header class="site-header">
    <div class="logo"><a href="/"><img src="/Static/img/logo-regeringskansliet.svg" alt="Regeringskansliet"></a></div>
    <nav class="main-nav" aria-label="Huvudmeny">
      <ul>
        <li><a href="/regeringens-politik/">Regeringens politik</a></li>
        <li><a href="/regeringen/">Regeringen</a></li>
        <li><a href="/rattsliga-dokument/">Rättsliga dokument</a></li>
        <li><a href="/press/">Press</a></li>
        <li><a href="/evenemang/">Evenemang</a></li>
        <li><a href="/sverige-i-eu/">Sverige i EU</a></li>
      </ul>
    </nav>
    <form class="search" action="/sok/" method="get"><input type="search" name="query" placeholder="Sök på regeringen.se"></form>
  </header>
  <main id="content">
    <article class="article">
      <p class="breadcrumbs"><a href="/">Startsida</a> / <a href="/evenemang/">Evenemang</a></p>
      <h1>Vård i rörelse – Södra sjukvårdsregionen</h1>
      <p class="meta">Publicerad <time datetime="2024-05-14">14 maj 2024</time> · Socialdepartementet</p>
      <div class="event-facts">
        <p><strong>Datum:</strong> 16 maj 2024, kl. 09.00–16.00</p>
        <p><strong>Plats:</strong> Malmö Live Konserthus, Malmö</p>
      </div>
      <div class="body">
{intro}
"""
    pad = []
    if before_embed:
        size, n = len(top.encode()), 1
        pad.append('        <ul class="related-list">\n')
        while size < before_embed:
            item = "          " + RELATED.format(n=n)
            pad.append(item)
            size += len(item.encode())
            n += 1
        pad.append("        </ul>\n")
    bottom = f"""{embed}
{rest}
      </div>
      <aside class="share"><a href="https://www.facebook.com/sharer/sharer.php">Dela på Facebook</a> <a href="mailto:?subject=Vård i rörelse">Mejla</a></aside>
    </article>
  </main>
  <footer class="site-footer">
    <p>Regeringskansliet, 103 33 Stockholm. Telefonväxel 08-405 10 00.</p>
    <ul>
      <li><a href="/om-webbplatsen/">Om webbplatsen</a></li>
      <li><a href="/om-webbplatsen/kakor/">Om kakor</a></li>
      <li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li>
    </ul>
  </footer>
  <script src="/Static/js/main.min.js?v=20240512"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    dataLayer.push({{'event': 'pageview', 'pageType': 'evenemang', 'department': 'Socialdepartementet'}});
  </script>
</body>
</html>
"""
    return top + "".join(pad) + bottom


def script_embed(host, media_id):
    """The broadcast as regeringen.se embeds it: the document's address,
    protocol-relative, in single quotes in an inline script."""
    h = html.escape(host)
    return f"""        <div class="video-player" data-player="qbrick" data-account="{ACCOUNT}" data-autoplay="false" data-lang="sv">
          <div class="video-player__poster"><img src="/contentassets/7c1d3e2f/konferens-1200x630.jpg" alt="Sändning från konferensen"></div>
          <script>
            (function (w) {{
              var el = document.currentScript.parentNode;
              w.rgPlayers = w.rgPlayers || [];
              w.rgPlayers.push({{ el: el, autoplay: false, src: '//{h}/api/v1/public/accounts/{ACCOUNT}/medias/{media_id}', lang: 'sv' }});
            }})(window);
          </script>
        </div>"""


def page(name, host):
    """The body of /page/NAME, or None."""
    h = html.escape(host)
    ref = f"{h}/api/v1/public/accounts/{ACCOUNT}/medias/0f3e5a7c-ladder"
    if name == "event.html":
        return event_page(embed=script_embed(host, "0f3e5a7c-ladder"))
    if name == "encoder.html":
        return event_page(embed=script_embed(host, "encoder"))
    if name == "big.html":
        return event_page(embed=script_embed(host, "0f3e5a7c-ladder"),
                          before_embed=600 * 1024)
    if name == "none.html":
        return event_page()
    if name == "double.html":
        return event_page(embed=(
            '        <div class="video-player" id="player-1" data-player="qbrick" '
            f'data-media-url="http://{ref}" data-autoplay="false" '
            'data-poster="/contentassets/7c1d3e2f/konferens-1200x630.jpg"></div>'))
    if name == "escaped.html":
        blob = json.dumps({"player": "qbrick", "autoplay": False, "lang": "sv",
                           "media": f"//{host}/api/v1/public/accounts/{ACCOUNT}"
                                    "/medias/0f3e5a7c-ladder",
                           "poster": "/contentassets/7c1d3e2f/konferens-1200x630.jpg"},
                          ensure_ascii=False).replace("/", "\\/").replace("<", "\\u003c")
        return event_page(
            head=f'  <script type="application/json" id="video-config">{blob}</script>\n',
            embed='        <div class="video-player" data-config="video-config"></div>')
    return None


class EventPlaylist:
    """/event.m3u8?preload=N: segments 0 to the newest, written once each
    (the lines of a segment never change) and kept as bytes; a load sends
    the kept chunks as they are."""

    HEAD = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:{td}\n" \
           "#EXT-X-PLAYLIST-TYPE:EVENT\n#EXT-X-MEDIA-SEQUENCE:0\n"

    def __init__(self, preload):
        self.preload = preload
        self.chunks = []   # bytes, the segments' lines in order
        self.size = 0
        self.count = 0     # segments written: 0 .. count-1
        self.expires = int(time.time()) + 86400
        self.lock = threading.Lock()

    def newest(self):
        return self.preload + newest() - 10

    def line(self, n, base):
        token = (hashlib.sha512(b"podium %d" % n).hexdigest()
                 + hashlib.md5(b"%d" % n).hexdigest())
        at = base + (n - self.preload - 1) * TD
        return (f"#EXT-X-PROGRAM-DATE-TIME:{pdt_stamp(at)}\n#EXTINF:{TD:.3f},\n"
                f"seg/{n}.ts?token={token}&expires={self.expires}\n")

    def parts(self):
        """(head, chunks, length): what to send now."""
        last = self.newest()
        with self.lock:
            if self.count <= last:
                base = wall(START)
                chunk = "".join(self.line(n, base)
                                for n in range(self.count, last + 1)).encode()
                self.chunks.append(chunk)
                self.size += len(chunk)
                self.count = last + 1
                if len(self.chunks) > 16:
                    self.chunks = [b"".join(self.chunks)]
            chunks, size = list(self.chunks), self.size
        head = self.HEAD.format(td=TD).encode()
        return head, chunks, len(head) + size


events = {}
MAX_PRELOAD = 1000000


def event_playlist(preload):
    with lock:
        if preload not in events:
            events[preload] = EventPlaylist(preload)
        return events[preload]


def lenient(name):
    """The /lenient/ and /hostile/ playlists: /live's, changed; or None."""
    base = live_playlist().replace("seg", "../live/seg")
    td = f"#EXT-X-TARGETDURATION:{TD}"

    def swap(old, new):
        return relines(base, lambda line: new if line == old else line)

    if name == "lenient/comment-first.m3u8":
        return "# generated by encoder 4.2\n" + base
    if name == "lenient/no-td.m3u8":
        return swap(td, None)
    if name == "lenient/negative-td.m3u8":
        return swap(td, "#EXT-X-TARGETDURATION:-1")
    if name == "hostile/td-1e16.m3u8":
        return swap(td, "#EXT-X-TARGETDURATION:1e16")
    if name == "hostile/td-max.m3u8":
        return swap(td, "#EXT-X-TARGETDURATION:9223372036854775807")
    if name == "hostile/seq-max.m3u8":
        return relines(base, lambda line: "#EXT-X-MEDIA-SEQUENCE:9223372036854775807"
                       if line.startswith("#EXT-X-MEDIA-SEQUENCE:") else line)
    if name in ("hostile/extinf-1e400.m3u8", "hostile/extinf-9e15.m3u8"):
        value = "1e400" if "1e400" in name else "9000000000000000"
        lines = base.splitlines()
        lines[-2] = f"#EXTINF:{value},"  # the newest segment's
        return "\n".join(lines) + "\n"
    return None


class Handler(QuietHandler):
    default_type = "application/vnd.apple.mpegurl"

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
        return self.ts()

    def ts(self):
        """A segment: 1880 bytes, or the first one for Range: bytes=0-0."""
        data = b"G" * 188 * 10
        if self.headers.get("Range") == "bytes=0-0":
            self.send_response(206)
            self.send_header("Content-Range", f"bytes 0-0/{len(data)}")
            self.send_header("Content-Length", "1")
            self.end_headers()
            self.wfile.write(data[:1])
            return None
        return self.send(200, data, "video/mp2t")

    def host(self):
        return self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_address[1]

    def control(self, parts):
        """/control/ACTION/NAME[/STATUS]"""
        if len(parts) < 2:
            return self.send(404, "no such control\n", "text/plain")
        action, name, args = parts[0], parts[1], parts[2:]
        if action == "point" and name in MEDIAS and len(args) == 1 and args[0] in MEDIAS:
            MEDIAS[name] = MEDIAS[args[0]]  # the document names another playlist
            return self.send(200, "ok\n", "text/plain")
        targets = list(LADDER.values()) if name == "all" else [RENDITIONS.get(name)]
        if None in targets:
            return self.send(404, f"no rendition {name}\n", "text/plain")
        if action == "fail" and len(args) == 1:
            if not (args[0].isdigit() and 200 <= int(args[0]) <= 599):
                return self.send(400, f"not a status: {args[0]}\n", "text/plain")
            for r in targets:
                r.fail(int(args[0]))
        elif action in ("freeze", "thaw", "heal", "end", "restart", "lose") and not args:
            for r in targets:
                getattr(r, action)()
        else:
            return self.send(404, "no such control\n", "text/plain")
        return self.send(200, "ok\n", "text/plain")

    def scenario(self):
        """The ladder, Qbrick, pages, event and odd playlists; True when
        this was one of them (the older scenarios see self.path whole)."""
        url = urllib.parse.urlsplit(self.path)
        p, query = url.path, urllib.parse.parse_qs(url.query)
        parts = p.strip("/").split("/")
        if parts[0] == "control":
            self.control(parts[1:])
        elif p == "/ladder/master.m3u8":
            self.send(200, LADDER_MASTER)
        elif p == "/ladder-first-404/master.m3u8":
            self.send(200, LADDER_FIRST_404)
        elif (len(parts) == 3 and parts[0] == "ladder" and parts[1] in LADDER
              or len(parts) == 2 and parts[0] == "encoder"):
            rendition = RENDITIONS[parts[-2]]
            if parts[-1] == "index.m3u8":
                status, body = rendition.playlist()
                if status == 200:
                    self.send(200, body)
                else:
                    self.send(status, body, "text/plain")
            elif parts[-1].startswith("seg") and parts[-1].endswith(".ts"):
                if rendition.lost:
                    self.send(404, "no such segment\n", "text/plain")
                else:
                    self.ts()
            else:
                self.send(404, "no such file\n", "text/plain")
        elif p == "/redirect/master":
            self.send_response(302)
            self.send_header("Location", "/ladder/master.m3u8")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif (len(parts) == 7 and parts[:5] == ["api", "v1", "public", "accounts", ACCOUNT]
              and parts[5] == "medias" and parts[6] in MEDIAS):
            self.send(200, qbrick_document(self.host(), parts[6], MEDIAS[parts[6]]),
                      "application/json")
        elif len(parts) == 2 and parts[0] == "page" and \
                (body := page(parts[1], self.host())) is not None:
            self.send(200, body, "text/html; charset=utf-8")
        elif p == "/event.m3u8":
            try:
                preload = int(query.get("preload", ["0"])[0])
            except ValueError:
                preload = -1
            if not 0 <= preload <= MAX_PRELOAD:
                self.send(400, f"preload: 0 to {MAX_PRELOAD}\n", "text/plain")
                return True
            head, chunks, length = event_playlist(preload).parts()
            self.send_response(200)
            self.send_header("Content-Type", "application/vnd.apple.mpegurl")
            self.send_header("Content-Length", str(length))
            self.end_headers()
            self.wfile.write(head)
            for chunk in chunks:
                self.wfile.write(chunk)
        elif len(parts) == 2 and parts[0] == "seg" and parts[1].endswith(".ts") \
                and parts[1][:-3].isdigit():
            self.ts()
        elif parts[0] == "slow":
            if p == "/slow/index.m3u8":
                try:
                    delay = float(query.get("delay", ["3"])[0])
                except ValueError:
                    delay = 3.0
                time.sleep(max(0.0, min(delay, 3600.0)))
                self.send(200, live_playlist())
            elif len(parts) == 2 and parts[1].startswith("seg") and parts[1].endswith(".ts"):
                time.sleep(3)
                self.ts()
            else:
                self.send(404, "no such file\n", "text/plain")
        elif len(parts) == 2 and parts[0] in ("lenient", "hostile") \
                and (body := lenient(p[1:])) is not None:
            self.send(200, body)
        else:
            return False
        return True

    def do_GET(self):
        with lock:
            hits[self.path] = hits.get(self.path, 0) + 1
        if self.path.startswith("/stats/"):
            with lock:
                return self.send(200, "%d\n" % hits.get(self.path[6:], 0), "text/plain")
        if self.path == "/many/master.m3u8":
            return self.send(200, MANY_MASTER)
        if self.scenario():
            return None
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
        if p in ("/empty", "/empty.m3u8"):
            return self.send(200, "", "application/vnd.apple.mpegurl")
        if p == "/ok":
            return self.send(200, "<html><body>Välkommen</body></html>", "text/html")
        return self.send(404, "no such scenario", "text/plain")


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
    serve(Handler, sys.argv[1])


if __name__ == "__main__":
    main()
