"""Phone durations the teacher voice is rendered with. They come from our side, not from
Festival, so every rendered wav has exact, known phone timings; the duration model then
learns them back (plus whatever context they depend on). Rule-based: a mean per phone
class, phrase-final lengthening, a seeded jitter so the data is not monotone."""
import math
import random

from phones import NASAL, VOWELS, is_vowel

LONG_VOWELS = {"aː", "iː", "uː", "eː", "ɛː", "oː", "ɔː", "riː", "aʊ"}
STOPS = set("k ɡ tʃ dʒ ʈ ɖ t̪ d̪ p b q".split())
ASPIRATES = set("kʰ ɡʱ tʃʰ dʒʱ ʈʰ ɖʱ t̪ʰ d̪ʱ pʰ bʱ ɽʱ".split())
FRICATIVES = set("s ʃ ʂ ɦ x ɣ z f ks".split())
NASALS = set("m n ŋ ɲ ɳ".split())

PAUSE_START = 0.15
PAUSE_PHRASE = 0.22
PAUSE_END = 0.30


def base_duration(phone: str) -> float:
    p = phone.replace(NASAL, "")
    if p == "ə":
        return 0.055
    if p in LONG_VOWELS:
        return 0.115
    if p in VOWELS:
        return 0.075
    if p in ASPIRATES:
        return 0.085
    if p in STOPS:
        return 0.070
    if p in FRICATIVES:
        return 0.090
    if p in NASALS:
        return 0.060
    if p == "r" or p == "ɽ":
        return 0.045
    return 0.060  # l ɭ j ʋ


def phrase_durations(words: list[list[str]], rng: random.Random) -> list[float]:
    """Durations (s) of the phones of one phrase (a list of words, each a list of phones)."""
    flat = [p for w in words for p in w]
    last_vowel = max((i for i, p in enumerate(flat) if is_vowel(p)), default=len(flat))
    out = []
    i = 0
    for w in words:
        for j, p in enumerate(w):
            d = base_duration(p)
            if i >= last_vowel:
                d *= 1.4  # phrase-final syllable
            elif j == 0:
                d *= 1.08  # word onset
            d *= math.exp(rng.gauss(0.0, 0.08))
            out.append(round(d, 4))
            i += 1
    return out
