#!/usr/bin/env bash
# Runs every tests/e2e/test_*.sh, several at once (each has its own tmux
# server, work directory, state and ports), the longest first; prints
# each one's result as it ends, then "N passed, N failed".
#   E2E_JOBS=N   how many at once (default: twice the cores, at least 4)
#   tests/e2e/run.sh [test_name ...]   only those
set -u
dir=$(cd "$(dirname "$0")" && pwd)
command -v tmux >/dev/null || { echo "e2e: tmux is missing (make check installs it)" >&2; exit 1; }
cores=$(nproc 2>/dev/null || echo 2)
jobs=${E2E_JOBS:-$((cores * 2 > 4 ? cores * 2 : 4))}
results=$(mktemp -d /tmp/podium-e2e-results.XXXXXX)
trap 'rm -rf "$results"' EXIT

if [ $# -gt 0 ]; then
    tests=("$@")
else
    # the stream and journal tests wait longest: start them first
    mapfile -t tests < <(cd "$dir" && ls test_stream_*.sh test_journal.sh 2>/dev/null;
                         cd "$dir" && ls test_*.sh | grep -v -e '^test_stream_' -e '^test_journal.sh$')
fi

run_one() {
    local name=${1%.sh} start=$SECONDS
    if bash "$2/$name.sh" >"$3/$name.out" 2>&1; then
        touch "$3/$name.ok"
        printf 'ok   %s (%d s)\n' "$name" $((SECONDS - start))
    else
        # one write, so that the tests ending meanwhile do not cut into it
        printf 'FAIL %s (%d s)\n%s\n' "$name" $((SECONDS - start)) \
            "$(sed 's/^/     /' "$3/$name.out")"
    fi
}
export -f run_one
printf '%s\n' "${tests[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} "$dir" "$results"
passed=$(find "$results" -name '*.ok' | wc -l)
failed=$((${#tests[@]} - passed))
echo "e2e: $passed passed, $failed failed ($jobs at once)"
[ "$failed" -eq 0 ]
