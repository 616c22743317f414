#!/usr/bin/env bash
# Runs every tests/e2e/test_*.sh; prints "N passed, N failed".
set -u
dir=$(cd "$(dirname "$0")" && pwd)
command -v tmux >/dev/null || { echo "e2e: tmux is missing (make check installs it)" >&2; exit 1; }
passed=0 failed=0
for t in "$dir"/test_*.sh; do
    name=$(basename "$t" .sh)
    if out=$(bash "$t" 2>&1); then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        echo "$out" | sed 's/^/     /'
        failed=$((failed + 1))
    fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
