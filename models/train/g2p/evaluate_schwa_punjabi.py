"""Whole-word schwa accuracy of `vachak g2p --lang pan` (the schwa model its registry row
names, reading Gurmukhi through lang/indic/to_devanagari, with Punjabi's PhoneRules) on the
Punjabi half of ../shared/lexicon/hindi-schwa (punjabi_large.csv, 25,533 words with every
schwa resolved; Arora et al. 2020): on the held-out tenth (lexicon_align.held_out of the
word's Devanagari spelling, which train_schwa.py --language pan never trains on) and, for
comparison with a model that saw no Punjabi, on every word.

A word is right when its pattern of vowels matches the lexicon's: "S" for a schwa (ə;
the lexicon's "a"), "V" for any other vowel, in order -- every schwa kept or dropped as
the lexicon has it. Words whose other vowels we count differently are reported apart
(they say nothing about schwas).

/usr/bin/python3 models/train/g2p/evaluate_schwa_punjabi.py --vachak build/apps/vachak [--min-words P]
"""
import argparse
import csv
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_align import held_out  # noqa: E402
from punjabi_lexicon import to_devanagari  # noqa: E402

LEXICON = Path(__file__).resolve().parents[3].parent / "shared" / "lexicon" / "hindi-schwa" / "punjabi_large.csv"
LEX_VOWELS = {"aa", "ii", "i", "u", "uu", "e", "E", "o", "O"}
IPA_VOWELS = {"aː", "ɪ", "iː", "ʊ", "uː", "eː", "ɛː", "oː", "ɔː", "ɔ", "æ", "e", "o"}


def lexicon_pattern(phon):
    return "".join("S" if t == "a" else "V" for t in phon.split() if t == "a" or t in LEX_VOWELS)


def our_pattern(phones):
    out = []
    for p in phones.split():
        base = p.replace("\u0303", "")  # nasalized vowels count as their vowel
        if base == "ə":
            out.append("S")
        elif base in IPA_VOWELS:
            out.append("V")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--min-words", type=float, default=0.0)
    a = ap.parse_args()
    with open(LEXICON, encoding="utf-8") as f:
        rows = [(w, p) for w, p in csv.reader(f) if w != "punjabi" and w and " " not in w]
    r = subprocess.run([a.vachak, "g2p", "--lang", "pan"], input="\n".join(w for w, _ in rows) + "\n",
                       capture_output=True, text=True, check=True)
    said = dict(l.split("\t", 1) for l in r.stdout.splitlines() if "\t" in l)
    rows = [(w, p) for w, p in rows if w in said]  # a word the normalizer split (ਅ-ਬ) is left out
    scores = {}
    for name, subset in (("held-out", [r for r in rows if held_out(to_devanagari(r[0]))]), ("all", rows)):
        right = sum(lexicon_pattern(phon) == our_pattern(said[w]) for w, phon in subset)
        scores[name] = 100 * right / len(subset)
        print(f"Punjabi words with every schwa right, {name}: {right}/{len(subset)} = {scores[name]:.1f}%")
    return 0 if scores["held-out"] >= a.min_words else 1


if __name__ == "__main__":
    sys.exit(main())
