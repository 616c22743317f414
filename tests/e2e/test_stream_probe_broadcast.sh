# podium --probe on the real broadcast's shapes (issue 10): a master
# behind a Qbrick document, an event page, a redirect, followed to every
# variant and the alternate audio, each named (not "a master playlist where
# its variant was expected" and DOWN all day); a day-long EVENT playlist; a
# slow origin; answers that are no stream.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT

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
exit 0
