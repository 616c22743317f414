# The Debian package, as Debian ships tig and htop: dpkg-buildpackage
# builds podium_VERSION_ARCH.deb from the tree (debian/, dh), lintian
# finds nothing to say, and the package unpacked into a temporary root
# holds the binary, podium-mirror, the man pages in both languages, the
# default programme and the catalogue, and runs from there: --version,
# --check of its default programme, and --help in Swedish.
. "$(dirname "$0")/lib.sh"

for tool in dpkg-buildpackage dh lintian; do
    command -v "$tool" >/dev/null || fail "$tool is missing (make check installs it)"
done
src=$WORK/src
mkdir -p "$src"
(cd "$ROOT" && cp -r Makefile src conf man po tools debian "$src/")
(cd "$src" && dpkg-buildpackage -us -uc -b) > "$WORK/build.log" 2>&1 ||
    fail "dpkg-buildpackage failed: $(tail -20 "$WORK/build.log")"
version=$(sed -n 's/^VERSION *:= *//p' "$ROOT/Makefile")
deb=$WORK/podium_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "no $deb: $(ls "$WORK")"
# the changelog's version is the Makefile's
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), not $version"

said=$(lintian --no-tag-display-limit "$deb" 2>/dev/null | grep -E '^[EWI]:')
[ -z "$said" ] || fail "lintian: $said"

root=$WORK/root
dpkg-deb -x "$deb" "$root"
for f in bin/podium bin/podium-mirror share/man/man1/podium.1.gz share/man/man1/podium-mirror.1.gz \
    share/man/man5/podium.5.gz share/man/man5/podium.cfg.5.gz share/man/sv/man1/podium.1.gz \
    share/podium/podium.cfg share/locale/sv/LC_MESSAGES/podium.mo share/doc/podium/copyright; do
    [ -f "$root/usr/$f" ] || fail "not in the package: /usr/$f"
done
bin=$root/usr/bin/podium
run() { env -i PATH=/usr/bin:/bin HOME="$WORK/home" TERM=dumb "$@"; }
[ "$(run "$bin" --version)" = "podium $version" ] || fail "--version: $(run "$bin" --version)"
out=$(run "$bin" --check -c "$root/usr/share/podium/podium.cfg" 2>&1) || fail "--check: $out"
grep -q "Tid för press/media" <<<"$out" || fail "--check lists no agenda: $out"
# built for /usr: without -c it looks for the default programme there
out=$(run "$bin" --check 2>&1)
grep -q "/usr/share/podium/podium.cfg" <<<"$out" || fail "default programme not under /usr: $out"
# the catalogue comes with it: Swedish from the unpacked tree
out=$(run LANG=sv_SE.UTF-8 "$bin" --help)
grep -q "^Användning: podium" <<<"$out" || fail "--help is not Swedish: $(head -3 <<<"$out")"
grep -q "podium report \[--csv | --html\]" <<<"$out" || fail "--help: $(head -8 <<<"$out")"
# the Swedish page is where man looks for it
zcat "$root/usr/share/man/sv/man1/podium.1.gz" | grep -q '^\.SH BESKRIVNING' || fail "sv man page"
exit 0
