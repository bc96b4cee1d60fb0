"""Trains the schwa classifier: hashed-feature logistic regression, int8 weights.

/usr/bin/python3 models/train/g2p/train_schwa.py --out models/tts/hin-schwa.vsch
Reads ../shared/lexicon/hindi-schwa; holds out lexicon_align.held_out() words; prints
per-decision and whole-word accuracy on them for the float and the int8 weights, with and
without the first-syllable rule.
"""
import argparse
import struct
import sys
from pathlib import Path

import numpy as np
import scipy.optimize
import scipy.sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_align import dev_split, held_out, load_lexicon  # noqa: E402
from schwa_features import HASH_BITS, candidate_positions, feature_ids, is_vowel_like  # noqa: E402
from schwa_symbols import schwa_symbols  # noqa: E402

MAGIC = b"VSCH"
VERSION = 1


def design(entries):
    rows, cols, ys, word_of = [], [], [], []
    r = 0
    for wi, (word, decisions) in enumerate(entries):
        sym = schwa_symbols(word)
        for pos, keep in zip(candidate_positions(sym), decisions):
            for fid in set(feature_ids(sym, pos)):
                rows.append(r)
                cols.append(fid)
            ys.append(1.0 if keep else 0.0)
            word_of.append(wi)
            r += 1
    x = scipy.sparse.csr_matrix((np.ones(len(rows), np.float64), (rows, cols)), shape=(r, 1 << HASH_BITS))
    return x, np.array(ys), np.array(word_of)


def fit(x, y, l2):
    def loss(w):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        val = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * l2 * w @ w
        grad = x.T @ (p - y) + l2 * w
        return val, grad
    w0 = np.zeros(x.shape[1])
    res = scipy.optimize.minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x


def quantize(w):
    scale = float(np.abs(w).max()) / 127.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale


def scores(x, w):
    return x @ w


def report(name, x, y, word_of, z, first_rule):
    pred = z > 0
    pred = np.where(first_rule, True, pred)
    ok = pred == (y > 0.5)
    n_words = word_of.max() + 1
    wrong_words = np.zeros(n_words, bool)
    np.logical_or.at(wrong_words, word_of, ~ok)
    print(f"{name}: decisions {ok.mean() * 100:.2f}% of {len(ok)}, "
          f"words all right {100 - wrong_words.mean() * 100:.2f}% of {n_words}")
    return 100 - wrong_words.mean() * 100


def first_syllable(entries):
    """True where the candidate is in the word's first akshara: Hindi keeps that schwa."""
    out = []
    for word, decisions in entries:
        sym = schwa_symbols(word)
        for pos in candidate_positions(sym):
            out.append(not any(is_vowel_like(s) for s in sym[:pos]))
    return np.array(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--l2", type=float, default=5.0, help="chosen on the dev slice (--dev)")
    ap.add_argument("--dev", action="store_true", help="score on the dev slice of the training words instead")
    args = ap.parse_args()
    entries, dropped = load_lexicon()
    train = [e for e in entries if not held_out(e[0])]
    test = [e for e in entries if held_out(e[0])]
    if args.dev:
        test = [e for e in train if dev_split(e[0])]
        train = [e for e in train if not dev_split(e[0])]
    print(f"lexicon: {len(entries)} words aligned ({dropped} dropped), train {len(train)}, held out {len(test)}")
    xtr, ytr, _ = design(train)
    xte, yte, wte = design(test)
    w = fit(xtr, ytr, args.l2)
    first = first_syllable(test)
    no_rule = np.zeros_like(first)
    report("float, model only", xte, yte, wte, scores(xte, w), no_rule)
    report("float, + first-syllable rule", xte, yte, wte, scores(xte, w), first)
    q, scale = quantize(w)
    zq = (xte @ q.astype(np.float64))
    acc = report("int8, + first-syllable rule", xte, yte, wte, zq, first)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIf", VERSION, HASH_BITS, scale))
        f.write(q.tobytes())
    tmp.replace(out)
    print(f"wrote {out} ({out.stat().st_size} bytes), held-out words all right {acc:.2f}%")


if __name__ == "__main__":
    main()
