# The real broadcast's shape on the technician's screen: the event page
# leads to a Qbrick document, to a master with three variants and audio;
# one variant freezing is named while the others live; the encoder
# stopping mid-programme (EXT-X-ENDLIST) is an alarm, not a quiet end.
. "$(dirname "$0")/lib.sh"

serve_stream 1
BASE=http://127.0.0.1:$PORT
# control ACTION/NAME[/STATUS]: acts on one rendition of the scripted ladder
control() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' \
        "$BASE/control/$1" || fail "control $1"
}

page=$(stream_cfg "$BASE/page/event.html" 'format = "page";')
start 200 45 -- -c "$page" --role technician --at 10:00
wait_for "LIVE since" 8
expect_screen "Way: page → qbrick media 0f3e5a7c… → master (3 variants, 1 audio)"
for name in "360p (v1)" "1080p (v2)" "720p (v3)" "audio Svenska (a1)"; do
    expect_screen "$name"
done

# v2 freezes: named within stall_factor x max(TD, 2 s) = 6 s plus a round of
# the three read in turn (3 polls of 1 s) and a poll
control freeze/v2
wait_for "STALLED for" 14
expect_screen "1080p (v2): playlist not advancing for"
expect_screen "360p (v1), 720p (v3), audio Svenska (a1) live"
expect_screen "STREAM ALARM since"
control thaw/v2
wait_for "LIVE since" 10
wait_for "RECOVERED after" 2

# v1 fails while the others live: degraded (SLOW) and named, not DOWN
control fail/v1/404
wait_for "SLOW for" 8
expect_screen "360p (v1): HTTP 404 from $BASE/ladder/v1/index.m3u8"
control heal/v1
wait_for "LIVE since" 8
# v1's segments go missing (its playlist is fine): the segment check (one
# every 6 s while all are found) comes
# to every variant in turn, so it is seen, and named
control lose/v1
wait_for "360p (v1): one failed poll: newest segment missing: HTTP 404" 30
control heal/v1
wait_for "LIVE since" 8

# the encoder is stopped at 10:00, in the middle of the programme: ENDED
# is an incident with an alarm; started again, a new media sequence is LIVE
keys a
control end/all
wait_for "ENDED for" 10
expect_screen "the encoder ended the stream (EXT-X-ENDLIST) while the programme runs"
expect_screen "STREAM ALARM since"
control restart/all
wait_for "LIVE since" 10
expect_screen "RECOVERED after"
keys q y
restored "technician on a ladder"
# the report counts that end as an incident, not as the day's end
j=$(ls "$WORK"/state-1/podium/*-rehearsal-*.jsonl)
rep=$("$PODIUM" report "$j") || fail "report failed"
grep -E "\| ENDED \| the encoder ended the stream \(EXT-X-ENDLIST\) while the programme runs" \
    <<<"$rep" >/dev/null || fail "report: no ENDED incident: $rep"
grep -qE "\| STALLED \| 1080p \(v2\): playlist not advancing" <<<"$rep" ||
    fail "report: the frozen variant is not named: $rep"

# the document moves to another playlist (a CDN change) and the ladder
# fails: the way is read again at once, not in 5 minutes
cfg=$(stream_cfg "$BASE/api/v1/public/accounts/763558/medias/moving" 'format = "qbrick";')
start 200 45 -- -c "$cfg" --role technician --at 10:00
wait_for "LIVE since" 8
expect_screen "Way: qbrick media moving → master (3 variants, 1 audio)"
control point/moving/encoder
control fail/all/404
wait_for "Way: qbrick media moving → media playlist" 8
wait_for "LIVE since" 8
control heal/all
keys q y
restored "technician after the document moved"

# after the programme (the last item has ended: --at past the plan's end,
# nobody pressing anything) the stream's end is its normal end: no alarm
control end/all
start 120 45 -- -c "$page" --role technician --at 14:30
wait_for "ENDED for" 10
expect_not_screen "STREAM ALARM"
expect_not_screen "while the programme runs"
exit 0
