# Even a crash (or Ctrl-\\) gives the terminal back: alternate screen left, cursor
# shown, tty modes as they were.
. "$(dirname "$0")/lib.sh"

for sig in SEGV ABRT QUIT; do
    start 80 24 -- -c "$CFG" --at 10:00
    wait_for "NOW 2/10"
    kill -s "$sig" "$(podium_pid)"
    wait_for "exit=1" # 128 + the signal: it still dies of it
    restored "SIG$sig"
done
