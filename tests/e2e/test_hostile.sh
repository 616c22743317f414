# Text podium did not write itself never reaches a terminal raw: a name in
# a journal line carrying OSC 0 (the window's title), OSC 52 (the
# clipboard), CSI 2 J (clear the screen), a C1 CSI and a bidi override is
# shown as visible escapes by report, report --csv and --dump; the
# configuration refuses C1 controls and bidi overrides with its file and
# line, as it refuses ESC.
. "$(dirname "$0")/lib.sh"

j=$WORK/hostile.jsonl
head -4 "$FIX/day-v2.jsonl" > "$j"
python3 - "$j" <<'PY'
import json, sys
name = "Eve\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\u009b2J\u202eevil"
line = {"time": "2026-12-03T04:18:45.000+01:00", "pid": 1, "type": "speaker_add", "item": 3,
        "title": "Sjukvårdsregionen i fokus", "at": 36100, "queue": "speakers", "speaker": 2,
        "name": name, "place": 2}
with open(sys.argv[1], "a", encoding="utf-8") as f:
    f.write(json.dumps(line, ensure_ascii=False) + "\n")
PY
raw() { LC_ALL=C grep -c $'\x1b\|\x07\|\xc2\x9b\|\xe2\x80\xae' "$1"; }
"$PODIUM" report -c "$CFG" "$j" > "$WORK/report.md" || fail "report failed"
"$PODIUM" report --csv -c "$CFG" "$j" > "$WORK/report.csv" || fail "report --csv failed"
"$PODIUM" --dump -c "$CFG" --journal "$j" --at 10:30 > "$WORK/dump.txt" || fail "--dump failed"
for f in report.md report.csv dump.txt; do
    [ "$(raw "$WORK/$f")" = 0 ] || fail "$f carries terminal controls raw"
    grep -qF 'Eve^[]0;pwned^G^[]52;c;cHduZWQ=^G^[[2J\u009B2J\u202Eevil' "$WORK/$f" ||
        fail "$f does not show the name escaped: $(grep Eve "$WORK/$f")"
done

# reading never creates: --follow on a journal named but not there says
# so and exits 1, as report and --dump do; nothing is made
start 80 24 -- -c "$CFG" --follow --journal "$WORK/typo.jsonl"
wait_for "exit=1"
[ ! -e "$WORK/typo.jsonl" ] || fail "--follow made the journal it was to read"

# the configuration refuses what it would print raw: C1 and bidi too
for bad in $'\u202e' $'\xc2\x9b'; do
    sed "0,/title = \"Kaffe och registrering\"/s//title = \"Kaffe${bad}x\"/" "$CFG" > "$WORK/bad.cfg"
    grep -q 'Kaffe.x' "$WORK/bad.cfg" || fail "the test's configuration was not made"
    line=$(grep -n 'Kaffe.x' "$WORK/bad.cfg" | cut -d: -f1)
    out=$("$PODIUM" --check -c "$WORK/bad.cfg" 2>&1) && fail "--check took a control in a title"
    grep -qF "$WORK/bad.cfg:$line: title in agenda item 1 contains a control character" <<<"$out" ||
        fail "the error reads: $out"
    [ "$(raw <(echo "$out"))" = 0 ] || fail "the error itself carries the control raw"
done
exit 0
