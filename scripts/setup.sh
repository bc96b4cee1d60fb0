#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build (Release),
# and run the sample job. Safe to run again: every step skips work already done.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build Release

echo "== vachak --version"
build/apps/vachak --version
echo "== sample job: the tiny CRNN golden model through the runtime, checked bit for bit"
build/apps/vachak ops tests/golden/crnn_tiny.vmdl
build/apps/vachak run tests/golden/crnn_tiny.vmdl --golden tests/golden/crnn_tiny.golden.txt --repeat 20
