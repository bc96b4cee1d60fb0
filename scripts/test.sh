#!/usr/bin/env bash
# The whole test suite: the release build's ctest (unit, differential, golden, budget
# and Python tests), then the runtime suites again under AddressSanitizer + UBSan
# (truncated and bit-flipped model files must never crash).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${VACHAK_JOBS:-2}

scripts/install-deps.sh
scripts/build.sh build Release

echo "== ctest (release build)"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== ctest (address + undefined sanitizers: runtime suites)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVACHAK_SANITIZE=address,undefined \
  -DVACHAK_BUILD_BENCH=OFF -DVACHAK_OPENCV_LEAN_DIR="$(scripts/build-opencv-lean.sh | tail -n 1)" >/dev/null
cmake --build build-asan -j "$jobs" --target runtime_tests kernel_tests ocr_tests lang_tests tts_tests engine_tests speechd_tests vachak
# jni_java_test runs in the release stage: a JVM cannot load an ASan-instrumented library
# without preloading libasan into java itself; helgrind (valgrind) cannot run an ASan
# binary either; cli_hostile_inputs checks peak RSS, which ASan's shadow memory and
# quarantine inflate (it runs in the release stage); install_and_consume packages and links
# the installed library into an uninstrumented consumer, and speech_dispatcher_module runs
# the release sd_vachak under a daemon (both in the release stage).
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" \
  -E '^(runtime_library_size_budget|python_export_tests|jni_java_test|ocr_two_threads_helgrind|cli_hostile_inputs|install_and_consume|speech_dispatcher_module)$'

echo "== ctest (thread sanitizer: the C API and OCR's worker threads)"
# Several engines on several threads, one engine from several threads, destroy and trim
# while another thread speaks, OCR lines read on two threads.
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVACHAK_SANITIZE=thread \
  -DVACHAK_BUILD_BENCH=OFF -DVACHAK_OPENCV_LEAN_DIR="$(scripts/build-opencv-lean.sh | tail -n 1)" >/dev/null
cmake --build build-tsan -j "$jobs" --target engine_tests ocr_tests
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir build-tsan --output-on-failure -j "$jobs" -R '^(CApi|CApiThreads|CApiMisuse|RunInOrder|CppWrapper)'

echo "== arm64: the cross build's kernels, golden models (bit for bit) and OCR regression under qemu-user"
# The whole suite runs under qemu with `scripts/build-cross.sh arm64` (about an hour on two
# cores: speech and the threaded engine tests are slow to emulate); here the parts that
# depend on the target: every kernel against its reference twin and the dot paths (NEON),
# the golden models, the voice's inputs and vocoder against numpy, the OCR regression set's
# CER, and the sample pages read with the same text as the native build.
VACHAK_CROSS_TARGETS="vachak runtime_tests kernel_tests tts_tests lang_tests" \
VACHAK_CROSS_CTEST_ARGS="-R ^(AllGoldens/Golden|Conv2d|DepthwiseConv2d|FullyConnected|Recurrent|DotPaths|Elementwise|Softmax|Pool2d|Quantize|ShapeOps|Intonation|Vocoder|PhoneInputs|LanguageRegistry|ocr_regression_cer$)" \
  scripts/build-cross.sh arm64

echo "== fuzzing (libFuzzer, ASan + UBSan): a short run of every harness"
# scripts/fuzz.sh TARGET SECONDS runs one for longer; the seeds are in tests/fuzz/corpus.
for target in model image text ssml c_api lexicon; do scripts/fuzz.sh "$target" "${VACHAK_FUZZ_SECONDS:-20}"; done
