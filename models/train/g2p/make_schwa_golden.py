"""Golden vectors for the C++ schwa classifier: for a fixed word list, the integer score
of every candidate computed here, in Python, from the shipped weights. The C++ side
(tests/lang/schwa_model_test.cc) must reproduce every score exactly.

/usr/bin/python3 models/train/g2p/make_schwa_golden.py \
    --model models/tts/hin-schwa.vsch --out tests/golden/schwa_scores.tsv
"""
import argparse
import re
import struct
import sys
import unicodedata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import SHARED, split_lines  # noqa: E402
from schwa_features import candidate_positions, feature_ids, is_vowel_like  # noqa: E402
from schwa_symbols import schwa_symbols  # noqa: E402

# Edge cases: nukta, conjuncts, halant, chandrabindu, visarga, hyphenated compound, a
# single letter, precomposed nukta (not NFC) and a word-final conjunct.
EDGE = ["क", "कमल", "ज़रूरत", "फ़ैसला", "मध्य", "राज्य", "अंक-गणित", "दुःख", "हँसना", "समझना",
        "विद्यार्थी", "क्षत्रिय", "ड़", "\u0958लम", "सत्यमेव", "अंतरराष्ट्रीय", "ळ", "ॐ"]


def load_model(path):
    data = Path(path).read_bytes()
    assert data[:4] == b"VSCH"
    _version, bits, _scale = struct.unpack("<IIf", data[4:16])
    return np.frombuffer(data[16:], dtype=np.int8), bits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--words", type=int, default=300)
    args = ap.parse_args()
    weights, bits = load_model(args.model)
    words = list(EDGE)
    seen = set(words)
    src = Path(SHARED) / "corpora/commonvoice-cc0/hi.sentence-collector.txt"
    for line in split_lines(src, "train"):
        for w in re.findall(r"[\u0900-\u097F]+", line):
            w = unicodedata.normalize("NFC", w)
            if w not in seen and len(words) < args.words:
                seen.add(w)
                words.append(w)
    lines = ["# word\tcandidate scores (int, sum of distinct int8 weight buckets)\tkept (first-syllable rule applied)"]
    for w in words:
        sym = schwa_symbols(w)
        scores, kept = [], []
        for pos in candidate_positions(sym):
            ids = set(feature_ids(sym, pos))
            s = int(sum(int(weights[i]) for i in ids))
            scores.append(s)
            first = not any(is_vowel_like(x) for x in sym[:pos])
            kept.append("1" if first or s > 0 else "0")
        lines.append(f"{w}\t{','.join(map(str, scores))}\t{''.join(kept)}")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} words")


if __name__ == "__main__":
    main()
