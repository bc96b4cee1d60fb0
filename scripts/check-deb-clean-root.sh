#!/usr/bin/env bash
# Installs a Vachak .deb into a throwaway Debian 12 root (debootstrap minbase: nothing of
# this machine's), with apt resolving its dependencies, and uses it there: `vachak ocr` on
# a page, every output format, `vachak tts`, and a C program built against the installed
# headers and libvachak (pkg-config). Needs root and Debian's archive (the mirror of this
# machine's apt sources). Takes a few minutes; not part of the test command.
#   scripts/check-deb-clean-root.sh [PATH.deb]    (default: builds one with cpack from build/)
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
deb=${1:-}
if [[ -z $deb ]]; then
  mkdir -p build/deb
  (cd build/deb && cpack -G DEB --config ../CPackConfig.cmake -B . >/dev/null)
  deb=$(ls -t build/deb/vachak_*.deb | head -n 1)
fi
deb=$(realpath "$deb")
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
[[ -n $mirror ]] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list)
root=$(mktemp -d /tmp/vachak-clean-root-XXXXXX)
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
echo "== debootstrap bookworm (minbase) into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || { tail -20 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/vachak.deb"
cp tests/ocr/regression/page00.png tests/install/consumer/consumer.c "$root/tmp/"
echo "== apt-get install ./vachak.deb (dependencies from the archive)"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/vachak.deb gcc libc6-dev pkg-config >/dev/null'
echo "== in the clean root"
chroot "$root" sh -ec '
  cd /tmp
  vachak --version | head -n 2
  vachak ocr page00.png > page.txt
  test -s page.txt
  vachak ocr page00.png --format txt,json,hocr,alto,tsv,pdf -o page
  ls -l page.txt page.json page.hocr page.xml page.tsv page.pdf
  vachak tts -o hello.wav "नमस्ते, यह वाचक है।"
  test -s hello.wav
  gcc consumer.c -o consumer $(pkg-config --cflags --libs vachak)
  ./consumer "$(pkg-config --variable=modeldir vachak)" page00.png > api.txt
  cmp page.txt api.txt
  head -n 3 page.txt
'
echo "clean-root check passed: $(basename "$deb")"
