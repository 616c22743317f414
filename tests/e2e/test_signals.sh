# SIGTERM and SIGHUP end podium cleanly; SIGINT asks like q, and a second
# one quits. The terminal is restored every time.
. "$(dirname "$0")/lib.sh"

for sig in TERM HUP; do
    start 80 24 -- -c "$CFG" --at 10:00
    wait_for "NOW 2/10"
    kill -s "$sig" "$(podium_pid)"
    wait_for "exit=0"
    restored "SIG$sig"
done

start 80 24 -- -c "$CFG" --at 10:00
wait_for "NOW 2/10"
pid=$(podium_pid)
kill -s INT "$pid"
wait_for "Quit podium?"
kill -s INT "$pid"
wait_for "exit=0"
restored SIGINT
