# På svenska: under a Swedish locale, or with LANGUAGE=sv, or with
# language = "sv" in the configuration, the dashboard speaks Swedish; on
# a laptop without the Swedish locale too (LOCPATH to an empty folder
# hides every generated locale). language = "en" keeps a Swedish laptop
# English. The words checked are the stage's first ones; the screen is
# grepped for English that should have been translated.
. "$(dirname "$0")/lib.sh"

english='REMAINING|left until| late| early|Next:|Day:|by the plan|TIME  '
swedish_screen() {
    wait_for "NU 3/10 enligt planen" 5
    expect_screen "KLOCKAN"
    expect_screen "KVAR"
    expect_screen "Dagen: i tid"
    expect_screen "Nästa: 10:50 Paus"
    expect_screen "kvar till 10:50 (35:00 planerat)"
    expect_screen "REPETITION x1"
    expect_screen "MENTOMETERFRÅGA"
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
