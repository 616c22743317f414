# A server that accepts and never answers must not freeze the screen:
# while a poll hangs for 20 s the clock keeps ticking every second and a
# key is answered at once; the poll's timeout then says DOWN.
. "$(dirname "$0")/lib.sh"

serve_stream 1
cfg=$(stream_cfg "http://127.0.0.1:$PORT/hang" "interval = 30; timeout = 20;")
start 80 24 -- -c "$cfg" --role technician --at 10:00
wait_for "waiting for the first answer"

# the one-line clock moves every second while the request hangs
clock_text() { screen | sed -n 2p | grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}' | head -1; }
seen=()
for _ in 1 2 3 4 5 6 7 8; do
    seen+=("$(clock_text)")
    sleep 0.5
done
distinct=$(printf '%s\n' "${seen[@]}" | sort -u | wc -l)
[ "$distinct" -ge 3 ] || fail "clock froze while the poll hung: ${seen[*]}"

# a key is answered at once, not after the poll (which hangs 20 s): 3 s of
# headroom for a loaded machine still tells the two apart
start_ms=$(date +%s%N)
keys n # the moderator's, on the technician's screen: it asks at once
wait_for "This is the moderator's: do it anyway?" 5
took=$((($(date +%s%N) - start_ms) / 1000000))
[ "$took" -lt 3000 ] || fail "the key took $took ms while the poll hung"
keys y
wait_for "Started 2 Inledning och presentation" 5
keys '?'
wait_for " Keys " 2
keys Escape
wait_for "STARTING for" 2
exit 0
