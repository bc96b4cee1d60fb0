#!/usr/bin/env bash
# Installs what the training recipes and the peer comparisons need on top of
# install-deps.sh: Debian's Devanagari fonts (OCR rendering), Tesseract with its
# Devanagari models (OCR peer), Festival with the Hindi diphone voice and espeak-ng
# (TTS teacher and peer). Not needed to build or test. Idempotent.
set -euo pipefail
"$(dirname "$0")/install-deps.sh"

packages=(
  fontconfig fonts-deva fonts-sarai fonts-noto-core
  tesseract-ocr tesseract-ocr-hin tesseract-ocr-mar tesseract-ocr-san tesseract-ocr-nep
  festival festival-hi festvox-hi-nsk espeak-ng
)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-train-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-train-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
