#!/usr/bin/env bash
# Configures and builds one build folder: scripts/build.sh [DIR] [BUILD_TYPE].
# The lean static OpenCV (core + imgproc) is built once per machine and cached.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
type=${2:-Release}
opencv_prefix=$(scripts/build-opencv-lean.sh | tail -n 1)
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DVACHAK_OPENCV_LEAN_DIR="$opencv_prefix" >/dev/null
cmake --build "$dir" -j "${VACHAK_JOBS:-2}"
