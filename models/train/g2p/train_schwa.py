"""Trains schwa deletion: a hashed-feature logistic regression with int8 weights (.vsch)
and a character n-gram model of the training words' pronunciations (.vclm beside it),
combined per word by schwa_decoder.decide.

/usr/bin/python3 models/train/g2p/train_schwa.py --out models/tts/hin-schwa.vsch
/usr/bin/python3 models/train/g2p/train_schwa.py --language pan --out models/tts/pan-schwa.vsch
Reads ../shared/lexicon/hindi-schwa (--language pan: its Punjabi words, punjabi_lexicon.py); holds out lexicon_align.held_out() words; prints
per-decision and whole-word accuracy on them for the float and the int8 weights, alone
and with the pronunciation model.

--cv: scores the given settings by 9-fold cross-validation over the training words (the
held-out words are never touched) instead, and the inflected forms of the scored fold's
verbs; this is how --l2, --lm-order, --lm-min-count, --lm-weight and --inflection-weight
were chosen.
"""
import argparse
import struct
import sys
from pathlib import Path

import numpy as np
import scipy.optimize
import scipy.sparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inflections import inflect  # noqa: E402
from lexicon_align import fold, held_out, load_lexicon  # noqa: E402
from punjabi_lexicon import load_punjabi  # noqa: E402
from schwa_decoder import CharLm, build_charlm, decide, pronunciation  # noqa: E402
from schwa_features import HASH_BITS, candidate_positions, feature_ids, first_syllable_flags  # noqa: E402
from schwa_symbols import schwa_symbols  # noqa: E402

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


def fit(x, y, l2, sample_weight=None):
    sw = np.ones_like(y) if sample_weight is None else sample_weight

    def loss(w):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        val = -np.sum(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))) + 0.5 * l2 * w @ w
        grad = x.T @ (sw * (p - y)) + l2 * w
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
    return np.array([f for word, _ in entries for f in first_syllable_flags(schwa_symbols(word))])


def pronunciation_lm(entries, order, min_count):
    seqs = [pronunciation(schwa_symbols(w), d) for w, d in entries]
    table, total, vocab = build_charlm.count_sequences(seqs, order, min_count)
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
    """(int8 weights as float64, scale, pronunciation model). The training words' regular
    inflected verb forms (inflections.py) are counted by the pronunciation model and seen
    by the classifier with --inflection-weight."""
    forms = inflect(entries) if args.language == "hin" else []  # Hindi's verb inflections only
    x, y, _ = design(entries + forms)
    n_words = sum(len(d) for _, d in entries)  # the design's rows from lexicon words come first
    sw = np.concatenate([np.ones(n_words), np.full(y.size - n_words, args.inflection_weight)])
    q, scale = quantize(fit(x, y, args.l2, sw))
    return q.astype(np.float64), scale, pronunciation_lm(entries + forms, args.lm_order, args.lm_min_count)


def unseen_forms(lemmas, trained_on, language="hin"):
    """Inflected forms of `lemmas` that are not words of `trained_on` (Hindi's verbs; none for
    another language)."""
    if language != "hin":
        return []
    seen = {w for w, _ in trained_on}
    return [e for e in inflect(lemmas) if e[0] not in seen]


def cross_validate(train_words, args):
    """Folds 1..9 of the training words (lexicon_align.fold; fold 0 is the held-out slice)."""
    right = {"alone": 0.0, "with lm": 0.0, "forms": 0.0}
    n_forms = 0
    for k in range(1, 10):
        fit_on = [e for e in train_words if fold(e[0]) != k]
        score_on = [e for e in train_words if fold(e[0]) == k]
        q, scale, lm = train(fit_on, args)
        x, _, word_of = design(score_on)
        alone = word_accuracy(score_on, x, word_of, q, scale, None, 0.0)
        both = word_accuracy(score_on, x, word_of, q, scale, lm, args.lm_weight)
        forms = unseen_forms(score_on, fit_on, args.language)
        on_forms = 0.0
        if forms:
            xf, _, wf = design(forms)
            on_forms = word_accuracy(forms, xf, wf, q, scale, lm, args.lm_weight)
        print(f"fold {k}: {len(score_on)} words, alone {alone:.2f}%, with the pronunciation model {both:.2f}%; "
              f"{len(forms)} inflected forms {on_forms:.2f}%", flush=True)
        right["alone"] += alone * len(score_on) / 100
        right["with lm"] += both * len(score_on) / 100
        right["forms"] += on_forms * len(forms) / 100
        n_forms += len(forms)
    for name in ("alone", "with lm"):
        print(f"cv {name}: words all right {100 * right[name] / len(train_words):.3f}% of {len(train_words)}")
    if n_forms:
        print(f"cv inflected forms of the held-in fold's verbs: {100 * right['forms'] / n_forms:.2f}% of {n_forms}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="the .vsch to write (the .vclm goes beside it)")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--lm-order", type=int, default=6)
    ap.add_argument("--lm-min-count", type=int, default=1)
    ap.add_argument("--lm-weight", type=float, default=0.2)
    ap.add_argument("--inflection-weight", type=float, default=0.1,
                    help="weight of the inflected verb forms in the classifier's loss (a lexicon word's is 1)")
    ap.add_argument("--cv", action="store_true", help="cross-validate on the training words, write nothing")
    ap.add_argument("--language", choices=["hin", "pan"], default="hin", help="the lexicon's Hindi or Punjabi words")
    args = ap.parse_args()
    entries, dropped = load_lexicon() if args.language == "hin" else load_punjabi()
    train_words = [e for e in entries if not held_out(e[0])]
    test = [e for e in entries if held_out(e[0])]
    print(f"lexicon: {len(entries)} words aligned ({dropped} dropped), train {len(train_words)}, held out {len(test)}")
    if args.cv:
        cross_validate(train_words, args)
        return
    if not args.out:
        ap.error("--out is required unless --cv")
    xte, yte, wte = design(test)
    first = first_syllable(test)
    x_words, y_words, _ = design(train_words)
    w = fit(x_words, y_words, args.l2)
    report("float, classifier on lexicon words only", xte, yte, wte, scores(xte, w), first)
    q, scale, lm = train(train_words, args)
    report("int8, + inflected forms, + first-syllable rule", xte, yte, wte, xte @ q, first)
    acc = word_accuracy(test, xte, wte, q, scale, lm, args.lm_weight)
    print(f"int8, + first-syllable rule + pronunciation model: words all right {acc:.2f}% of {len(test)}")
    forms = unseen_forms(test, train_words, args.language)
    if forms:
        xf, _, wf = design(forms)
        print(f"inflected forms of held-out verbs ({len(forms)}): classifier alone "
              f"{word_accuracy(forms, xf, wf, q, scale, None, 0.0):.2f}%, with the pronunciation model "
              f"{word_accuracy(forms, xf, wf, q, scale, lm, args.lm_weight):.2f}%")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    lm_path = out.with_suffix(".vclm")
    build_charlm.write(str(lm_path), lm.order, lm.table, lm.total, lm.vocab)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIff", VERSION, HASH_BITS, scale, args.lm_weight))
        f.write(q.astype(np.int8).tobytes())
    tmp.replace(out)
    print(f"wrote {out} ({out.stat().st_size} bytes) and {lm_path} ({lm_path.stat().st_size} bytes), "
          f"held-out words all right {acc:.2f}%")


if __name__ == "__main__":
    main()
