# The command line without a screen: --check, --dump, --help, --version,
# configuration errors and usage errors, with their exit statuses.
. "$(dirname "$0")/lib.sh"
export LANG=C.UTF-8 TZ=Europe/Stockholm

out=$("$PODIUM" --check -c "$CFG") || fail "--check failed"
echo "$out" | grep -q "10  13:45  14:15    30  press        Tid för press/media" || fail "--check table: $out"
echo "$out" | grep -q "10 items, 09:30-14:15" || fail "--check summary"

out=$("$PODIUM" --dump --at 10:20 -c "$CFG") || fail "--dump failed"
echo "$out" | grep -q "^current:   3 Sjukvårdsregionen i fokus (talk) \[following the plan\]" || fail "dump current: $out"
echo "$out" | grep -q "^remaining: 30:00" || fail "dump remaining"
echo "$out" | grep -q "^next:      4 Paus at 10:50" || fail "dump next"
out=$("$PODIUM" --dump --at 11:20 -c "$CFG")
echo "$out" | grep -q "^  waiting      0:00 of 11:15         Maria Öhman$" || fail "dump speakers: $out"
out=$("$PODIUM" --dump --at 13:40 -c "$CFG")
echo "$out" | grep -q "^press:     10 starts 13:45, in 5:00; the slot 30:00, bookings need 23:00$" ||
    fail "dump press: $out"
echo "$out" | grep -q "^  waiting      0:00 of 8:00          SVT Sydnytt (exempel) with Lena Hallengren$" ||
    fail "dump bookings: $out"
out=$("$PODIUM" --dump --at 12:20 -c "$CFG")
echo "$out" | grep -q "^film:      7 waiting, starts in 10:00: Gott exempel: närmare vård (exempel)$" || fail "dump film: $out"
out=$("$PODIUM" --dump --at 14:30 -c "$CFG")
echo "$out" | grep -q "the programme is over" || fail "dump after the day"

"$PODIUM" --help | grep -q -- "--speed N" || fail "--help"
"$PODIUM" --help | grep -q -- "--role ROLE" || fail "--help lacks --role"
"$PODIUM" --version | grep -q "^podium [0-9]" || fail "--version"

# a typo is an error with its line; nothing is drawn; status 1
sed 's/{ start = "10:00"; title = "Kort paus"/{ strat = "10:00"; title = "Kort paus"/' \
    "$FIX/short.cfg" > "$WORK/typo.cfg"
sed -i 's/"10:02"; title = "Kort paus"/"10:02"; title = "Kort paus"; strat = "x"/' "$WORK/typo.cfg"
err=$("$PODIUM" --check -c "$WORK/typo.cfg" 2>&1) && fail "typo accepted"
echo "$err" | grep -q "^$WORK/typo.cfg:6: unknown setting 'strat' in agenda item 2" || fail "typo: $err"
err=$("$PODIUM" -c "$WORK/typo.cfg" 2>&1 </dev/null); st=$?
[ "$st" = 1 ] || fail "dashboard on a bad file exits $st"
echo "$err" | grep -q "typo.cfg:6:" || fail "dashboard error: $err"

err=$("$PODIUM" -c "$WORK/missing.cfg" --check 2>&1); st=$?
[ "$st" = 1 ] || fail "missing file exits $st"
echo "$err" | grep -q "missing.cfg: cannot read the configuration: No such file or directory" || fail "$err"

for bad in "--at 25:00" "--speed 0" "--speed abc" "--bogus" "--check --dump" "extra" \
           "--check --speed 2" "--dump --speed 2" "--check --at 10:00" \
           "--role director" "--role" "--dump --role producer" "--check --role producer" \
           "--live --at 10:00" "--live --speed 2" "--live --dump" "--live --probe"; do
    # shellcheck disable=SC2086
    "$PODIUM" $bad -c "$CFG" >/dev/null 2>&1; st=$?
    [ "$st" = 2 ] || fail "'$bad' exits $st, not 2"
done

# without -c: $XDG_CONFIG_HOME/podium/podium.cfg
mkdir -p "$WORK/xdg/podium" && cp "$FIX/short.cfg" "$WORK/xdg/podium/podium.cfg"
XDG_CONFIG_HOME=$WORK/xdg "$PODIUM" --check | grep -q "Övningsdag" || fail "XDG config not used"
