"""The OCR model's output alphabet: CTC blank, space, the Devanagari block, ASCII letters,
digits and punctuation. Class ids are list positions; the C++ side reads the same list
from the model's metadata ("charset", code points joined by spaces in hex)."""
import unicodedata

BLANK = 0

_DEVANAGARI = [cp for cp in range(0x0900, 0x0980) if unicodedata.name(chr(cp), "")]
_ASCII = [ord(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]
_PUNCT = [ord(c) for c in ".,;:!?-'\"()/%&+=@*[]#<>_"] + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x20B9,
                                                           0x2026, 0x200C, 0x200D]

CODEPOINTS = [0, 0x20] + _DEVANAGARI + _ASCII + _PUNCT  # index 0 is the blank
INDEX = {cp: i for i, cp in enumerate(CODEPOINTS) if i > 0}


def normalize(text):
    """NFC, with white space folded; characters outside the alphabet are dropped by encode."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def encode(text):
    return [INDEX[ord(c)] for c in normalize(text) if ord(c) in INDEX]


def decode(ids):
    return "".join(chr(CODEPOINTS[i]) for i in ids if i > 0)


def covered(text):
    """True when every character of the normalized text is in the alphabet."""
    return all(ord(c) in INDEX for c in normalize(text))


def metadata():
    return " ".join("%x" % cp for cp in CODEPOINTS)
