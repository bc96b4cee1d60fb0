"""Features of one schwa candidate. lang/hin/schwa_features.cc computes the same strings
and the same hash; models/train/g2p/make_schwa_golden.py pins the two together."""
from schwa_symbols import NUKTA, SCHWA, VIRAMA, is_consonant, is_vowel_sign

WINDOW = 4
HASH_BITS = 16


def symbol_class(s: str) -> str:
    if s == SCHWA:
        return "@"
    if s in ("^", "$"):
        return s
    if is_consonant(s):
        return "C"
    if s == NUKTA:
        return "N"
    if s == VIRAMA:
        return "H"
    if is_vowel_sign(s):
        return "V"
    if s in "\u0901\u0902\u0903":
        return "M"
    if 0x0904 <= ord(s) <= 0x0914 or s in "\u0960\u0961\u0972":
        return "I"
    return "O"


def is_vowel_like(s: str) -> bool:
    c = symbol_class(s)
    return c in ("@", "V", "I")


def features(symbols: list[str], pos: int) -> list[str]:
    """Feature strings of the candidate symbols[pos] (== "@")."""
    pad = ["^"] * WINDOW + symbols + ["$"] * WINDOW
    p = pos + WINDOW
    win = pad[p - WINDOW:p + WINDOW + 1]
    cls = [symbol_class(s) for s in win]
    f = ["b"]
    for k in range(-WINDOW, WINDOW + 1):
        if k != 0:
            f.append(f"u{k}={win[k + WINDOW]}")
    for k in range(-WINDOW, WINDOW):
        f.append(f"g{k}={win[k + WINDOW]}{win[k + WINDOW + 1]}")
    for k in range(-3, 2):
        f.append(f"t{k}={win[k + WINDOW]}{win[k + WINDOW + 1]}{win[k + WINDOW + 2]}")
    c = "".join(cls)
    f.append("c9=" + c)
    f.append("c5=" + c[WINDOW - 2:WINDOW + 3])
    f.append("cL=" + c[:WINDOW + 1])
    f.append("cR=" + c[WINDOW:])
    before = symbols[:pos]
    after = symbols[pos + 1:]
    va = min(sum(1 for s in after if is_vowel_like(s)), 4)
    vb = min(sum(1 for s in before if is_vowel_like(s)), 4)
    ca = min(sum(1 for s in after if s == SCHWA), 3)
    f.append(f"va={va}")
    f.append(f"vb={vb}")
    f.append(f"ca={ca}")
    f.append(f"vavb={va},{vb}")
    # Syllable structure: the symbols back to the previous vowel and on to the next one.
    j = pos - 1
    while j >= 0 and not is_vowel_like(symbols[j]):
        j -= 1
    left = "".join(symbols[max(j, 0):pos]) if j >= 0 else "^" + "".join(symbols[:pos])
    k = pos + 1
    while k < len(symbols) and not is_vowel_like(symbols[k]):
        k += 1
    right = "".join(symbols[pos + 1:k + 1]) if k < len(symbols) else "".join(symbols[pos + 1:]) + "$"
    f.append("L=" + left)
    f.append("R=" + right)
    f.append("LR=" + left + "|" + right)
    f.append("E=" + "".join(symbols[-3:]) + f"|{min(len(symbols) - 1 - pos, 6)}")
    return f


def fnv1a(text: str) -> int:
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def feature_ids(symbols: list[str], pos: int) -> list[int]:
    mask = (1 << HASH_BITS) - 1
    return [fnv1a(s) & mask for s in features(symbols, pos)]


def candidate_positions(symbols: list[str]) -> list[int]:
    return [i for i, s in enumerate(symbols) if s == SCHWA]


def first_syllable_flags(symbols: list[str]) -> list[bool]:
    """Per candidate: True when no vowel comes before it (the first syllable's schwa,
    which Hindi keeps)."""
    out, seen_vowel = [], False
    for s in symbols:
        if s == SCHWA:
            out.append(not seen_vowel)
        seen_vowel = seen_vowel or is_vowel_like(s)
    return out
