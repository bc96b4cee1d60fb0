"""Inflected forms of the lexicon's verbs, with their schwa decisions, by rule.

The lexicon lists dictionary forms: निकलना nikalnā, समझना samajhnā. Running text is
full of their inflections, and there Hindi moves the schwa: निकले nikle, समझे samjhe,
उतरी utrī — when a vowel ending joins the stem, the schwa before the stem's last
consonant goes (unless it is the first syllable's, which stays), while before a
consonant ending (निकलता nikaltā) the stem is said as in the infinitive. The
pronunciation model (schwa_decoder) learns which clusters and stems exist from what it
is counted over; counted over dictionary forms alone it "knows" nikal- and overrules the
classifier on nikle. So the forms below are counted too.

Only regular stems are used: infinitives in -ना whose stem ends in a consonant with an
inherent schwa that the lexicon deletes (निक@ल@ना → nikalnā). Vowel endings are added
only where the consonant before the stem's last one also carries a schwa (…C@C@ना).
"""
from schwa_features import is_vowel_like
from schwa_symbols import SCHWA, schwa_symbols

CONSONANT_ENDINGS = ["ता", "ती", "ते", "तीं", "ने", "नी"]
VOWEL_ENDINGS = ["े", "ी", "ा", "ो", "ें", "ीं", "ेगा", "ेगी", "ेंगे", "ोगे"]


def inflected_forms(word, decisions):
    """[(form, decisions)] of an infinitive in -ना with a regular stem, else []."""
    if not word.endswith("ना"):
        return []
    stem = word[:-2]
    sym = schwa_symbols(stem)
    n = sum(1 for s in sym if s == SCHWA)
    if n < 2 or n != len(decisions) or sym[-1] != SCHWA or decisions[-1]:
        return []
    forms = [(stem + e, list(decisions)) for e in CONSONANT_ENDINGS]
    if sym[-3] == SCHWA:  # …C@C@: the schwa before the last consonant meets the vowel ending
        first_syllable = not any(is_vowel_like(s) for s in sym[:-3])
        vowel_decisions = list(decisions[:-1])
        vowel_decisions[-1] = first_syllable
        forms += [(stem + e, vowel_decisions) for e in VOWEL_ENDINGS]
    return forms


def inflect(entries):
    """The inflected forms of entries' verbs that are not entries themselves."""
    have = {w for w, _ in entries}
    out = []
    for word, decisions in entries:
        for form, d in inflected_forms(word, decisions):
            if form not in have:
                have.add(form)
                out.append((form, d))
    return out
