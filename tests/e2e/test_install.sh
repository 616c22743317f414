# make install honours PREFIX and DESTDIR: binary, both man pages and the
# default programme land there, and the binary looks for its default
# configuration under PREFIX.
. "$(dirname "$0")/lib.sh"

src=$WORK/src dest=$WORK/dest
mkdir -p "$src"
(cd "$ROOT" && cp -r Makefile src conf man tools "$src/")
make -s -C "$src" install PREFIX=/opt/podium DESTDIR="$dest" >/dev/null 2>&1 || fail "make install failed"
for f in bin/podium bin/podium-mirror share/man/man1/podium.1 share/man/man5/podium.cfg.5 share/man/man5/podium.5 \
    share/podium/podium.cfg; do
    [ -f "$dest/opt/podium/$f" ] || fail "not installed: $f"
done
[ -x "$dest/opt/podium/bin/podium" ] || fail "binary not executable"
cmp -s "$ROOT/conf/podium.cfg" "$dest/opt/podium/share/podium/podium.cfg" || fail "config differs"

# no -c and no user configuration: the installed default, under PREFIX
err=$(env -i HOME="$WORK/home" "$dest/opt/podium/bin/podium" --check 2>&1) && fail "found a config?"
echo "$err" | grep -q "^/opt/podium/share/podium/podium.cfg: cannot read" || fail "default path: $err"

# both pages render without groff warnings
for page in man/podium.1 man/podium.cfg.5 man/podium.5; do
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$ROOT/$page" 2>&1 >/dev/null)
    [ -z "$warn" ] || fail "$page: $warn"
done

make -s -C "$src" uninstall PREFIX=/opt/podium DESTDIR="$dest" >/dev/null || fail "uninstall"
[ ! -e "$dest/opt/podium/bin/podium" ] || fail "uninstall left the binary"
make -s -C "$src" clean && [ ! -e "$src/build" ] || fail "clean left build/"
