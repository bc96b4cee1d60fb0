"""Vachak's Hindi phones (the IPA strings lang/hin/g2p.cc prints) and how the bootstrap
teacher, Festival's festvox-hi-nsk diphone voice, spells each one with its own phone set
(/usr/share/festival/hindi_scm/hindi_phones.scm, ~50 phones: no separate aspirates for
some stops, no nasal vowels; where it has no phone we use its own lexicon's spelling,
e.g. ठ as "T h")."""

VOWELS = {
    "ə": ["a"], "aː": ["aa"], "ɪ": ["ih"], "iː": ["iy"], "ʊ": ["uh"], "uː": ["uw"],
    "eː": ["eh"], "ɛː": ["ay"], "oː": ["oh"], "ɔː": ["aw"], "ɔ": ["oo"], "æ": ["eh"],
    "e": ["eh"], "o": ["oh"], "ɛ": ["eh"], "aʊ": ["aw"], "rɪ": ["r", "ih"], "riː": ["r", "iy"],
}
CONSONANTS = {
    "k": ["k"], "kʰ": ["kh"], "ɡ": ["g"], "ɡʱ": ["gh"], "ŋ": ["n"],
    "tʃ": ["ch"], "tʃʰ": ["ch", "h"], "dʒ": ["j"], "dʒʱ": ["j", "h"], "ɲ": ["n"],
    "ʈ": ["T"], "ʈʰ": ["T", "h"], "ɖ": ["D"], "ɖʱ": ["D", "h"], "ɳ": ["N"],
    "t̪": ["th"], "t̪ʰ": ["tth"], "d̪": ["dh"], "d̪ʱ": ["ddh"], "n": ["n"],
    "p": ["p"], "pʰ": ["p", "h"], "b": ["b"], "bʱ": ["bh"], "m": ["m"],
    "j": ["y"], "r": ["r"], "l": ["l"], "ɭ": ["L"], "ʋ": ["v"],
    "ʃ": ["sh"], "ʂ": ["sh"], "s": ["s"], "ɦ": ["h"],
    "q": ["k"], "x": ["kh"], "ɣ": ["g"], "z": ["zh"], "f": ["f"], "ɽ": ["R"], "ɽʱ": ["R", "h"],
    "ks": ["k", "s"],
}
NASAL = "\u0303"
PAUSE = "pau"


def is_vowel(phone: str) -> bool:
    return phone.replace(NASAL, "") in VOWELS


def festival_phones(phone: str) -> list[str]:
    """The teacher's spelling of one of our phones; a nasal vowel loses its nasality
    (the diphone set has none)."""
    base = phone.replace(NASAL, "")
    if base in VOWELS:
        return VOWELS[base]
    if base in CONSONANTS:
        return CONSONANTS[base]
    raise KeyError(f"no Festival spelling for phone {phone!r}")

# The models' phone inventory, in a fixed order (an index per phone base; nasality is a
# separate input). "#" marks the edge of a sentence for the neighbour inputs. The C++
# reads this list from the acoustic model's metadata.
EDGE = "#"
INVENTORY = [EDGE, PAUSE] + sorted(VOWELS) + sorted(CONSONANTS)


def base_and_nasal(phone: str) -> tuple[str, bool]:
    return phone.replace(NASAL, ""), NASAL in phone
