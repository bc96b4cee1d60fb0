#!/usr/bin/env bash
# Makes our own OCR held-out sets (issue #12; models/ocr/README.md's tables) in one folder:
#   models/train/ocr/heldout_sets.sh [DIR]        (default /tmp/fe)
# Needs the cache this recipe's README fills (fonts, the valid_unseen-112 lines, the OpenCV
# sample photographs in bg-opencv) and, for the letter-form sets, Debian's
# fonts-lohit-deva-marathi and fonts-lohit-deva-nepali.
set -euo pipefail
cd "$(dirname "$0")/../../.."
fe=${1:-/tmp/fe}
py="nice -n 15 /usr/bin/python3"
$py models/train/ocr/make_real_eval.py --layouts 24 --scans 6 --signs 120 --out "$fe/all" --seed 17
$py models/train/ocr/make_real_eval.py --scenes 20 --out "$fe/scenes" --seed 31
$py models/train/ocr/make_eval_set.py --set valid_unseen-112 --lines 200 --pages 2 --photos 6 --out "$fe/synth"
$py models/train/ocr/make_eval_set.py --lang hin --clean --lines 200 --seed 23 --out "$fe/clean"
$py models/train/ocr/make_eval_set.py --lang mar --lines 150 --seed 29 --out "$fe/mar"
$py models/train/ocr/make_eval_set.py --lang mar --lines 150 --seed 29 --letter-forms --out "$fe/mar-forms"
$py models/train/ocr/make_eval_set.py --lang nep --lines 150 --seed 37 --letter-forms --out "$fe/nep-forms"
# Bengali-Assamese, the second script with a model (issue #14): lines in its held-out fonts
# (fonts.SCRIPTS) and held-out text, degraded and clean; printed-and-scanned layout pages,
# 1-bit book scans and sign crops on photographs.
# Gujarati, the third (no headline: its letters are separate components), the same sets.
for s in "beng ben 41" "gujr guj 61"; do
  read -r script lang seed <<<"$s"
  $py models/train/ocr/make_eval_set.py --script "$script" --lines 200 --seed "$seed" --out "$fe/$script"
  $py models/train/ocr/make_eval_set.py --script "$script" --clean --lines 150 --seed $((seed + 2)) --out "$fe/$script-clean"
  $py models/train/ocr/make_real_eval.py --layouts 8 --scans 4 --signs 60 --seed $((seed + 6)) --script-language "$lang" \
    --out "$fe/$script-real"
done
# Layout pages in the other scripts (line finding without a headline, issue #14): Debian's fonts
# for each (Bengali: its held-out fonts), its held-out corpus text.
for l in ben pan guj ori tam tel kan mal; do
  $py models/train/ocr/make_real_eval.py --layouts 6 --seed 41 --script-language "$l" --out "$fe/layout-$l"
done
