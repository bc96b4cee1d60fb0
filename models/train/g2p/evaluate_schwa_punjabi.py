"""Whole-word schwa accuracy of `vachak g2p --lang pan` (Hindi's schwa model reading
Gurmukhi through lang/indic/to_devanagari, with Punjabi's PhoneRules) on the Punjabi half
of ../shared/lexicon/hindi-schwa (punjabi_large.csv, 25,533 words with every schwa
resolved; Arora et al. 2020). No Punjabi word was trained on, so all are held out.

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
    right = vowels_differ = 0
    for w, phon in rows:
        mine = said[w]
        gold, got = lexicon_pattern(phon), our_pattern(mine)
        if gold == got:
            right += 1
        elif gold.replace("S", "") != got.replace("S", "") and len(gold.replace("S", "")) != len(got.replace("S", "")):
            vowels_differ += 1
    n = len(rows)
    comparable = n - vowels_differ
    print(f"Punjabi words with every schwa right: {right}/{n} = {100 * right / n:.1f}% "
          f"({100 * right / comparable:.1f}% of the {comparable} whose other vowels we count alike)")
    return 0 if 100 * right / n >= a.min_words else 1


if __name__ == "__main__":
    sys.exit(main())
