#!/usr/bin/env bash
# Runs unit test binaries from one folder and sums up their results.
# usage: tools/run-unit.sh DIR TEST...
set -u
dir=$1; shift
failed=0
for t in "$@"; do
    if ! "$dir/$t"; then
        echo "FAILED: $dir/$t" >&2
        failed=$((failed + 1))
    fi
done
[ "$failed" -eq 0 ]
