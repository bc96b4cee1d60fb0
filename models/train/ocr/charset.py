"""The OCR models' output alphabets, one per script: CTC blank, space, the script's Unicode
block, ASCII letters, digits and punctuation. Class ids are list positions; the C++ side
reads the same list from the model's metadata ("charset", code points joined by spaces in
hex).

The module-level names (CODEPOINTS, encode, ...) are Devanagari's, the first model's;
`for_script(code)` gives another script's alphabet with the same methods."""
import unicodedata

BLANK = 0

_ASCII = [ord(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]
_PUNCT = [ord(c) for c in ".,;:!?-'\"()/%&+=@*[]#<>_"] + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x20B9,
                                                           0x2026, 0x200C, 0x200D]
# Each script's Unicode block (the nine Indic blocks share one layout, 128 code points apart).
BLOCKS = {"deva": 0x0900, "beng": 0x0980, "guru": 0x0A00, "gujr": 0x0A80, "orya": 0x0B00, "taml": 0x0B80,
          "telu": 0x0C00, "knda": 0x0C80, "mlym": 0x0D00}
DANDA = [0x0964, 0x0965]  # Devanagari's danda and double danda, which Bengali and others write too


def normalize(text):
    """NFC, with white space folded; characters outside the alphabet are dropped by encode."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class Alphabet:
    def __init__(self, script):
        block = BLOCKS[script]
        own = [cp for cp in range(block, block + 0x80) if unicodedata.name(chr(cp), "")]
        extra = [cp for cp in DANDA if cp not in own]
        self.script = script
        self.codepoints = [0, 0x20] + own + extra + _ASCII + _PUNCT  # index 0 is the blank
        self.index = {cp: i for i, cp in enumerate(self.codepoints) if i > 0}

    def encode(self, text):
        return [self.index[ord(c)] for c in normalize(text) if ord(c) in self.index]

    def decode(self, ids):
        return "".join(chr(self.codepoints[i]) for i in ids if i > 0)

    def covered(self, text):
        """True when every character of the normalized text is in the alphabet."""
        return all(ord(c) in self.index for c in normalize(text))

    def metadata(self):
        return " ".join("%x" % cp for cp in self.codepoints)


_ALPHABETS = {}


def for_script(script):
    if script not in _ALPHABETS:
        _ALPHABETS[script] = Alphabet(script)
    return _ALPHABETS[script]


_DEVA = for_script("deva")
CODEPOINTS = _DEVA.codepoints
INDEX = _DEVA.index
encode, decode, covered, metadata = _DEVA.encode, _DEVA.decode, _DEVA.covered, _DEVA.metadata
