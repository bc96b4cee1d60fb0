#!/usr/bin/env bash
# The heap one speech call uses beyond the loaded voice (limits::kSpeechCallBytes): peak
# heap (heaptrack) of `vachak tts` on one word, on 200 lines and on the same 20 KB of text
# as one line. Speech is read a piece at a time, so the long texts should peak only a
# little above the one word.
#   bench/speech_heap.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
vachak=${1:-build}/apps/vachak
command -v heaptrack >/dev/null || { echo "needs heaptrack (apt-get install heaptrack)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp" <<'PY'
import sys
s = "भारत एक विशाल देश है, और हिंदी उसकी राजभाषा है। कक्षा 1,2,3 के छात्र 23/11/2026 को ₹1.5 करोड़ लेकर आए। " * 200
open(sys.argv[1] + "/lines.txt", "w").write(s.replace("। ", "।\n"))
open(sys.argv[1] + "/one_line.txt", "w").write(s)
PY
peak() {
  heaptrack -o "$tmp/ht" "$vachak" tts -o "$tmp/x.wav" "$@" >/dev/null 2>&1
  heaptrack_print "$tmp/ht.zst" 2>/dev/null | sed -n 's/^peak heap memory consumption: //p'
  rm -f "$tmp/ht.zst"
}
echo "one word:               $(peak "नमस्ते")"
echo "200 lines (20 KB):      $(peak -f "$tmp/lines.txt")"
echo "one line of 20 KB:      $(peak -f "$tmp/one_line.txt")"
