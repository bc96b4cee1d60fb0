#!/usr/bin/env bash
# Installs the Debian packages Vachak builds, tests and trains with, plus any packages
# given as arguments (scripts/install-train-deps.sh passes its own). Idempotent: when
# everything is present it does not touch apt at all.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config dpkg-dev
  libprotobuf-dev protobuf-compiler
  libpng-dev libjpeg-dev zlib1g-dev libicu-dev libsndfile1-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  openjdk-17-jdk-headless  # the JNI binding and its Java test
  valgrind                 # helgrind on multi-threaded OCR
  poppler-utils qpdf libxml2-utils  # output-format tests: pdftotext, qpdf, xmllint (hOCR, ALTO)
  speech-dispatcher speech-dispatcher-audio-plugins python3-speechd  # sd_vachak's test: a real daemon and client
  clang libclang-rt-14-dev # libFuzzer harnesses (scripts/fuzz.sh)
  # the Python side: export, golden vectors, training recipes
  time
  python3-torch python3-numpy python3-protobuf python3-pil python3-scipy libraqm0 python3-fonttools python3-brotli
  libopenblas0-pthread
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  # One status line per installed architecture (a cross build adds :arm64 copies).
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
