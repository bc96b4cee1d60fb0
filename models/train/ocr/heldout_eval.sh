#!/usr/bin/env bash
# Scores a recognizer on the sets heldout_sets.sh makes, one row per set (CER/WER from
# `vachak eval ocr`; line recall/precision where the set has true line boxes; word F1 on
# the scene photos):
#   models/train/ocr/heldout_eval.sh [DIR] [CANDIDATE] [-- extra vachak eval args]
# CANDIDATE: nothing (the build's shipped models), a .vmdl (same LM, `--model FILE`), or a
# folder laid out like models/ (VACHAK_MODEL_DIR). Results also go to DIR/results/<time>/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
fe=${1:-/tmp/fe}
target=${2:-}
[[ $# -gt 0 ]] && shift
[[ $# -gt 0 ]] && shift
[[ ${1:-} == -- ]] && shift
vachak=${VACHAK:-$repo/build/apps/vachak}
model_args=()
if [[ -z $target ]]; then :
elif [[ $target == *.vmdl && -f $target ]]; then model_args=(--model "$(realpath "$target")")
elif [[ -d $target ]]; then export VACHAK_MODEL_DIR=$(realpath "$target")
else echo "heldout_eval.sh: $target: not a .vmdl file or a models folder" >&2; exit 2; fi
extra=("${model_args[@]}" "$@")
for d in all scenes synth clean mar; do
  [[ -d $fe/$d ]] || { echo "heldout_eval.sh: $fe/$d missing: run heldout_sets.sh first" >&2; exit 1; }
done
# Per-subset views (symlinks) of the mixed folders, by file-name prefix.
view() {  # view NAME SRC PREFIX
  local v=$fe/sub/$1
  rm -rf "$v"; mkdir -p "$v"
  for f in "$fe/$2/$3"*; do ln -s "$f" "$v/"; done
}
view stress all layout; view oldbook all scan; view signs all sign; view photos synth photo
out=$fe/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
echo "model: ${model_args[*]:-${VACHAK_MODEL_DIR:-shipped}}  extra: $*  -> $out"
row() {  # row LABEL DIR [lang]
  local log=$out/$(basename "$2").txt
  nice -n 15 "$vachak" eval ocr "$2" ${3:+--lang "$3"} "${extra[@]}" >"$log" 2>"$log.err"
  local tot lines
  tot=$(grep '^TOTAL' "$log" | awk '{printf "CER %6s  WER %6s  %s", $2, $3, substr($0, index($0,"("))}')
  lines=$(grep -A1 '^TOTAL' "$log" | grep -o 'recall.*precision [0-9.]*%' || true)
  printf '%-34s %s %s\n' "$1" "$tot" "${lines:+| lines $lines}"
}
{
  row "24 stress pages" "$fe/sub/stress"
  row "6 old-book pages" "$fe/sub/oldbook"
  row "120 sign crops" "$fe/sub/signs"
  row "all (stress+old-book+signs)" "$fe/all"
  row "200 clean lines" "$fe/clean"
  row "valid_unseen-112 synth set" "$fe/synth"
  row "6 page photos alone" "$fe/sub/photos"
  row "150 Marathi lines" "$fe/mar"
  [[ -d $fe/mar-forms ]] && row "150 Marathi lines, Marathi forms" "$fe/mar-forms" mar
  [[ -d $fe/nep-forms ]] && row "150 Nepali lines, Nepali forms" "$fe/nep-forms" nep
  row "regression set" "$repo/tests/ocr/regression"
  # The other scripts' recognizers (a candidate .vmdl above is Devanagari's, so these rows
  # use the shipped models unless CANDIDATE is a models folder).
  devanagari_extra=("${extra[@]}")
  extra=("$@")  # no --model: the candidate file reads Devanagari
  for s in "beng ben Bengali" "gujr guj Gujarati"; do
    read -r script lang name <<<"$s"
    [[ -d $fe/$script ]] || continue
    view $script-layout $script-real layout; view $script-scan $script-real scan; view $script-sign $script-real sign
    for l in $lang auto; do
      row "200 $name lines ($l)" "$fe/$script" $l
      row "150 clean $name lines ($l)" "$fe/$script-clean" $l
      row "8 $name layout pages ($l)" "$fe/sub/$script-layout" $l
      row "4 $name 1-bit scans ($l)" "$fe/sub/$script-scan" $l
      row "60 $name sign crops ($l)" "$fe/sub/$script-sign" $l
    done
  done
  extra=("${devanagari_extra[@]}")
  # The other scripts: only their line finding means something (no model reads them yet).
  for l in pan ori tam tel kan mal; do
    [[ -d $fe/layout-$l ]] && row "6 layout pages, $l (lines only)" "$fe/layout-$l"
  done
  [[ -d $fe/layout-ben ]] && row "6 layout pages, ben" "$fe/layout-ben" ben
  [[ -d $fe/layout-guj ]] && row "6 layout pages, guj" "$fe/layout-guj" guj
  printf '%-34s ' "20 scene photos (word_f1)"
  nice -n 15 /usr/bin/python3 "$repo/models/train/ocr/word_f1.py" "$fe/scenes" --vachak "$vachak" --args "${extra[*]}"
} | tee "$out/summary.txt"
