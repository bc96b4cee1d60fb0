#!/usr/bin/env bash
# Installs what the training recipes and the peer comparisons need on top of
# install-deps.sh: Debian's Devanagari fonts (OCR rendering), Tesseract with its
# Devanagari models (OCR peer), Festival with the Hindi diphone voice and espeak-ng
# (TTS teacher and peer). Not needed to build or test. Idempotent.
set -euo pipefail
exec "$(dirname "$0")/install-deps.sh" \
  fontconfig fonts-deva fonts-sarai fonts-noto-core \
  tesseract-ocr tesseract-ocr-hin tesseract-ocr-mar tesseract-ocr-san tesseract-ocr-nep \
  festival festival-hi festvox-hi-nsk espeak-ng
