"""The Punjabi half of ../shared/lexicon/hindi-schwa (punjabi_large.csv: Gurmukhi words with
their phones, every schwa resolved; Arora, Gessler and Schneider 2020) as schwa decisions
on the Devanagari spelling the C++ G2P reads Gurmukhi through (lang/indic/to_devanagari.cc:
same offsets, addak doubles the next consonant (an aspirate by its plain twin), tippi is the anusvara, iri/ura bear vowels).

A word's decisions come from walking its symbols and the lexicon's phones together: a
consonant takes one consonant phone, a vowel one vowel phone, a nasal sign a nasal phone if
one is there, and a schwa candidate ("@") is kept when the next phone is "a". Words that do
not line up are dropped."""
import csv
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schwa_symbols import SCHWA, is_vowel_sign, schwa_symbols  # noqa: E402

LEXICON = Path(__file__).resolve().parents[3].parent / "shared" / "lexicon" / "hindi-schwa" / "punjabi_large.csv"
LEX_VOWELS = {"aa", "ii", "i", "u", "uu", "e", "E", "o", "O"}
VIRAMA = "\u094d"


def to_devanagari(word: str) -> str:
    """Gurmukhi -> Devanagari exactly as lang/indic/to_devanagari.cc maps it."""
    w = unicodedata.normalize("NFC", word)
    out = []
    for i, ch in enumerate(w):
        o = ord(ch)
        nxt = ord(w[i + 1]) if i + 1 < len(w) else 0
        if not 0x0A00 <= o <= 0x0A7F:
            out.append(ch)
        elif o == 0x0A70:
            out.append("\u0902")  # tippi: the anusvara
        elif o == 0x0A71:  # addak: the next consonant doubled, an aspirate by its plain twin
            if 0x0A15 <= nxt <= 0x0A39:
                d = chr(nxt - 0x0A00 + 0x0900)
                if d in "खघछझठढथधफभ":
                    d = chr(ord(d) - 1)
                out.append(d + VIRAMA)
        elif o == 0x0A72:
            out.append("इ")
        elif o == 0x0A73:
            out.append("उ")
        elif o == 0x0A74:
            out.append("ॐ")
        elif o == 0x0A75:
            out.append("य")
        else:
            d = o - 0x0A00 + 0x0900
            if (0x0901 <= d <= 0x0939 or d == 0x093C or 0x093E <= d <= 0x094D or 0x0958 <= d <= 0x0963
                    or 0x0966 <= d <= 0x096F or d == 0x0950):
                out.append(chr(d))
    return unicodedata.normalize("NFC", "".join(out))


NASALS = {"ng", "n", "m", "nn"}


def decisions(deva: str, phon: str):
    """Keep/delete for each "@" of schwa_symbols(deva) from the lexicon's phones, or None."""
    lex = [t for t in phon.split() if t != "-"]
    out, j = [], 0
    for s in schwa_symbols(deva):
        o = ord(s)
        if s == SCHWA:
            keep = j < len(lex) and lex[j] == "a"
            out.append(keep)
            j += keep
        elif s == "अ":  # an independent a: the lexicon's "a"
            if j >= len(lex) or lex[j] != "a":
                return None
            j += 1
        elif is_vowel_sign(s) or 0x0904 <= o <= 0x0914 or s in "ॠॡ":
            if j >= len(lex) or lex[j] not in LEX_VOWELS:
                return None
            j += 1
        elif 0x0915 <= o <= 0x0939 or 0x0958 <= o <= 0x095F:  # a consonant
            if j >= len(lex) or lex[j] == "a" or lex[j] in LEX_VOWELS:
                return None
            j += 1
        elif s in "\u0902\u0901":  # anusvara, chandrabindu: a nasal phone, if the lexicon wrote one
            if j < len(lex) and lex[j] in NASALS:
                j += 1
        # virama, nukta, visarga, avagraha: no phone of their own
    return out if j == len(lex) else None


def load_punjabi(path: Path = LEXICON, with_gurmukhi: bool = False):
    """([(devanagari word, decisions)] with at least one candidate, words dropped);
    with_gurmukhi: [(gurmukhi word, devanagari word, decisions)]."""
    seen, dropped = {}, 0
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) != 2 or row[0] == "punjabi" or not row[0].strip() or " " in row[0].strip():
                continue
            deva = to_devanagari(row[0].strip())
            if deva in seen or SCHWA not in schwa_symbols(deva):
                continue
            d = decisions(deva, row[1])
            if d is None:
                dropped += 1
                continue
            seen[deva] = (row[0].strip(), d)
    if with_gurmukhi:
        return [(g, w, d) for w, (g, d) in seen.items()], dropped
    return [(w, d) for w, (_, d) in seen.items()], dropped


if __name__ == "__main__":
    entries, dropped = load_punjabi()
    print(f"{len(entries)} words aligned, {dropped} dropped; e.g. {entries[:3]}")
