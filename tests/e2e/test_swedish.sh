# På svenska: under a Swedish locale, or with LANGUAGE=sv, or with
# language = "sv" in the configuration, the dashboard speaks Swedish; on
# a laptop without the Swedish locale too (LOCPATH to an empty folder
# hides every generated locale). language = "en" keeps a Swedish laptop
# English. The words checked are the stage's first ones; the screen is
# grepped for English that should have been translated.
. "$(dirname "$0")/lib.sh"

english='REMAINING|left until| late| early|Next:|Day:|by the plan|TIME  |speakers|spoken| undo| help| quit|projected|agenda'
swedish_screen() {
    wait_for "NU 3/10 enligt planen" 5
    expect_screen "KLOCKAN"
    expect_screen "KVAR"
    expect_screen "Dagen: i tid"
    expect_screen "Nästa: 10.50 Paus" # times of day as Swedes write them
    expect_screen "kvar till 10.50 (35:00 planerat)"
    expect_screen "REPETITION x1"
    expect_screen "MENTOMETERFRÅGA"
    expect_screen "talare  s nästa"
    expect_screen "n: Sjukvårdsregionen i fokus börjar nu   u ångra   ? hjälp   q avsluta"
    screen | grep -qE "▶ 10\.15  10\.15-10\.50 .*Sjukvårdsregionen i fokus +FRÅGA" || fail "the agenda's row"
    big_match '^10:4[78] ' || fail "the big clock keeps its colon: $(big_numbers)"
    ! screen | grep -Eq -- "$english" || fail "English left: $(screen | grep -Eo -- "$english" | head -3)"
}

mkdir -p "$WORK/nolocales"
if locale -a 2>/dev/null | grep -qix 'sv_SE.utf8'; then
    start 100 30 LANG=sv_SE.UTF-8 -- -c "$CFG" --at 10:47:50
    swedish_screen
fi
# the Swedish locale not generated: Swedish all the same
start 100 30 LOCPATH=$WORK/nolocales LANG=sv_SE.UTF-8 -- -c "$CFG" --at 10:47:50
swedish_screen
expect_screen "Vård i rörelse" # and the titles still UTF-8
start 100 30 LANGUAGE=sv -- -c "$CFG" --at 10:47:50
swedish_screen
# the help overlay and the answer keys in Swedish: j answers yes
keys '?'
wait_for "Valfri tangent stänger hjälpen."
expect_screen "ångra det senaste steget"
keys x
keys f
wait_for "Det här är producentens uppgift: gör det ändå?"
expect_screen "j = ja, annan tangent = nej."
keys n
wait_for "Inte gjort"
keys q
wait_for "Avsluta podium? Tryck j för att avsluta"
keys j
wait_for "exit=0"
# --help in Swedish
LANGUAGE=sv "$PODIUM" --help > "$WORK/help.sv" || fail "--help failed"
grep -q "^Användning: podium" "$WORK/help.sv" || fail "--help is not Swedish: $(head -2 "$WORK/help.sv")"
grep -qE "^  u +alla +ångra det senaste steget" "$WORK/help.sv" || fail "--help's keys: $(grep '^  u ' "$WORK/help.sv")"
# (podium do's actions are command words, the same in every language)
grep -q "^Handlingar för podium do HANDLING" "$WORK/help.sv" || fail "podium do's actions: not Swedish"
sed -i '/^Handlingar för podium do/,$s/^  [a-z-]* /  /' "$WORK/help.sv"
! grep -Eiw 'left|late|next|remaining|undo|quit|read|start the' "$WORK/help.sv" ||
    fail "English in the Swedish --help: $(grep -Eiw 'left|late|next|remaining|undo|quit|read|start the' "$WORK/help.sv" | head -3)"

# --check and a configuration's error in Swedish, with the file and line
out=$(LANGUAGE=sv "$PODIUM" --check -c "$CFG") || fail "--check failed"
grep -qE '^  #  start  slut    min  typ    fråga rubrik$' <<<"$out" || fail "--check's head: $(sed -n 2p <<<"$out")"
grep -q ": 10 punkter, 09.30-14.15, varnar 2 min före slutet, ljud av" <<<"$out" || fail "--check's summary"
printf 'foo = 1;\n' | cat - "$CFG" > "$WORK/foo.cfg"
out=$(LANGUAGE=sv "$PODIUM" --check -c "$WORK/foo.cfg" 2>&1) && fail "--check took foo"
grep -qF "$WORK/foo.cfg:1: okänd inställning 'foo' i översta nivån (kända: event, agenda," <<<"$out" ||
    fail "the error reads: $out"
! grep -Eq 'unknown|setting|top level' <<<"$out" || fail "English in the error: $out"

# --dump in Swedish, its columns where the head says
out=$(LANGUAGE=sv "$PODIUM" --dump -c "$CFG" --journal "$FIX/day-v2-edits.jsonl" --at 10:17) ||
    fail "--dump failed"
grep -q '^nu:        11 Tid för press/media (press)$' <<<"$out" || fail "--dump's now: $(sed -n 3p <<<"$out")"
grep -q '^  #  läge     planerat     beräknat       +/-  typ    fråga   rubrik$' <<<"$out" ||
    fail "--dump's head"
grep -q '^  7  utgår    11.45-12.30  10.11-10.11         break          Lunch$' <<<"$out" ||
    fail "--dump's cut row: $(grep Lunch <<<"$out")"

# the report in Swedish for people, its CSV in English for machines
out=$(LANGUAGE=sv "$PODIUM" report -c "$CFG" "$FIX/day-v2-edits.jsonl") || fail "report failed"
grep -q '^## Programpunkter$' <<<"$out" || fail "the report's heading: $(sed -n 5p <<<"$out")"
grep -qF '| 7 | Lunch | 11.45-12.30 |  | utgår |' <<<"$out" || fail "the report's cut row"
grep -qF '| 10.05.52 | 6 | Regional sjukvårdspolitik | struken (x) |' <<<"$out" || fail "the report's change"
! grep -Eq '\| (planned|actual|item|change) \|' <<<"$out" || fail "English in the report's heads"
out=$(LANGUAGE=sv "$PODIUM" report --csv -c "$CFG" "$FIX/day-v2-edits.jsonl") || fail "report --csv failed"
grep -q '^#,item,planned,changed,actual,duration,delay,poll$' <<<"$out" || fail "the CSV's head: $(head -1 <<<"$out")"
grep -q '^7,Lunch,11:45-12:30,,cut,,,$' <<<"$out" || fail "the CSV's cut row"

# the technician's stream panel: the states in Swedish, big letters too
# (TRÖG, STÅR STILL: the font has Ö and Å); the journal keeps English
serve_stream 1
scfg=$(stream_cfg "http://127.0.0.1:$PORT/master.m3u8")
STATE=$WORK/state-sv-stream
start 100 40 LANGUAGE=sv -- -c "$scfg" --role technician --at 10:00
wait_for "LIVE sedan " 5
expect_screen "SÄNDNING  http://127.0.0.1:$PORT/master.m3u8"
expect_screen "Avbrott i dag: 0"
kill -USR1 "$SERVER_PID"
wait_for "STÅR STILL i " 20
expect_screen "spellistan har inte rört sig på " # the reason too, worded in English in the journal
expect_screen "(källan stannade)"
expect_screen "SÄNDNINGSLARM sedan"
expect_screen "a kvitterar"
grep -q '"state":"STALLED","reason":"playlist not advancing for' "$STATE"/podium/*.jsonl ||
    fail "the journal's state and reason are not English"
unset STATE

# the configuration decides, whatever the laptop says
sed 's/^warn_minutes = /language = "sv";\nwarn_minutes = /' "$CFG" > "$WORK/sv.cfg"
grep -q '^language = "sv";' "$WORK/sv.cfg" || fail "no language line in the test configuration"
start 100 30 -- -c "$WORK/sv.cfg" --at 10:47:50
swedish_screen
sed 's/^warn_minutes = /language = "en";\nwarn_minutes = /' "$CFG" > "$WORK/en.cfg"
start 100 30 LOCPATH=$WORK/nolocales LANG=sv_SE.UTF-8 -- -c "$WORK/en.cfg" --at 10:47:50
wait_for "NOW 3/10 by the plan"
expect_screen "REMAINING"
expect_not_screen "KVAR"

# a language podium does not speak: the file, the line, the setting
sed 's/^warn_minutes = /language = "de";\nwarn_minutes = /' "$CFG" > "$WORK/de.cfg"
line=$(grep -n '^language = ' "$WORK/de.cfg" | cut -d: -f1)
out=$("$PODIUM" --check -c "$WORK/de.cfg" 2>&1) && fail "--check took language = \"de\""
grep -qF "$WORK/de.cfg:$line: language is \"de\": podium speaks \"sv\" or \"en\"" <<<"$out" ||
    fail "the error reads: $out"
exit 0
