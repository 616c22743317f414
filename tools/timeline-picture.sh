#!/usr/bin/env bash
# Draws the README's picture of the HTML report's timeline, doc/timeline.png,
# from the recorded day the tests use (tests/e2e/fixtures/timeline-day.*):
# podium report --html, its SVG taken out with xmllint and rendered with
# rsvg-convert (Debian: libxml2-utils, librsvg2-bin; tools/deps.sh test
# installs them). Run it after a change to what the timeline draws.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s build/podium
fix=tests/e2e/fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LANGUAGE=en LC_ALL=C.UTF-8 build/podium report --html -c "$fix/timeline-day.cfg" "$fix/timeline-day.jsonl" > "$tmp/day.html"
xmllint --xpath "//*[local-name()='svg'][@class='timeline']" "$tmp/day.html" > "$tmp/timeline.svg"
mkdir -p doc
rsvg-convert -b white -o doc/timeline.png "$tmp/timeline.svg"
echo "doc/timeline.png: $(wc -c < doc/timeline.png) bytes"
