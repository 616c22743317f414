#!/usr/bin/env bash
# The translations are whole: the template holds every string the sources
# mark (run `make pot` after adding one), every language has each of them
# translated (no untranslated, no fuzzy: `make po`, then translate), and
# no translation only copies the English outside a short allow-list.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-po: $*" >&2; exit 1; }

fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
make --no-print-directory -s pot POT_OUT="$fresh" >/dev/null
diff -u po/podium.pot "$fresh" >&2 ||
    fail "po/podium.pot is not the sources' strings (above): run make pot, then make po"

# what may read the same in both languages: names, codes, and the words
# Swedish shares with English (film, panel, plan, press, moderator, min,
# start)
allow='^(LIVE|OK|ok|HLS|podium|podium do|podium do: %s\\n|film: +%d %s|[Ff]ilm|panel|plan|[Pp]ress|moderator|min|%lld min|%lld h %lld min|start|press: %s|%s|%s: %s|%d|%s %s)$'
for po in po/*.po; do
    msgcmp "$po" po/podium.pot 2>&1 >/dev/null | sed 's/^/  /' >&2 ||
        fail "$po lacks strings of the template: run make po, then translate them"
    stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
    case $stats in
        *untranslated* | *fuzzy*) fail "$po: $stats" ;;
    esac
    same=$(LC_ALL=C.UTF-8 msgattrib --no-wrap --translated "$po" |
        awk '/^msgid "/ { id = substr($0, 8, length($0) - 8) }
             /^msgstr "/ { s = substr($0, 9, length($0) - 9); if (id != "" && s == id) print id }' |
        grep -Ev "$allow" || true)
    [ -z "$same" ] || fail "$po copies the English of: $same"
    echo "ok   $po: $stats"
done
