#!/usr/bin/env bash
# Installs the Debian packages podium needs and are missing.
#   tools/deps.sh build   what `make` needs
#   tools/deps.sh test    that, plus what `make check` needs
#   tools/deps.sh demo    that, plus what `make demo` needs (a live stream)
#   tools/deps.sh fuzz    that, plus what `make fuzz` needs (clang, libFuzzer)
# Uses apt-get directly as root, else through sudo. Does nothing when all
# is there, so it is cheap to run before every build.
set -euo pipefail

# gettext for msgfmt (the catalogues) and xgettext (the template check)
build=(gcc make pkg-config libncurses-dev libconfig-dev libcurl4-openssl-dev libjansson-dev ca-certificates gettext)
# perl (not just perl-base) for PerlIO::encoding in tests/e2e/bigdigits.pl;
# procps for pgrep and ps in the e2e tests and the benchmark; openssl for
# the self-signed certificate of the TLS test.
# locales for the Swedish locale the e2e tests run under (generated below).
# mandoc and groff lint the man pages (make man-lint).
# libxml2-utils (xmllint) and librsvg2-bin (rsvg-convert) read and draw the
# HTML report's page and timeline.
# dpkg-dev, debhelper and lintian build and check the Debian package.
test=(libcmocka-dev tmux man-db groff-base mandoc perl procps python3 ffmpeg openssl locales
      libxml2-utils librsvg2-bin dpkg-dev debhelper lintian)
demo=(python3 ffmpeg)
# clang for libFuzzer; its runtime (libclang_rt.fuzzer) is libclang-rt-dev,
# which clang only recommends
fuzz=(clang libclang-rt-dev)

want=("${build[@]}")
case "${1:-build}" in
    build) ;;
    test) want+=("${test[@]}") ;;
    demo) want+=("${demo[@]}") ;;
    fuzz) want+=("${fuzz[@]}") ;;
    *) echo "usage: $0 build|test|demo|fuzz" >&2; exit 2 ;;
esac

# The Swedish locale, for the tests that run the dashboard under it as a
# Swedish laptop would (another test runs without it: podium speaks
# Swedish on a laptop that lacks it too).
sv_locale() {
    [ "${1:-build}" = test ] || return 0
    locale -a 2>/dev/null | grep -qix 'sv_SE.utf8' && return 0
    command -v localedef >/dev/null || return 0
    echo "podium: generating the sv_SE.UTF-8 locale for the tests" >&2
    "${sudo[@]}" localedef -i sv_SE -c -f UTF-8 sv_SE.UTF-8 >&2 || true
}

sudo=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then
    sudo=(sudo)
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    sv_locale "${1:-build}"
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "podium: please install these packages (no apt-get here): ${missing[*]}" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ] && [ ${#sudo[@]} -eq 0 ]; then
    echo "podium: need root or sudo to install: ${missing[*]}" >&2
    exit 1
fi
echo "podium: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
sv_locale "${1:-build}"
