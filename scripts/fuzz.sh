#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) and runs one of them:
#   scripts/fuzz.sh TARGET SECONDS     TARGET: model | image | text | ssml | c_api | all
# Seeds come from tests/fuzz/corpus/TARGET (and, for model, the golden and shipped
# models); the growing corpus and any crash go to ${VACHAK_CACHE:-~/.cache/vachak}/fuzz/.
# Prints libFuzzer's final statistics (executions, coverage, corpus); exits non-zero on a
# crash, a leak, a timeout or an out-of-memory, leaving the reproducer beside the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh model|image|text|ssml|c_api|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
if [[ $target == all ]]; then
  for t in model image text ssml c_api; do "$0" "$t" "$seconds"; done
  exit 0
fi
scripts/install-deps.sh >/dev/null
opencv=$(scripts/build-opencv-lean.sh | tail -n 1)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVACHAK_FUZZ=ON \
  -DVACHAK_SANITIZE=address,undefined -DVACHAK_BUILD_TESTS=OFF -DVACHAK_BUILD_BENCH=OFF \
  -DVACHAK_OPENCV_LEAN_DIR="$opencv" >/dev/null
cmake --build build-fuzz -j "${VACHAK_JOBS:-2}" --target "fuzz_$target" >/dev/null
work=${VACHAK_CACHE:-$HOME/.cache/vachak}/fuzz/$target
mkdir -p "$work/corpus" "$work/artifacts"
seeds=(tests/fuzz/corpus/$target)
[[ $target == model ]] && seeds+=(tests/golden models/ocr models/tts)
for s in "${seeds[@]}"; do
  find "$s" -maxdepth 1 -type f \( -name '*.vmdl' -o ! -path '*/models/*' ! -path '*/golden/*' \) \
    -exec cp -n {} "$work/corpus/" \;
done
echo "== fuzz_$target for ${seconds}s (corpus $(ls "$work/corpus" | wc -l) files)"
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
  build-fuzz/tests/fuzz/fuzz_$target "$work/corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -malloc_limit_mb=512 -timeout=60 -max_len=1048576 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  2>"$work/last.log" || { tail -n 60 "$work/last.log"; exit 1; }
grep -E "^(stat::|#[0-9]+.*DONE)" "$work/last.log" | tr '\n' ' '
echo
