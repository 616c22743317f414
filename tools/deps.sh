#!/usr/bin/env bash
# Installs the Debian packages podium needs and are missing.
#   tools/deps.sh build   what `make` needs
#   tools/deps.sh test    that, plus what `make check` needs
#   tools/deps.sh demo    that, plus what `make demo` needs (a live stream)
# Uses apt-get directly as root, else through sudo. Does nothing when all
# is there, so it is cheap to run before every build.
set -euo pipefail

build=(gcc make pkg-config libncurses-dev libconfig-dev libcurl4-openssl-dev libjansson-dev ca-certificates)
# perl (not just perl-base) for PerlIO::encoding in tests/e2e/bigdigits.pl;
# procps for pgrep and ps in the e2e tests and the benchmark; openssl for
# the self-signed certificate of the TLS test.
test=(libcmocka-dev tmux man-db groff-base perl procps python3 ffmpeg openssl)
demo=(python3 ffmpeg)

want=("${build[@]}")
case "${1:-build}" in
    build) ;;
    test) want+=("${test[@]}") ;;
    demo) want+=("${demo[@]}") ;;
    *) echo "usage: $0 build|test|demo" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "podium: please install these packages (no apt-get here): ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "podium: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "podium: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
