"""Whole-word schwa accuracy of `vachak g2p --schwa --lang pan` (the schwa model Punjabi's
registry row names, reading Gurmukhi through lang/indic/to_devanagari) on the held-out tenth
of the Punjabi half of ../shared/lexicon/hindi-schwa (punjabi_large.csv; Arora et al.
2020): the words with lexicon_align.held_out(Devanagari spelling), which
`train_schwa.py --language pan` never trains on, with the decisions punjabi_lexicon.py
aligns from the lexicon's phones. A word is right when every decision is. For comparison,
the same words through Hindi's schwa model (`--lang hin`: Gurmukhi reads through the same
bridge in every language).

/usr/bin/python3 models/train/g2p/evaluate_schwa_punjabi.py --vachak build/apps/vachak [--min-words P]
"""
import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_align import held_out  # noqa: E402
from punjabi_lexicon import load_punjabi  # noqa: E402


def score(vachak, lang, words):
    """{gurmukhi word: "0101" decisions} from `vachak g2p --schwa --lang LANG`."""
    r = subprocess.run([vachak, "g2p", "--schwa", "--lang", lang], input="\n".join(words) + "\n",
                       capture_output=True, text=True, check=True)
    return dict(l.split("\t", 1) for l in r.stdout.splitlines() if "\t" in l)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--min-words", type=float, default=0.0)
    a = ap.parse_args()
    entries, _ = load_punjabi(with_gurmukhi=True)
    test = [(g, "".join("1" if k else "0" for k in d)) for g, w, d in entries if held_out(w)]
    result = {}
    for lang in ("pan", "hin"):
        said = score(a.vachak, lang, [g for g, _ in test])
        right = sum(said.get(g) == gold for g, gold in test)
        result[lang] = 100 * right / len(test)
        print(f"{lang}'s schwa model: held-out Punjabi words with every schwa right {right}/{len(test)} "
              f"= {result[lang]:.1f}%")
    return 0 if result["pan"] >= a.min_words else 1


if __name__ == "__main__":
    sys.exit(main())
