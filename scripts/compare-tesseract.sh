#!/usr/bin/env bash
# Tesseract (Debian's tesseract-ocr-<lang>, one thread) and Vachak on the same folder of
# NAME.png|jpg + NAME.gt.txt pairs, scored by the same code (`vachak eval ocr`), with
# seconds per image and the largest peak RSS (/usr/bin/time) of each engine.
#   scripts/compare-tesseract.sh DIR [BUILD_DIR] [LANG] [VACHAK_LANG]
# LANG is Tesseract's (hin, ben, or a script model such as Bengali); VACHAK_LANG is ours
# (default LANG).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
build=${2:-build}
lang=${3:-hin}
vachak_lang=${4:-$lang}
command -v tesseract >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr "tesseract-ocr-$lang" >/dev/null
export OMP_THREAD_LIMIT=1
images=$(find "$dir" -maxdepth 1 \( -name "*.png" -o -name "*.jpg" \) | sort)
n=$(echo "$images" | wc -l)

psm_for() {  # line images (short) are one text line; pages get automatic layout
  local h
  h=$(/usr/bin/python3 -c "from PIL import Image; print(Image.open('$1').height)")
  if ((h < 160)); then echo 7; else echo 3; fi
}
timings=$(mktemp)
trap 'rm -f "$timings"' EXIT
run_timed() { /usr/bin/time -a -o "$timings" -f "%e %M" "$@" >/dev/null 2>&1; }
summary() { awk '{t += $1; if ($2 > m) m = $2} END {print t, m}' "$timings"; }

for img in $images; do
  run_timed tesseract "$img" "${img%.*}.tess" -l "$lang" --psm "$(psm_for "$img")"
  mv "${img%.*}.tess.txt" "${img%.*}.tesseract.txt"
done
tess_stats=$(summary)
: >"$timings"
for img in $images; do run_timed "$build/apps/vachak" ocr --lang "$vachak_lang" "$img"; done
vachak_stats=$(summary)

echo "== Tesseract $(tesseract --version 2>&1 | head -1 | awk '{print $2}') -l $lang (one thread)"
"$build/apps/vachak" eval ocr "$dir" --hypotheses .tesseract.txt 2>/dev/null | tail -n 1
echo "== Vachak"
"$build/apps/vachak" eval ocr "$dir" --lang "$vachak_lang" 2>/dev/null | tail -n 1
echo
per_image() { awk -v t="$1" -v n="$n" 'BEGIN {printf "%.3f", t / n}'; }
printf "%-10s %12s %14s\n" engine "s/image" "peak RSS (KB)"
printf "%-10s %12s %14s\n" tesseract "$(per_image "${tess_stats% *}")" "${tess_stats#* }"
printf "%-10s %12s %14s\n" vachak "$(per_image "${vachak_stats% *}")" "${vachak_stats#* }"
