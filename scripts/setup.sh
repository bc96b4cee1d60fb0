#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build (Release), and
# run the main job on a sample. Safe to run again: every step skips work already done.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build Release

echo "== vachak --version"
build/apps/vachak --version
echo "== sample job: read a page of Devanagari (a held-out font) with the shipped model"
build/apps/vachak ocr tests/ocr/regression/page00.png
echo "== the runtime alone: the tiny CRNN golden model, checked bit for bit against Python"
build/apps/vachak run tests/golden/crnn_tiny.vmdl --golden tests/golden/crnn_tiny.golden.txt --repeat 20
if [[ -f models/tts/hin-acoustic.vmdl ]]; then
  echo "== sample job: speak a sentence, then read the sample page aloud (WAVs in build/)"
  build/apps/vachak tts -o build/sample-tts.wav "नमस्ते! यह वाचक है, जो हिंदी पढ़ता और बोलता है। आज 27 नवंबर 2026 है।"
  build/apps/vachak read tests/ocr/regression/page00.png -o build/sample-read.wav
fi
