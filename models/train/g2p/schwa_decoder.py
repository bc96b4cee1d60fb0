"""Whole-word schwa decisions: the classifier's per-candidate scores plus a character
n-gram model of pronounced words. lang/hin/schwa_model.cc does the same search, in the
same order, so that both sides pick the same decisions.

A word's pronunciation, for the n-gram model, is its schwa symbols (schwa_symbols) with
every deleted "@" removed and every kept one left in, between START (U+0002) and END
(U+0003). The model (.vclm, models/train/charlm/build_charlm.py) is counted over the
pronunciations of the training words; it knows which consonant clusters and which
pronounced compounds Hindi has, which the classifier, looking at one candidate at a time,
does not. For each word every keep/delete assignment of its free candidates (those not
in the first syllable, which are always kept) is scored
    sum over candidates of log sigmoid(+-scale * score) + lm_weight * log P_lm(pronunciation)
and the best kept (the first best, in the order keep-nothing .. keep-everything, the
last candidate changing fastest). Words with more than MAX_FREE free candidates take the
classifier's decisions alone.
"""
import math
import sys
from itertools import product
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "charlm"))
import build_charlm  # noqa: E402
from schwa_features import first_syllable_flags  # noqa: E402
from schwa_symbols import SCHWA  # noqa: E402

START = 0x0002
END = 0x0003
MAX_FREE = 10
BACKOFF = np.float32(math.log(0.4))


def pronunciation(symbols, decisions):
    """Code points of the pronounced word between START and END."""
    out, k = [START], 0
    for s in symbols:
        if s == SCHWA:
            if decisions[k]:
                out.append(ord(SCHWA))
            k += 1
        else:
            out.append(ord(s))
    out.append(END)
    return out


class CharLm:
    """The .vclm scorer, as lang/ngram/char_ngram.cc scores it (stupid backoff, float32,
    n-grams looked up by bucket and fingerprint exactly as written to the file)."""

    def __init__(self, order, table, total, vocab):
        """table: {32-bit hash: count}, as build_charlm.count_sequences returns it."""
        self.order, self.table, self.total, self.vocab = order, table, total, vocab
        self.bits, self.packed = build_charlm.pack(table)

    @classmethod
    def read(cls, path):
        lm = cls.__new__(cls)
        lm.order, lm.total, lm.vocab, lm.bits, lm.packed = build_charlm.read(path)
        return lm

    def count(self, gram):
        return build_charlm.packed_count(self.bits, self.packed, build_charlm.fnv1a32(gram))

    def score(self, history, nxt):
        penalty = np.float32(0.0)
        for ctx in range(min(len(history), self.order - 1), 0, -1):
            gram = list(history[len(history) - ctx:])
            joint = self.count(gram + [nxt])
            if joint:
                context = self.count(gram)
                if context:
                    return penalty + np.log(np.float32(joint) / np.float32(max(joint, context)))
            penalty = np.float32(penalty + BACKOFF)
        uni = self.count([nxt])
        return penalty + np.log((np.float32(uni) + np.float32(1.0)) / np.float32(self.total + self.vocab))

    def word_logp(self, cps):
        return sum(float(self.score(cps[:i], cps[i])) for i in range(1, len(cps)))


def log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def decide(symbols, int_scores, scale, lm=None, lm_weight=0.0):
    """Keep (True) / delete (False) for every candidate of the word."""
    first = first_syllable_flags(symbols)
    alone = [f or s > 0 for f, s in zip(first, int_scores)]
    free = [k for k, f in enumerate(first) if not f]
    if lm is None or lm_weight == 0.0 or not free or len(free) > MAX_FREE:
        return alone
    best, best_score = alone, -math.inf
    for choice in product((False, True), repeat=len(free)):
        decisions = list(first)
        for k, keep in zip(free, choice):
            decisions[k] = keep
        total = 0.0
        for k in free:
            x = scale * int_scores[k]
            total += log_sigmoid(x if decisions[k] else -x)
        total += lm_weight * lm.word_logp(pronunciation(symbols, decisions))
        if total > best_score:
            best, best_score = decisions, total
    return best
