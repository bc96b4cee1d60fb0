"""Trains schwa deletion: a hashed-feature logistic regression with int8 weights (.vsch)
and a character n-gram model of the training words' pronunciations (.vclm beside it),
combined per word by schwa_decoder.decide.

/usr/bin/python3 models/train/g2p/train_schwa.py --out models/tts/hin-schwa.vsch
Reads ../shared/lexicon/hindi-schwa; holds out lexicon_align.held_out() words; prints
per-decision and whole-word accuracy on them for the float and the int8 weights, alone
and with the pronunciation model.

--cv: scores the given settings by 9-fold cross-validation over the training words (the
held-out words are never touched) instead; this is how --l2, --lm-order, --lm-min-count
and --lm-weight were chosen.
"""
import argparse
import hashlib
import struct
import sys
from pathlib import Path

import numpy as np
import scipy.optimize
import scipy.sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_align import held_out, load_lexicon  # noqa: E402
from schwa_features import HASH_BITS, candidate_positions, feature_ids, is_vowel_like  # noqa: E402
from schwa_decoder import CharLm, decide, pronunciation  # noqa: E402
from schwa_symbols import schwa_symbols  # noqa: E402

from build_charlm import count_sequences, write as write_charlm  # noqa: E402  (path set by schwa_decoder)

MAGIC = b"VSCH"
VERSION = 2


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


def pronunciation_lm(entries, order, min_count):
    seqs = [pronunciation(schwa_symbols(w), d) for w, d in entries]
    table, total, vocab = count_sequences(seqs, order, min_count)
    return CharLm(order, table, total, vocab)


def word_accuracy(entries, x, word_of, w_int, scale, lm, lm_weight):
    """Percent of words with every decision right, through schwa_decoder.decide."""
    z = x @ w_int
    right = 0
    for wi, (word, gold) in enumerate(entries):
        ints = [int(round(v)) for v in z[word_of == wi]]
        right += decide(schwa_symbols(word), ints, scale, lm, lm_weight) == list(gold)
    return 100.0 * right / len(entries)


def train(entries, args):
    x, y, _ = design(entries)
    q, scale = quantize(fit(x, y, args.l2))
    return q.astype(np.float64), scale, pronunciation_lm(entries, args.lm_order, args.lm_min_count)


def cross_validate(train_words, args):
    """9 folds of the training words by the same hash that picks the held-out slice."""
    fold = lambda w: hashlib.sha1(w.encode("utf-8")).digest()[0] * 10 // 256  # noqa: E731
    right = {"alone": 0.0, "with lm": 0.0}
    for k in range(1, 10):
        fit_on = [e for e in train_words if fold(e[0]) != k]
        score_on = [e for e in train_words if fold(e[0]) == k]
        q, scale, lm = train(fit_on, args)
        x, _, word_of = design(score_on)
        alone = word_accuracy(score_on, x, word_of, q, scale, None, 0.0)
        both = word_accuracy(score_on, x, word_of, q, scale, lm, args.lm_weight)
        print(f"fold {k}: {len(score_on)} words, alone {alone:.2f}%, with the pronunciation model {both:.2f}%",
              flush=True)
        right["alone"] += alone * len(score_on) / 100
        right["with lm"] += both * len(score_on) / 100
    for name, r in right.items():
        print(f"cv {name}: words all right {100 * r / len(train_words):.3f}% of {len(train_words)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="the .vsch to write (the .vclm goes beside it)")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--lm-order", type=int, default=6)
    ap.add_argument("--lm-min-count", type=int, default=1)
    ap.add_argument("--lm-weight", type=float, default=0.2)
    ap.add_argument("--cv", action="store_true", help="cross-validate on the training words, write nothing")
    args = ap.parse_args()
    entries, dropped = load_lexicon()
    train_words = [e for e in entries if not held_out(e[0])]
    test = [e for e in entries if held_out(e[0])]
    print(f"lexicon: {len(entries)} words aligned ({dropped} dropped), train {len(train_words)}, held out {len(test)}")
    if args.cv:
        cross_validate(train_words, args)
        return
    if not args.out:
        ap.error("--out is required unless --cv")
    xtr, ytr, _ = design(train_words)
    xte, yte, wte = design(test)
    w = fit(xtr, ytr, args.l2)
    first = first_syllable(test)
    no_rule = np.zeros_like(first)
    report("float, model only", xte, yte, wte, scores(xte, w), no_rule)
    report("float, + first-syllable rule", xte, yte, wte, scores(xte, w), first)
    q, scale = quantize(w)
    zq = (xte @ q.astype(np.float64))
    report("int8, + first-syllable rule", xte, yte, wte, zq, first)
    lm = pronunciation_lm(train_words, args.lm_order, args.lm_min_count)
    acc = word_accuracy(test, xte, wte, q.astype(np.float64), scale, lm, args.lm_weight)
    print(f"int8, + first-syllable rule + pronunciation model: words all right {acc:.2f}% of {len(test)}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lm_path = out.with_suffix(".vclm")
    write_charlm(str(lm_path), lm.order, lm.table, lm.total, lm.vocab)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIff", VERSION, HASH_BITS, scale, args.lm_weight))
        f.write(q.tobytes())
    tmp.replace(out)
    print(f"wrote {out} ({out.stat().st_size} bytes) and {lm_path} ({lm_path.stat().st_size} bytes), "
          f"held-out words all right {acc:.2f}%")


if __name__ == "__main__":
    main()
