"""Golden vectors for the C++ schwa model: for a fixed word list, the integer score of
every candidate and the word's decisions (schwa_decoder.decide, with the pronunciation
model beside the .vsch) computed here, in Python, from the shipped files. The C++ side
(tests/lang/schwa_model_test.cc) must reproduce every score and decision exactly.

/usr/bin/python3 models/train/g2p/make_schwa_golden.py \
    --model models/tts/hin-schwa.vsch --out tests/golden/schwa_scores.tsv
"""
import argparse
import itertools
import re
import struct
import sys
import unicodedata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import SHARED, split_lines  # noqa: E402
from schwa_decoder import CharLm, decide  # noqa: E402
from schwa_features import candidate_positions, feature_ids  # noqa: E402
from schwa_symbols import schwa_symbols  # noqa: E402

# Edge cases: nukta, conjuncts, halant, chandrabindu, visarga, hyphenated compound, a
# single letter, precomposed nukta (not NFC) and a word-final conjunct.
EDGE = ["क", "कमल", "ज़रूरत", "फ़ैसला", "मध्य", "राज्य", "अंक-गणित", "दुःख", "हँसना", "समझना",
        "विद्यार्थी", "क्षत्रिय", "ड़", "\u0958लम", "सत्यमेव", "अंतरराष्ट्रीय", "ळ", "ॐ"]


def load_model(path):
    """(int8 weights, hash bits, scale, pronunciation-model weight, CharLm or None)."""
    data = Path(path).read_bytes()
    assert data[:4] == b"VSCH"
    version, bits, scale, lm_weight = struct.unpack("<IIff", data[4:20])
    assert version == 2, version
    lm = CharLm.read(Path(path).with_suffix(".vclm")) if lm_weight else None
    return np.frombuffer(data[20:], dtype=np.int8), bits, scale, lm_weight, lm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--overruled", type=int, default=60,
                    help="then this many more words where the pronunciation model overrules the classifier")
    args = ap.parse_args()
    weights, _bits, scale, lm_weight, lm = load_model(args.model)

    def row(w):
        sym = schwa_symbols(w)
        scores = [int(sum(int(weights[i]) for i in set(feature_ids(sym, pos)))) for pos in candidate_positions(sym)]
        kept = decide(sym, scores, scale, lm, lm_weight)
        line = f"{w}\t{','.join(map(str, scores))}\t{''.join('1' if k else '0' for k in kept)}"
        return line, kept != decide(sym, scores, scale)

    lines = ["# word\tcandidate scores (int, sum of distinct int8 weight buckets)\t"
             "kept (first-syllable rule and pronunciation model applied)"]
    seen = set()
    first_words = overruled = 0
    src = Path(SHARED) / "corpora/commonvoice-cc0/hi.sentence-collector.txt"
    corpus_words = (unicodedata.normalize("NFC", w) for line in split_lines(src, "train")
                    for w in re.findall(r"[\u0900-\u097F]+", line))
    for w in itertools.chain(EDGE, corpus_words):
        if w in seen:
            continue
        seen.add(w)
        line, differs = row(w)
        if first_words < args.words:
            first_words += 1
        elif not differs:
            continue
        overruled += differs
        lines.append(line)
        if first_words >= args.words and overruled >= args.overruled:
            break
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines) - 1} words, {overruled} decided otherwise than by the classifier alone")


if __name__ == "__main__":
    main()
