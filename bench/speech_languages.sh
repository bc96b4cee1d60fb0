#!/usr/bin/env bash
# Speech in every spoken language (issue #16's budgets: RTF, first audio and peak RSS as
# Hindi's): the first 40 lines of each language's FLORES dev text (../shared; never the
# devtest split), `vachak tts --lang L -f TEXT -o FILE.wav`, median of 3 by wall time, with
# espeak-ng's voice for the language on the same text beside it. Prints a Markdown section.
#   bench/speech_languages.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
flores=../shared/corpora/flores200-dev
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# code  FLORES file  espeak-ng voice
rows="hin hin_Deva hi
mar mar_Deva mr
nep npi_Deva ne
ben ben_Beng bn
asm asm_Beng as
pan pan_Guru pa
guj guj_Gujr gu
ori ory_Orya or
tam tam_Taml ta
tel tel_Telu te
kan kan_Knda kn
mal mal_Mlym ml"

spoken=$("$build/apps/vachak" languages | awk 'NR > 1 && $NF == "yes" {print $1}')
echo "Speech per language (\`bench/speech_languages.sh\`: the first 40 lines of FLORES dev, \`vachak tts --lang L\`, median of 3 by wall time; espeak-ng's voice for the language on the same text, median of 3):"
echo
echo "| language | words | wall | peak RSS | audio | RTF | first audio | espeak-ng wall |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
while read -r code file voice; do
  grep -qx "$code" <<<"$spoken" || continue
  [[ -f $flores/$file.dev ]] || continue
  head -n 40 "$flores/$file.dev" >"$tmp/text.txt"
  words=$(wc -w <"$tmp/text.txt")
  ours=$(for _ in 1 2 3; do
      /usr/bin/time -f "%e %M" -o "$tmp/time" "$build/apps/vachak" tts --lang "$code" -f "$tmp/text.txt" -o "$tmp/out.wav" 2>"$tmp/err"
      echo "$(cat "$tmp/time") $(tail -n 1 "$tmp/err" | sed -E 's/.* ([0-9.]+) s of audio.*factor ([0-9.]+)\), first audio after ([0-9.]+) ms/\1 \2 \3/')"
    done | sort -n | sed -n 2p | awk '{printf "%.2f s | %d KB | %.1f s | %.4f | %.1f ms", $1, $2, $3, $4, $5}')
  espeak=-
  if command -v espeak-ng >/dev/null; then
    espeak=$(for _ in 1 2 3; do /usr/bin/time -f "%e" espeak-ng -v "$voice" -f "$tmp/text.txt" -w "$tmp/es.wav" 2>&1 >/dev/null | tail -n 1; done |
      sort -n | sed -n 2p | awk '{printf "%.2f s", $1}')
  fi
  echo "| $code | $words | $ours | $espeak |"
done <<<"$rows"
