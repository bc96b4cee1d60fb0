#!/usr/bin/env bash
# Measures the foundation's figures and writes them to bench/RESULTS.md (the README
# quotes that file). Speed: medians over repeated runs; memory: peak RSS of the whole
# process from /usr/bin/time -v. Run after scripts/setup.sh: bench/run.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=bench/RESULTS.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source bench/measure.sh  # peak_rss_kb, median_of

# A 300-dpi A4 page of Devanagari text, rendered with a Debian font.
/usr/bin/python3 bench/make_page.py "$tmp/page.png"

strip --strip-all -o "$tmp/rt.so" "$build/runtime/libvachak_runtime_size_probe.so"
lib_bytes=$(stat -c %s "$tmp/rt.so")
rss_probe=$(peak_rss_kb "$build/bench/footprint_probe" tests/budgets/blank16.pgm tests/golden/crnn_tiny.vmdl tests/golden/crnn_tiny.golden.txt)
rss_page=$(peak_rss_kb "$build/bench/footprint_probe" "$tmp/page.png" tests/golden/crnn_tiny.vmdl tests/golden/crnn_tiny.golden.txt)
rss_version=$(peak_rss_kb "$build/apps/vachak" --version)
run_line=$("$build/apps/vachak" run tests/golden/crnn_tiny.vmdl --golden tests/golden/crnn_tiny.golden.txt --repeat 200 | awk '/invoke/ {print $3" "$4}')
page_ms=$(for i in 1 2 3 4 5; do /usr/bin/time -f "%e" "$build/bench/footprint_probe" "$tmp/page.png" tests/golden/crnn_tiny.vmdl tests/golden/crnn_tiny.golden.txt 2>&1 >/dev/null; done | sort -n | sed -n 3p)

# The OCR page against Tesseract (Debian's hin model, one thread), same image.
ocr_s=$(median_of 5 "$build/apps/vachak" ocr "$tmp/page.png")
ocr_rss=$(peak_rss_kb "$build/apps/vachak" ocr "$tmp/page.png")
tess_s=-; tess_rss=-
if command -v tesseract >/dev/null && [[ -f /usr/share/tesseract-ocr/5/tessdata/hin.traineddata ]]; then
  tess_s=$(OMP_THREAD_LIMIT=1 median_of 3 tesseract "$tmp/page.png" stdout -l hin)
  tess_rss=$(OMP_THREAD_LIMIT=1 peak_rss_kb tesseract "$tmp/page.png" stdout -l hin)
fi

# Speech: 200 words and 1,000 words of held-out Hindi text (bench/texts), WAV to a file.
tts_row() {  # text file [runs, default 3] -> median "wall s | cpu s | peak KB | audio s | RTF | first audio ms"
  local f=$1 runs=${2:-3} walls=() line
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$build/apps/vachak" tts -f "$f" -o "$tmp/tts.wav" 2>"$tmp/tts.err"
    line=$(tail -n 1 "$tmp/tts.err")
    walls+=("$(cat "$tmp/time") $(echo "$line" | sed -E 's/.* ([0-9.]+) s of audio.*factor ([0-9.]+)\), first audio after ([0-9.]+) ms/\1 \2 \3/')")
  done
  printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p" |
    awk '{printf "%.3f s | %.3f s | %d KB | %.1f s | %.4f | %.1f ms", $1, $2+$3, $4, $5, $6, $7}'
}
tts200=-; tts1000=-; tts10k=-
if [[ -f models/tts/hin-acoustic.vmdl ]]; then
  tts200=$(tts_row bench/texts/hi-200words.txt)
  tts1000=$(tts_row bench/texts/hi-1000words.txt)
  # Memory must not grow with the text: 10x the 1,000 words, once.
  for _ in $(seq 10); do cat bench/texts/hi-1000words.txt; done >"$tmp/hi-10k.txt"
  tts10k=$(tts_row "$tmp/hi-10k.txt" 1)
  rm -f "$tmp/tts.wav"
fi
# Reading the 300-dpi page aloud (OCR + speech through the C API).
read_row=-
if [[ -f models/tts/hin-acoustic.vmdl ]]; then
  read_row=$(for _ in 1 2 3; do
      /usr/bin/time -f "%e %U %S %M" -o "$tmp/rtime" "$build/apps/vachak" read "$tmp/page.png" -o "$tmp/read.wav" 2>"$tmp/read.err"
      echo "$(cat "$tmp/rtime") $(tail -n 1 "$tmp/read.err" | sed -E 's/.* ([0-9.]+) s of audio in .*first audio after ([0-9.]+) ms; engine: ([0-9]+) B of models mapped, ([0-9]+) B arena/\1 \2 \3 \4/')"
    done | sort -n | sed -n 2p |
    awk '{printf "%.3f s | %.3f s | %d KB | %.1f s | %.1f ms | %d B mapped, %d B arena", $1, $2+$3, $4, $5, $6, $7, $8}')
fi
espeak200=-
if command -v espeak-ng >/dev/null; then
  espeak200=$(for _ in 1 2 3; do /usr/bin/time -f "%e %U %S %M" espeak-ng -v hi -f bench/texts/hi-200words.txt -w "$tmp/es.wav" 2>&1 >/dev/null | tail -n 1; done |
    sort -n | sed -n 2p | awk '{printf "%.3f s | %.3f s | %d KB", $1, $2+$3, $4}')
fi
# Festival's hindi_NSK diphone voice on the same 200 words, given our phones and
# durations (bench/festival_job.py: its own front end cannot read the text); audio
# seconds from its wavs.
festival200=-
if command -v festival >/dev/null && [[ -d /usr/share/festival/voices/hindi/hindi_NSK_diphone ]]; then
  mkdir -p "$tmp/fest"
  /usr/bin/python3 bench/festival_job.py bench/texts/hi-200words.txt "$build/apps/vachak" "$tmp/fest"
  festival200=$(for _ in 1 2 3; do
      rm -f "$tmp"/fest/*.wav
      /usr/bin/time -f "%e %U %S %M" festival -b "$tmp/fest/job.scm" 2>&1 >/dev/null | tail -n 1
    done | sort -n | sed -n 2p)
  fest_audio=$(/usr/bin/python3 -c "import glob, wave, sys; print(sum(w.getnframes() / w.getframerate() for w in map(wave.open, glob.glob(sys.argv[1] + '/*.wav'))))" "$tmp/fest")
  festival200=$(echo "$festival200 $fest_audio" | awk '{printf "%.3f s | %.3f s | %d KB | %.1f s | %.4f |", $1, $2+$3, $4, $5, $1/$5}')
fi

# The canonical workloads through the C API (bench/engine_workload.cc): wall, CPU and peak
# RSS (median of 5 by wall time), peak heap (heaptrack, one run, when installed) and the
# engine's own accounting.
workload_row() {  # name what file [threads]
  local runs heap=- threads=${4:-1}
  runs=$(for _ in 1 2 3 4 5; do
      /usr/bin/time -f "%e %U %S %M" -o "$tmp/wtime" "$build/bench/engine_workload" models "$2" "$3" "$threads" >"$tmp/wout"
      echo "$(cat "$tmp/wtime") $(cat "$tmp/wout")"
    done | sort -n | sed -n 3p)
  if command -v heaptrack >/dev/null && command -v heaptrack_print >/dev/null; then
    heaptrack -o "$tmp/heap" "$build/bench/engine_workload" models "$2" "$3" "$threads" >/dev/null 2>&1 || true
    heap=$(heaptrack_print "$tmp"/heap.*zst 2>/dev/null | awk -F': ' '/peak heap memory consumption/ {print $2}')
    rm -f "$tmp"/heap.*
  fi
  echo "$runs" | awk -v name="$1" -v heap="${heap:--}" \
    '{printf "| %s | %.3f s | %.3f s | %d KB | %s | %d B mapped, %d B arena |", name, $1, $2+$3, $4, heap, $5, $6}'
}
workloads=()
workloads+=("$(workload_row "OCR, one text line (tests/ocr/regression/line0000.png)" ocr tests/ocr/regression/line0000.png)")
workloads+=("$(workload_row "OCR, the 300-dpi page above" ocr "$tmp/page.png")")
workloads+=("$(workload_row "OCR, the 300-dpi page above, 2 threads (vachak_config.threads)" ocr "$tmp/page.png" 2)")
if [[ -f models/tts/hin-acoustic.vmdl ]]; then
  workloads+=("$(workload_row "TTS, 200 words (bench/texts/hi-200words.txt)" tts bench/texts/hi-200words.txt)")
  workloads+=("$(workload_row "read aloud, the 300-dpi page above" read "$tmp/page.png")")
  workloads+=("$(workload_row "read aloud, the 300-dpi page above, 2 threads" read "$tmp/page.png" 2)")
fi

soak_section=$(bench/soak.sh "$build")
languages_section=$(bench/speech_languages.sh "$build")
# The ARM targets' sections (bench/cross.sh writes them) are kept as they are.
cross_sections=""
[[ -f $out ]] && cross_sections=$(awk '/^<!-- cross:/ {keep = 1} keep {print} /^<!-- \/cross:/ {keep = 0; print ""}' "$out")

"$build/bench/kernel_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=csv 2>/dev/null | grep '_median"' >"$tmp/kernels.csv"

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(. /etc/os-release; echo "$PRETTY_NAME")."
  echo
  echo "| what | figure |"
  echo "|---|---|"
  echo "| runtime library (loader, planner, interpreter, schema, every kernel), stripped | $lib_bytes bytes |"
  echo "| peak RSS, \`vachak --version\` | $rss_version KB |"
  echo "| peak RSS, whole library stack on a blank image + tiny CRNN (footprint_probe) | $rss_probe KB |"
  echo "| peak RSS, footprint_probe on a 300-dpi A4 page of 40 Devanagari lines (decode, illumination, binarize, layout) | $rss_page KB |"
  echo "| wall time, footprint_probe on that page (median of 5) | $page_ms s |"
  echo "| tiny CRNN golden model, one invoke (median of 200) | $run_line |"
  echo "| \`vachak ocr\` on that page: wall time (median of 5) / peak RSS | $ocr_s s / $ocr_rss KB |"
  echo "| \`tesseract -l hin\` (one thread) on that page: wall time (median of 3) / peak RSS | $tess_s s / $tess_rss KB |"
  echo
  echo "The canonical workloads through the C API (\`bench/engine_workload\`, one process each: engine created, one call, destroyed; median of 5 by wall time; peak heap from heaptrack, one run; the engine's accounting from \`vachak_get_stats\` with its models loaded):"
  echo
  echo "| workload | wall | CPU | peak RSS | peak heap | engine accounting |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${workloads[@]}"
  echo
  echo "Speech (\`vachak tts -f TEXT -o FILE.wav\`, median of 3 by wall time; RTF = wall / audio; first audio = time to the first PCM chunk inside the process):"
  echo
  echo "| text | wall | CPU | peak RSS | audio | RTF | first audio |"
  echo "|---|---|---|---|---|---|---|"
  echo "| 200 words (bench/texts/hi-200words.txt) | $tts200 |"
  echo "| 1,000 words (bench/texts/hi-1000words.txt) | $tts1000 |"
  echo "| 10,000 words (that text 10 times, one run: memory must not grow) | $tts10k |"
  echo "| espeak-ng -v hi, 200 words, same text | $espeak200 | | | |"
  echo "| Festival hindi_NSK diphones, same 200 words given our phones and durations (bench/festival_job.py) | $festival200 |"
  echo
  echo "$languages_section"
  echo
  echo "Reading the page above aloud (\`vachak read PAGE -o FILE.wav\`, OCR + speech through the C API, median of 3):"
  echo
  echo "| wall | CPU | peak RSS | audio | first audio | engine accounting |"
  echo "|---|---|---|---|---|---|"
  echo "| $read_row |"
  echo
  echo "$soak_section"
  echo
  echo "Kernels (median of 5 repetitions; items = multiply-accumulates, or elements for softmax):"
  echo
  echo "| kernel | time per call (µs) | items/s |"
  echo "|---|---|---|"
  awk -F, '{gsub(/"/,""); name=$1; sub(/^BM_/,"",name); sub(/_median$/,"",name); printf "| %s | %.1f | %.3g |\n", name, $4, $7}' "$tmp/kernels.csv"
  if [[ -n $cross_sections ]]; then echo; echo "$cross_sections"; fi
} >"$out.new"
mv "$out.new" "$out"
cat "$out"
