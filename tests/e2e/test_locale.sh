# A terminal whose locale is not UTF-8 (LANG=C over ssh) still shows
# å, ä and ö, not escapes.
. "$(dirname "$0")/lib.sh"

start 100 30 LANG=C -- -c "$CFG" --at 11:50
wait_for "NOW 6/10 by the plan"
expect_screen "Vård i rörelse"
expect_screen "Regional sjukvårdspolitik"
expect_screen "Hur jobbar vi framåt?"
expect_not_screen "M-"
