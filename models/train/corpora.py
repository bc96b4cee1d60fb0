"""The Devanagari text sources under ../shared that the recipes train on, and the fixed
held-out slice: the last 3% of the lines of every file is never trained on (the OCR
recipe validates on it; the character LM skips it)."""
import os

SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared"))
DEVANAGARI_SOURCES = [
    "corpora/dakshina-hi/native_script_wikipedia/hi.wiki-filt.valid.text.shuf.txt",
    "corpora/commonvoice-cc0/hi.sentence-collector.txt",
    "corpora/commonvoice-cc0/mr.sentence-collector.txt",
    "corpora/commonvoice-cc0/ne-NP.sentence-collector.txt",
    "corpora/ntrex128/newstest2019-ref.hin.txt",
    "corpora/ntrex128/newstest2019-ref.mar.txt",
    "corpora/ntrex128/newstest2019-ref.nep.txt",
    "corpora/flores200-dev/hin_Deva.dev",
    "corpora/flores200-dev/mar_Deva.dev",
    "corpora/flores200-dev/npi_Deva.dev",
    "corpora/flores200-dev/san_Deva.dev",
    "corpora/flores200-dev/mai_Deva.dev",
    "corpora/flores200-dev/kas_Deva.dev",
    "corpora/tesseract-langdata/langdata/hin/hin.training_text",
    "corpora/tesseract-langdata/langdata/mar/mar.training_text",
    "corpora/tesseract-langdata/langdata/san/san.training_text",
    "corpora/tesseract-langdata/langdata/nep/nep.training_text",
]
HELD_OUT_FRACTION = 0.03
# The sources of each language `vachak ocr --lang` names (Maithili and Kashmiri only in
# the whole-script set).
LANGUAGE_CODES = {"hin": ("hi.", ".hin.", "/hin_", "/hin/"), "mar": ("mr.", ".mar.", "/mar_", "/mar/"),
                  "nep": ("ne-NP.", ".nep.", "/npi_", "/nep/"), "san": ("/san_", "/san/")}


def split_lines(path, split):
    """The 'train' or 'valid' (held-out) non-empty lines of one file."""
    with open(path, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    cut = len(lines) - max(1, int(len(lines) * HELD_OUT_FRACTION))
    return lines[:cut] if split == "train" else lines[cut:]


# The other scripts' languages' sources (speech checks; the OCR recipe reads Devanagari only).
OTHER_SCRIPT_SOURCES = {
    lang: [f"corpora/ntrex128/newstest2019-ref.{lang}.txt", f"corpora/flores200-dev/{flores}.dev"] +
          ([f"corpora/commonvoice-cc0/{cv}.sentence-collector.txt"] if cv else [])
    for lang, flores, cv in [("ben", "ben_Beng", "bn"), ("asm", "asm_Beng", "as"), ("pan", "pan_Guru", "pa-IN"),
                             ("guj", "guj_Gujr", None), ("ori", "ory_Orya", "or"), ("tam", "tam_Taml", "ta"),
                             ("tel", "tel_Telu", "te"), ("kan", "kan_Knda", None), ("mal", "mal_Mlym", "ml")]
}


# The languages whose corpora train another script's OCR model and character LM, each with a
# weight (its files are read that many times: Assamese has twice Bengali's sentences, and
# Bengali is the larger readership).
SCRIPT_LANGUAGES = {"beng": (("ben", 2), ("asm", 1)), "gujr": (("guj", 1),), "guru": (("pan", 1),),
                    "orya": (("ori", 1),), "taml": (("tam", 1),), "telu": (("tel", 1),), "knda": (("kan", 1),),
                    "mlym": (("mal", 1),)}


def script_source_paths(script, shared=SHARED):
    """The sources of a script's languages (SCRIPT_LANGUAGES), each repeated by its weight."""
    return [p for lang, weight in SCRIPT_LANGUAGES[script] for p in source_paths(shared, lang) * weight]


def language_of(path):
    """The LANGUAGE_CODES code of a source file, or None (Maithili, Kashmiri)."""
    for lang, codes in LANGUAGE_CODES.items():
        if any(code in "/" + os.path.relpath(path, SHARED) for code in codes):
            return lang
    return None


def source_paths(shared=SHARED, lang=None):
    """Every Devanagari source, or one language's (LANGUAGE_CODES, OTHER_SCRIPT_SOURCES) when
    lang is given."""
    if lang in OTHER_SCRIPT_SOURCES:
        return [os.path.join(shared, r) for r in OTHER_SCRIPT_SOURCES[lang] if os.path.exists(os.path.join(shared, r))]
    rels = DEVANAGARI_SOURCES if lang is None else [
        r for r in DEVANAGARI_SOURCES if any(code in "/" + r for code in LANGUAGE_CODES[lang])]
    return [os.path.join(shared, rel) for rel in rels if os.path.exists(os.path.join(shared, rel))]
