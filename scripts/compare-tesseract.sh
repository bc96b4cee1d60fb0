#!/usr/bin/env bash
# Tesseract (Debian's tesseract-ocr-hin, one thread) and Vachak on the same folder of
# NAME.png + NAME.gt.txt pairs, scored by the same code (`vachak eval ocr`), with seconds
# per image and peak RSS (/usr/bin/time -v) for both.
#   scripts/compare-tesseract.sh DIR [BUILD_DIR] [LANG]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
build=${2:-build}
lang=${3:-hin}
command -v tesseract >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr "tesseract-ocr-$lang" >/dev/null
export OMP_THREAD_LIMIT=1
images=$(ls "$dir"/*.png "$dir"/*.jpg 2>/dev/null | sort)
n=$(echo "$images" | wc -l)

stats() {  # prints "<total seconds> <max peak RSS KB>" for a command run once per image
  local total=0 peak=0 out
  for img in $images; do
    out=$( { /usr/bin/time -f "%e %M" "$@" "$img" >/dev/null; } 2>&1 | tail -n 1)
    total=$(awk -v a="$total" -v b="${out% *}" 'BEGIN {print a + b}')
    ((${out#* } > peak)) && peak=${out#* }
  done
  echo "$total $peak"
}

# Tesseract: line images use --psm 7 (one line), pages --psm 3 (automatic layout).
for img in $images; do
  h=$(/usr/bin/python3 -c "from PIL import Image; print(Image.open('$img').height)")
  psm=3; ((h < 160)) && psm=7
  tesseract "$img" "${img%.*}.tess" -l "$lang" --psm $psm >/dev/null 2>&1
  mv "${img%.*}.tess.txt" "${img%.*}.tesseract.txt"
done
tess_stats=$(stats tesseract -l "$lang" --psm 3 - stdout)
vachak_stats=$(stats "$build/apps/vachak" ocr)

echo "== Tesseract $(tesseract --version 2>&1 | head -1 | awk '{print $2}') -l $lang (one thread)"
"$build/apps/vachak" eval ocr "$dir" --hypotheses .tesseract.txt | tail -n 1
echo "== Vachak"
"$build/apps/vachak" eval ocr "$dir" | tail -n 1
echo
printf "%-10s %12s %14s\n" engine "s/image" "peak RSS (KB)"
per_image() { awk -v t="$1" -v n="$n" 'BEGIN {printf "%.3f", t / n}'; }
printf "%-10s %12s %14s\n" tesseract "$(per_image "${tess_stats% *}")" "${tess_stats#* }"
printf "%-10s %12s %14s\n" vachak "$(per_image "${vachak_stats% *}")" "${vachak_stats#* }"
