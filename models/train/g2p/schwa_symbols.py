"""The schwa-candidate view of a Devanagari word, shared with lang/hin/schwa_features.cc.

A word (NFC) becomes a list of symbols: its code points, with a virtual symbol "@" after
every consonant (with its nukta) that carries an inherent schwa, i.e. is followed by
neither a vowel sign nor a virama. Each "@" is one schwa decision: keep or delete.
"""
import unicodedata

VIRAMA = "\u094d"
NUKTA = "\u093c"
SCHWA = "@"


def is_consonant(ch: str) -> bool:
    o = ord(ch)
    return 0x0915 <= o <= 0x0939 or 0x0958 <= o <= 0x095F or 0x0978 <= o <= 0x097F


def is_vowel_sign(ch: str) -> bool:
    o = ord(ch)
    return (0x093E <= o <= 0x094C) or o in (0x0962, 0x0963, 0x094E, 0x094F) or 0x0955 <= o <= 0x0957 or o in (0x093A, 0x093B)


def schwa_symbols(word: str) -> list[str]:
    """Code points of the NFC word with "@" after each schwa-bearing consonant."""
    w = unicodedata.normalize("NFC", word)
    out: list[str] = []
    i = 0
    while i < len(w):
        ch = w[i]
        out.append(ch)
        i += 1
        if is_consonant(ch):
            if i < len(w) and w[i] == NUKTA:
                out.append(NUKTA)
                i += 1
            nxt = w[i] if i < len(w) else ""
            if not (nxt and (is_vowel_sign(nxt) or nxt == VIRAMA)):
                out.append(SCHWA)
    return out
