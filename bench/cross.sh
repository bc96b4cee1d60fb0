#!/usr/bin/env bash
# An ARM target's figures for bench/RESULTS.md, after VACHAK_CROSS_BENCH=ON scripts/build-cross.sh TARGET:
#   bench/cross.sh arm64|armhf [NATIVE_BUILD_DIR]   (default build; for the comparisons)
# Writes (or replaces) the section between <!-- cross:TARGET --> and <!-- /cross:TARGET -->:
# - stripped sizes: the runtime (loader, planner, interpreter, schema, every kernel: the
#   size probe library), libvachak.so, libvachak_jni.so and the vachak program, beside the
#   native build's;
# - kernel speed under qemu as a ratio: each fast kernel against its reference twin, both
#   emulated (wall time under emulation means little; the ratio says what the NEON paths buy
#   over plain loops on the same emulator), beside the same ratio natively;
# - the benchmark page: the text read under qemu must equal the native build's; peak RSS of
#   the qemu process reading it and reading it aloud (emulator included; qemu running
#   `vachak --version` is given as its floor), and the engine's own accounting (exact).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/cross.sh arm64|armhf [NATIVE_BUILD_DIR]}
native=${2:-build}
case $target in
  arm64) triple=aarch64-linux-gnu qemu=qemu-aarch64 ;;
  armhf) triple=arm-linux-gnueabihf qemu=qemu-arm ;;
  *) echo "bench/cross: unknown target $target (arm64, armhf)" >&2; exit 2 ;;
esac
dir=build-$target
for f in "$dir/apps/vachak" "$dir/bench/kernel_bench" "$dir/bench/engine_workload" "$native/apps/vachak" \
         "$native/bench/kernel_bench"; do
  [[ -x $f ]] || { echo "bench/cross: $f is missing (VACHAK_CROSS_BENCH=ON scripts/build-cross.sh $target; scripts/setup.sh)" >&2; exit 1; }
done
out=bench/RESULTS.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
emu=("$qemu" -L "/usr/$triple")

stripped() {  # STRIP FILE: stripped size in bytes, or - when the file was not built
  [[ -f $2 ]] || { echo -; return; }
  "$1" --strip-all -o "$tmp/stripped" "$2" && stat -c %s "$tmp/stripped"
}
size_row() {  # LABEL PATH (relative to a build folder)
  echo "| $1 | $(stripped "$triple-strip" "$dir/$2") | $(stripped strip "$native/$2") |"
}
source bench/measure.sh  # peak_rss_kb, median_of

# Kernels: median of 3 under qemu and natively; speed-up = reference time / fast time.
kernel_medians() {  # CMD...: "name fast_or_reference microseconds" lines
  "$@" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true --benchmark_format=csv 2>/dev/null |
    awk -F, '/_median"/ {gsub(/"/, ""); n = $1; sub(/^BM_/, "", n); sub(/_median$/, "", n); print n, $4}'
}
kernel_medians "${emu[@]}" "$dir/bench/kernel_bench" >"$tmp/k_target"
kernel_medians "$native/bench/kernel_bench" >"$tmp/k_native"
kernel_rows=$(awk '
  FNR == 1 {file++}
  { kind = ($1 ~ /_fast$/) ? "fast" : "reference"; name = $1; sub(/_(fast|reference)$/, "", name)
    t[file, name, kind] = $2; if (file == 1) names[name] = 1 }
  END { for (n in names) printf "| %s | %.0f | %.0f | %.2f× | %.2f× |\n", n, t[1, n, "fast"], t[1, n, "reference"],
          t[1, n, "reference"] / t[1, n, "fast"], t[2, n, "reference"] / t[2, n, "fast"] }' "$tmp/k_target" "$tmp/k_native" | sort)

# The page: same text, memory, time.
/usr/bin/python3 bench/make_page.py "$tmp/page.png"
"$native/apps/vachak" ocr "$tmp/page.png" >"$tmp/native.txt"
"${emu[@]}" "$dir/apps/vachak" ocr "$tmp/page.png" >"$tmp/target.txt"
if cmp -s "$tmp/native.txt" "$tmp/target.txt"; then same="the same text as the native build (byte for byte)"
else same="**a different text from the native build** ($(diff "$tmp/native.txt" "$tmp/target.txt" | grep -c '^[<>]') lines differ)"; fi
rss_floor=$(peak_rss_kb "${emu[@]}" "$dir/apps/vachak" --version)
rss_ocr=$(peak_rss_kb "${emu[@]}" "$dir/apps/vachak" ocr "$tmp/page.png")
rss_read=$(peak_rss_kb "${emu[@]}" "$dir/apps/vachak" read "$tmp/page.png" -o "$tmp/page.wav")
read -r mapped arena _ <<<"$("${emu[@]}" "$dir/bench/engine_workload" models read "$tmp/page.png")"
t_target=$(median_of 1 "${emu[@]}" "$dir/apps/vachak" ocr "$tmp/page.png")
t_native=$(median_of 1 "$native/apps/vachak" ocr "$tmp/page.png")

section=$(
  echo "<!-- cross:$target -->"
  echo "## $target ($triple), under $("$qemu" --version | head -n 1)"
  echo
  echo "Written by \`bench/cross.sh $target\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)); compiler $("$triple-g++" -dumpfullversion)."
  echo
  echo "| stripped size (bytes) | $target | x86-64 (this machine) |"
  echo "|---|---:|---:|"
  size_row "runtime: loader, planner, interpreter, schema, every kernel (size probe)" runtime/libvachak_runtime_size_probe.so
  size_row "libvachak.so (the C API, everything under it, lean OpenCV)" engine/libvachak.so
  size_row "libvachak_jni.so" engine/libvachak_jni.so
  size_row "vachak (the program)" apps/vachak
  echo
  echo "Kernels (\`bench/kernel_bench\`, median of 3; µs per call under qemu; speed-up = reference / fast, the NEON and vectorized paths against their plain reference twins):"
  echo
  echo "| kernel | fast under qemu (µs) | reference under qemu (µs) | speed-up under qemu | speed-up on x86-64 |"
  echo "|---|---:|---:|---:|---:|"
  echo "$kernel_rows"
  echo
  echo "The benchmark page (\`bench/make_page.py\`, 300-dpi A4, 40 lines): read under qemu, $same."
  echo "\`vachak ocr\` took ${t_target} s under qemu against ${t_native} s natively (one run each; $(awk -v a="$t_target" -v b="$t_native" 'BEGIN {printf "%.1f", a / b}')× — the emulator's cost, not the target's speed)."
  echo
  echo "| peak RSS of the qemu process (KB; emulator included) | |"
  echo "|---|---:|"
  echo "| \`vachak --version\` (the floor: emulator + program start) | $rss_floor |"
  echo "| \`vachak ocr PAGE\` | $rss_ocr |"
  echo "| \`vachak read PAGE -o OUT.wav\` | $rss_read |"
  echo "| the engine's own accounting on $target for \`read\` (\`bench/engine_workload\`) | $mapped B mapped, $arena B arena |"
  echo "<!-- /cross:$target -->"
)

# Replace this target's section, or append it.
printf '%s\n' "$section" >"$tmp/section"
awk -v start="<!-- cross:$target -->" -v stop="<!-- /cross:$target -->" -v file="$tmp/section" '
  $0 == start {skip = 1; while ((getline l < file) > 0) print l; done = 1}
  !skip {print}
  $0 == stop {skip = 0}
  END {if (!done) {print ""; while ((getline l < file) > 0) print l}}' "$out" >"$tmp/out"
mv "$tmp/out" "$out"
printf '%s\n' "$section"
