# podium report --html on a recorded day (fixtures/timeline-day.jsonl,
# made by fixtures/record-timeline-day.sh: a moderator's and a producer's
# terminal through the default programme at 60x, the stream frozen for
# 20 s): one well-formed XHTML file with nothing outside it; the three
# figures; the timeline's bars where the hand-computed times put them;
# cut, inserted, changes, polls, film, press and the stream incident; the
# airtime bars; Swedish; hostile titles escaped; rsvg-convert draws it.
. "$(dirname "$0")/lib.sh"

cfg=$FIX/timeline-day.cfg
day=$FIX/timeline-day.jsonl
html=$WORK/day.html
"$PODIUM" report --html -c "$cfg" "$day" > "$html" 2> "$WORK/err" || fail "report --html: $(cat "$WORK/err")"
[ ! -s "$WORK/err" ] || fail "report --html said: $(cat "$WORK/err")"
xmllint --noout "$html" || fail "the page is no well-formed XML"

# self-contained: no script, no link, no font, nothing fetched; the only
# URIs are the XHTML and SVG namespaces
! grep -qiE '<script|<link|@import|@font-face|src=|href=' "$html" || fail "the page reaches out: $(grep -oiE '<script|<link|@import|@font-face|src=[^ ]*|href=[^ ]*' "$html" | head -3)"
[ "$(grep -oE 'https?://[^"]*' "$html" | sort -u | tr '\n' ' ')" = \
    "http://www.w3.org/1999/xhtml http://www.w3.org/2000/svg " ] ||
    fail "addresses in the page: $(grep -oE 'https?://[^"]*' "$html" | sort -u)"
grep -q 'url(#' "$html" && ! grep -qE 'url\([^#]' "$html" || fail "CSS url() outside the page"

q() { xmllint --xpath "string($1)" "$html"; }

# The figures. The programme closed at 51598 (14:19:58), planned 14:15. The
# largest delay is at Lunch's start: 43438 (12:03:58) against 11:45, 18 min;
# most of it item 3's: planned for 35 minutes, it ran from 37378 to 40318
# (the Paus after it was cut), 49 min, 14 longer (13 past its aim with the
# + pressed in it).
# LIVE share: watched from 13:00:12.437 to the OFF line at 13:05:15.102
# (302.665 s), away from SLOW at 13:02:20.433 to LIVE at 13:02:39.430
# (18.997 s): 93.7 %.
figs=$(q "//*[@class='figures']")
grep -q "14:19" <<<"$figs" && grep -q "planned 14:15: 4 min late" <<<"$figs" || fail "day's end: $figs"
grep -q "18 min" <<<"$figs" && grep -q "at the start of “Lunch” (12:03)" <<<"$figs" ||
    fail "largest delay: $figs"
grep -q "mostly because “Sjukvårdsregionen i fokus” ran 14 min longer than planned" <<<"$figs" ||
    fail "its cause: $figs"
grep -q "93.7 %" <<<"$figs" && grep -q "1 incident" <<<"$figs" || fail "LIVE share: $figs"

# The timeline's geometry, computed here by hand: the items run from 09:30
# (32400 s is 09:00) to the close at 14:19:58, so the axis is 09:00-15:00
# (21600 s) over the 800 px from x = 300 to 1100:
#     x(t) = 300 + (t - 32400) * 800 / 21600
x() { awk -v t="$1" 'BEGIN { printf "%.4f", 300 + (t - 32400) * 800 / 21600 }'; }
w() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", (b - a) * 800 / 21600 }'; }
# near_at XPATH WANT: the number there is WANT to the drawing's 0.1 px
near_at() {
    local got
    got=$(q "$1")
    [ -n "$got" ] || fail "nothing at $1"
    awk -v g="$got" -v e="$2" 'BEGIN { exit !(g - e <= 0.06 && e - g <= 0.06) }' ||
        fail "$1 is $got, not $2"
}
# near ID ATTR WANT: the shape's attribute
near() { near_at "//*[@id='$1']/@$2" "$3"; }
tick_at() { near_at "//*[@id='$1']/*[local-name()='line']/@x1" "$(x "$2")"; }
bar_at() { near "$1" x "$(x "$2")"; near "$1" width "$(w "$2" "$3")"; }

# 2 Inledning: planned 10:00-10:15 (36000-36900); n at 36358, 5 min 58 s
# late; it ended when 3 started (37378), 2 min over its aim 36358 + 900.
bar_at plan-2 36000 36900
bar_at actual-2 36358 37378
bar_at late-2 36000 36358
bar_at over-2 37258 37378
# 3 Sjukvårdsregionen i fokus: planned 10:15-10:50 (36900-39000); ran
# 37378-40318, over from its aim 39538
bar_at plan-3 36900 39000
bar_at actual-3 37378 40318
bar_at over-3 39538 40318
# 1 Kaffe och registrering ran by the plan (nobody pressed n) until 36358
bar_at actual-1 34200 36358
[ "$(q "//*[@id='actual-1']/@class")" = "actual byplan" ] || fail "registration not drawn as by the plan"
# 4 Paus was cut: its plan, no bar of what ran, and the word
bar_at plan-4 39000 39600
[ "$(q "count(//*[@id='actual-4'])")" = 0 ] || fail "the cut Paus has a bar"
grep -q '>cut from the day</text>' "$html" || fail "the cut item is not named"
# 6, inserted after the panel (10 min): no plan; ran 42718-43438
[ "$(q "count(//*[@id='plan-6'])")" = 0 ] || fail "the inserted item has a plan bar"
bar_at actual-6 42718 43438
grep -q '>inserted, 2 min over</text>' "$html" || fail "the inserted item is not named"
# 7 Lunch started 43438, 18 min 58 s after 11:45 (42300)
bar_at late-7 42300 43438
grep -q '>started 18 min late, 1 min over</text>' "$html" || fail "Lunch's words"
# the changes, as ticks where they were made: + on 3 at 38698, the cut
# of 4 at 39737, the insertion (item 6) at 41937, - on 9 at 46797
tick_at edit-3-1 38698
tick_at edit-4-2 39737
tick_at edit-6-3 41937
tick_at edit-9-4 46797
# the polls: 3's asked at 38398, 5's missed
near poll-3 cx "$(x 38398)"
[ "$(q "//*[@id='poll-5']/@class")" = "poll missed" ] || fail "the missed poll"
# the film rolled at 45389 for 4:50; the four interviews 49798-51417
bar_at film-8 45389 45679
bar_at press-1 49798 50157
bar_at press-4 51057 51417
# the stream froze: SLOW at 13:02:20.433, LIVE again at 13:02:39.430; the
# rehearsal's clock (the journal's header) read 33600 (09:20) at
# 13:00:12.423 and ran 60x: 33600 + 128.010 * 60 = 41280.6 and
# 33600 + 147.007 * 60 = 42420.4, whole seconds 41280 and 42420
bar_at incident-1 41280 42420
[ "$(q "//*[@id='incident-1']/*[local-name()='title']")" = \
    "11:28-11:47 STALLED: playlist not advancing for 6 s (the origin stopped)" ] ||
    fail "the incident's title: $(q "//*[@id='incident-1']/*[local-name()='title']")"
# the same day as a real one (times of day, no rehearsal clock) is drawn
# the same wherever the report is made: the stream's lines are placed by
# the day's own steps, not by the time zone of the machine making it
python3 - "$day" > "$WORK/real.jsonl" <<'PY'
import datetime, json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
clock = lines[0].pop("rehearsal")
def iso(at):
    d = datetime.datetime.fromisoformat("2020-11-20T00:00:00+01:00") + datetime.timedelta(seconds=at)
    return d.isoformat(timespec="milliseconds")
lines[0]["time"] = iso(clock["at"])
for e in lines[1:]:
    wall = datetime.datetime.fromisoformat(e["time"]).timestamp() * 1000
    e["time"] = iso(e["at"] if "at" in e else clock["at"] + (wall - clock["epoch_ms"]) * clock["speed"] / 1000)
for e in lines:
    print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
PY
for tz in UTC America/New_York Asia/Tokyo; do
    TZ=$tz "$PODIUM" report --html -c "$cfg" "$WORK/real.jsonl" > "$WORK/real.html" || fail "report in $tz"
    got=$(xmllint --xpath "string(//*[@id='incident-1']/@x)" "$WORK/real.html")
    [ "$got" = "$(q "//*[@id='incident-1']/@x")" ] || fail "in $tz the incident is at x $got"
    TZ=$tz "$PODIUM" report -c "$cfg" "$WORK/real.jsonl" | grep -q '^| 11:28:00 | 11:47:00 | 19:00 | STALLED |' ||
        fail "in $tz the Stream table says: $(TZ=$tz "$PODIUM" report -c "$cfg" "$WORK/real.jsonl" | grep STALLED)"
done
# ... also when its first step has no time of its own (a hand-mended line):
# the day's clock comes from the steps that have one
python3 -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
first = next(e for e in lines if "at" in e)
del first["time"]
for e in lines:
    print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
' "$WORK/real.jsonl" > "$WORK/untimed.jsonl"
TZ=Asia/Tokyo "$PODIUM" report -c "$cfg" "$WORK/untimed.jsonl" | grep -q '^| 11:28:00 | 11:47:00 | 19:00 | STALLED |' ||
    fail "a step without a time moved the stream: $(TZ=Asia/Tokyo "$PODIUM" report -c "$cfg" "$WORK/untimed.jsonl" | grep STALLED)"

# the day's ends
near end-planned x1 "$(x 51300)"
near end-actual x1 "$(x 51598)"
# every shape has its hover text, and the legend names the kinds
[ "$(q "count(//*[local-name()='rect'][starts-with(@id, 'actual-') or starts-with(@id, 'plan-')][not(*[local-name()='title'])])")" = 0 ] ||
    fail "bars without a title"
for k in "late start" "ran over" "poll question missed" "stream incident"; do
    grep -q ">$k</text>" "$html" || fail "the legend lacks $k"
done

# The tables below, with the airtime bars: the panel's four share a scale,
# the longest of their times and allotments: Per Ekström's 12:00 (41998 to
# 42718) against 11:15 each; a bar is 120 px, so his allotment ends at
# 112.5 and the 45 s over it are 7.5 px; Anna Lindqvist's 8:00 is 80.
row() { echo "//*[local-name()='tr'][*[local-name()='td'][.='$1']][*[local-name()='td'][.='$2']]"; }
[ "$(q "count(//*[local-name()='h2'][.='Items'])")" = 1 ] || fail "no Items table"
[ "$(q "$(row 'Regional sjukvårdspolitik' 'Per Ekström')//*[@class='over']/@width")" = 7.5 ] ||
    fail "Per Ekström's bar over: $(q "$(row 'Regional sjukvårdspolitik' 'Per Ekström')//*[local-name()='svg']")"
[ "$(q "$(row 'Regional sjukvårdspolitik' 'Anna Lindqvist')//*[@class='spoken']/@width")" = 80.0 ] ||
    fail "Anna Lindqvist's bar"
[ "$(q "count(//*[local-name()='td'][@class='bar'])")" = 18 ] ||
    fail "$(q "count(//*[local-name()='td'][@class='bar'])") bars, not 14 speakers' (1 + 2 + 4 + 5 + 2) and 4 interviews'"

# A real SVG renderer draws the timeline (the README's picture is made so)
xmllint --xpath "//*[local-name()='svg'][@class='timeline']" "$html" > "$WORK/t.svg"
rsvg-convert -o "$WORK/t.png" "$WORK/t.svg" || fail "rsvg-convert refused the timeline"
[ "$(head -c 8 "$WORK/t.png" | od -An -c | tr -d ' ')" = '211PNG\r\n032\n' ] || fail "no PNG drawn"

# In the programme's language: Swedish words, decimal comma, lang="sv"
sed 's/^event = {/language = "sv";\nevent = {/' "$cfg" > "$WORK/sv.cfg"
"$PODIUM" report --html -c "$WORK/sv.cfg" "$day" > "$WORK/sv.html" || fail "report in Swedish"
xmllint --noout "$WORK/sv.html" || fail "the Swedish page is no XML"
grep -q '<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">' "$WORK/sv.html" ||
    fail "not marked Swedish"
grep -q "93,7 %" "$WORK/sv.html" && grep -q "14.19" "$WORK/sv.html" || fail "Swedish figures"
grep -q ">Programpunkter</h2>" "$WORK/sv.html" || fail "Swedish tables"

# Hostile text from the journal and the configuration comes out as text
# (the JSON string in the journal holds \" for a quote)
perl -pe 's{Frågor & svar från salen}{<script>alert(1)</script> & \\"x\\"}g' "$day" > "$WORK/hostile.jsonl"
perl -pe 's{title  = "Vård i rörelse";}{title = "<img src=x onerror=alert(2)> & <b>";}' "$cfg" > "$WORK/hostile.cfg"
# and characters XML has not (U+FFFE) in the message to the stage
sed -i 's/"text":"Avrunda"/"text":"Avrunda\\ufffe\\uffff"/' "$WORK/hostile.jsonl"
grep -q 'alert(1)</script> & \\"x' "$WORK/hostile.jsonl" && grep -q 'ufffe' "$WORK/hostile.jsonl" ||
    fail "the hostile journal was not made"
grep -q onerror "$WORK/hostile.cfg" || fail "the hostile configuration was not made"
"$PODIUM" report --html -c "$WORK/hostile.cfg" "$WORK/hostile.jsonl" > "$WORK/hostile.html" ||
    fail "report of the hostile day"
xmllint --noout "$WORK/hostile.html" || fail "hostile text broke the page"
! grep -qE '<script|<img|<b>' "$WORK/hostile.html" || fail "markup got through: $(grep -oE '<script|<img|<b>' "$WORK/hostile.html" | head -3)"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;' "$WORK/hostile.html" ||
    fail "the hostile title is not shown escaped"
grep -q 'Avrunda\\uFFFE\\uFFFF' "$WORK/hostile.html" || fail "U+FFFE is not shown escaped"
grep -q '<h1>&lt;img src=x onerror=alert(2)&gt; &amp; &lt;b&gt;' "$WORK/hostile.html" ||
    fail "the hostile event title: $(grep '<h1>' "$WORK/hostile.html")"

# The Markdown report and --csv are untouched by the picture; a usage error
"$PODIUM" report -c "$cfg" "$day" | grep -q '^| 4 | Paus | 10:50-11:00 |  | cut |' || fail "Markdown report"
"$PODIUM" report --html --csv "$day" 2> "$WORK/usage"; [ $? = 2 ] || fail "--html --csv: no usage error"
grep -q 'usage: podium report \[--csv | --html\]' "$WORK/usage" || fail "usage: $(cat "$WORK/usage")"
exit 0
