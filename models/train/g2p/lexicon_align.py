"""Schwa decisions from the hindi-schwa lexicon (../shared/lexicon/hindi-schwa).

hindi_extra_large_unicode.csv pairs a Devanagari word with McGregor's romanization, in
which a kept schwa is written "a", an elided one is absent, and a lightly pronounced one
is "ă". A medial "ă" counts as deleted (आधुनिकता ādhunikătā is said ādhuniktā); a
word-final one, which McGregor writes after conjuncts (राज्य rājyă, मध्य madhyă), counts
as kept: those schwas are pronounced. We romanize the word
ourselves with every schwa written, then align the two strings by edit distance in which
a schwa candidate may match "a" (kept), match "ă" or be skipped (deleted) at no cost.
Words whose alignment needs more than a small number of other edits are dropped as
noise.
"""
import csv
import hashlib
import unicodedata
from pathlib import Path

from schwa_symbols import NUKTA, SCHWA, VIRAMA, is_consonant, schwa_symbols

LEXICON = Path(__file__).resolve().parents[3] / ".." / "shared" / "lexicon" / "hindi-schwa"

_CONS = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
                 "k kh g gh ṅ c ch j jh ñ ṭ ṭh ḍ ḍh ṇ t th d dh n p ph b bh m y r l v ś ṣ s h ḷ".split()))
_NUKTA_CONS = {"क": "q", "ख": "x", "ग": "ġ", "ज": "z", "फ": "f", "ड": "ṛ", "ढ": "ṛh", "य": "y"}
_VOWELS = {"अ": "a", "आ": "ā", "इ": "i", "ई": "ī", "उ": "u", "ऊ": "ū", "ऋ": "r̥", "ए": "e", "ऐ": "ai",
           "ओ": "o", "औ": "au", "ऑ": "o", "ॲ": "e", "ऍ": "e"}
_SIGNS = {"ा": "ā", "ि": "i", "ी": "ī", "ु": "u", "ू": "ū", "ृ": "r̥", "े": "e", "ै": "ai", "ो": "o",
          "ौ": "au", "ॉ": "o", "ॅ": "e"}
_MARKS = {"ं": "ṁ", "ँ": "ṁ", "ः": "ḥ"}
# Characters the romanization spells differently without it being a schwa matter.
_EQUIV = [set("ṁṅñṇnmṃ"), set("vwb"), set("ṛṟr"), set("eêé"), set("oôó"), set("ḥh"), set("qk"), set("xk"),
          set("śṣs"), set("iīĭ"), set("uūŭ"), set("aā")]


def romanize(symbols: list[str]) -> list[tuple[str, int]]:
    """(text, candidate index or -1) pieces: the word with every schwa written as "a"."""
    pieces: list[tuple[str, int]] = []
    cand = 0
    i = 0
    while i < len(symbols):
        s = symbols[i]
        if is_consonant(s):
            if i + 1 < len(symbols) and symbols[i + 1] == NUKTA:
                pieces.append((_NUKTA_CONS.get(s, _CONS.get(s, "?")), -1))
                i += 1
            else:
                pieces.append((_CONS.get(s, "?"), -1))
        elif s == SCHWA:
            pieces.append(("a", cand))
            cand += 1
        elif s in _VOWELS:
            pieces.append((_VOWELS[s], -1))
        elif s in _SIGNS:
            pieces.append((_SIGNS[s], -1))
        elif s in _MARKS:
            pieces.append((_MARKS[s], -1))
        elif s == VIRAMA or s == NUKTA:
            pass
        else:
            pieces.append((s, -1))
        i += 1
    return pieces


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    for group in _EQUIV:
        if a in group and b in group:
            return 0.25
    return 1.0


def align_decisions(word: str, gold: str, max_cost: float = 1.0, with_optional: bool = False):
    """Kept (True) / deleted (False) per schwa candidate, or None when alignment is poor.
    with_optional: also return, per candidate, whether McGregor wrote it "ă" (a light
    schwa, which speakers may say or drop)."""
    symbols = schwa_symbols(word)
    chars: list[tuple[str, int]] = []
    for text, cand in romanize(symbols):
        for ch in text:
            chars.append((ch, cand))
    g = unicodedata.normalize("NFC", gold.strip().lower())
    g = g.replace("-", "").replace(" ", "")
    word_has_hyphen = False
    n, m = len(chars), len(g)
    INF = 1e9
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c >= INF:
                continue
            if i < n:
                ch, cand = chars[i]
                if ch == "-" and not word_has_hyphen:
                    step = 0.0
                else:
                    step = 0.0 if cand >= 0 else 1.0  # skipping a candidate = deleting it
                if c + step < cost[i + 1][j]:
                    cost[i + 1][j] = c + step
                    back[i + 1][j] = ("skip", cand)
            if j < m:
                if c + 1.0 < cost[i][j + 1]:
                    cost[i][j + 1] = c + 1.0
                    back[i][j + 1] = ("ins", -1)
            if i < n and j < m:
                ch, cand = chars[i]
                if cand >= 0 and g[j] == "a":
                    step, what = 0.0, ("keep", cand)
                elif cand >= 0 and g[j] == "ă":
                    step, what = 0.0, ("keep" if j == m - 1 else "light", cand)
                else:
                    step, what = _sub_cost(ch, g[j]), ("sub", cand)
                if c + step < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1] = c + step
                    back[i + 1][j + 1] = what
    if cost[n][m] > max_cost:
        return None
    ncand = sum(1 for s in symbols if s == SCHWA)
    decisions = [None] * ncand
    optional = [False] * ncand
    i, j = n, m
    while i > 0 or j > 0:
        what, cand = back[i][j]
        if what == "ins":
            j -= 1
            continue
        if what == "skip":
            i -= 1
        else:
            i -= 1
            j -= 1
        if cand >= 0:
            if what == "sub":
                return None  # a candidate aligned to a consonant: ambiguous
            decisions[cand] = what == "keep"
            optional[cand] = what != "skip" and g[j] == "ă"
    if any(d is None for d in decisions):
        return None
    return (decisions, optional) if with_optional else decisions


def fold(word: str) -> int:
    """0..9 by a hash of the word: fold 0 is held out, 1..9 serve cross-validation."""
    return hashlib.sha1(word.encode("utf-8")).digest()[0] * 10 // 256


def held_out(word: str) -> bool:
    """Our fixed 10% evaluation slice of the lexicon."""
    return fold(word) == 0


def load_lexicon(path: Path | None = None, with_optional: bool = False):
    """[(word, decisions)] for every alignable, de-duplicated entry with at least one candidate
    (with_optional: [(word, (decisions, optional))], see align_decisions)."""
    path = path or LEXICON / "hindi_extra_large_unicode.csv"
    seen = {}
    dropped = 0
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) != 2:
                continue
            word = unicodedata.normalize("NFC", row[0].strip())
            if not word or word in seen:
                continue
            if not any(s == SCHWA for s in schwa_symbols(word)):
                continue
            d = align_decisions(word, row[1], with_optional=with_optional)
            if d is None:
                dropped += 1
                continue
            seen[word] = d
    return list(seen.items()), dropped


if __name__ == "__main__":
    entries, dropped = load_lexicon()
    test = [e for e in entries if held_out(e[0])]
    print(f"{len(entries)} words aligned, {dropped} dropped, {len(test)} held out")
    for w, d in entries[:15]:
        print(w, d)
