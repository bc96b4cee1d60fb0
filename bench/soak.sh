#!/usr/bin/env bash
# The soak section of bench/RESULTS.md: bench/soak on one engine, 1,000 OCR calls of a
# text line and 10,000 sentences of speech (bench/texts/hi-1000words.txt, a line each).
#   bench/soak.sh [BUILD_DIR]   (bench/run.sh calls it)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
/usr/bin/time -f "%e %M" -o "$out.time" "$build/bench/soak" models tests/ocr/regression/line0000.png 1000 \
  bench/texts/hi-1000words.txt 10000 >"$out"
read -r secs peak <"$out.time"
rm -f "$out.time"
echo "Soak (\`bench/soak\`, one engine, no ceiling): resident memory (VmRSS, KB) after each tenth of 1,000"
echo "OCR calls on \`tests/ocr/regression/line0000.png\`, then of 10,000 sentences spoken (the lines"
echo "of \`bench/texts/hi-1000words.txt\` in turn); \`vachak_trim\` halfway through each. $secs s, peak"
echo "RSS $peak KB."
echo
echo '```'
cat "$out"
echo '```'
