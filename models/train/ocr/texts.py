"""Line texts for OCR training and validation, from ../shared corpora (Hindi, Marathi,
Nepali, Sanskrit, Maithili, Kashmiri in Devanagari; Bengali and Assamese for the Bengali
script) plus synthetic snippets with numbers, dates, prices and Latin words. The last 3% of every source file is held out: validation
text comes only from there, training text never does (models/train/charlm uses the same
slice)."""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import charset  # noqa: E402
from charset import normalize  # noqa: E402
from corpora import SHARED, language_of, script_source_paths, source_paths, split_lines  # noqa: E402

LATIN_WORDS = ["India", "Delhi", "OCR", "Google", "PDF", "COVID-19", "email", "www.example.com", "Mr.", "No.",
               "Page", "ISBN", "UNESCO", "iPhone", "km", "kg", "USA", "WHO", "Vachak", "Apache"]
# Tesseract's langdata text of a script (word salad covering its conjuncts), beside its
# languages' corpora (corpora.SCRIPT_LANGUAGES).
SCRIPT_LANGDATA = {script: f"corpora/tesseract-langdata/langdata/{lang}/{lang}.training_text"
                   for script, lang in [("beng", "ben"), ("gujr", "guj"), ("guru", "pan"), ("orya", "ori"),
                                        ("taml", "tam"), ("telu", "tel"), ("knda", "kan"), ("mlym", "mal")]}


def script_paths(script):
    paths = script_source_paths(script)
    extra = os.path.join(SHARED, SCRIPT_LANGDATA[script])
    return paths + ([extra] if os.path.exists(extra) else [])


def digits(script):
    return "".join(chr(charset.BLOCKS[script] + 0x66 + d) for d in range(10))


def source_lines(split, lang=None, script="deva"):
    """(train or valid) sentences of every source, or of one language's (Devanagari), or of
    another script's languages."""
    out = []
    for path in source_paths(lang=lang) if script == "deva" else script_paths(script):
        out.extend(normalize(l) for l in split_lines(path, "train" if split == "train" else "valid"))
    return [l for l in out if l]


def source_lines_by_language(split):
    """{language code or None: its (train or valid) sentences}: the renderer shapes each
    line with its language's letter forms (Marathi श and ल, Nepali झ and digits)."""
    out = {}
    for path in source_paths():
        kept = [normalize(l) for l in split_lines(path, "train" if split == "train" else "valid")]
        out.setdefault(language_of(path), []).extend(l for l in kept if l)
    return out


def synthetic(rng, script="deva"):
    n = rng.randint(0, 10 ** rng.randint(1, 7))
    kinds = [
        lambda: f"{rng.randint(1, 31)}/{rng.randint(1, 12)}/{rng.randint(1900, 2030)}",
        lambda: f"₹{n:,}",
        lambda: f"{n}%",
        lambda: "".join(digits(script)[int(d)] for d in str(n)),
        lambda: rng.choice(LATIN_WORDS),
        lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 99)}",
        lambda: f"({rng.randint(1, 500)})",
    ]
    return rng.choice(kinds)()


def make_line(rng, sentences, max_words=12, script="deva"):
    s = rng.choice(sentences).split()
    k = rng.randint(1, min(max_words, len(s)))
    start = rng.randint(0, len(s) - k)
    words = s[start:start + k]
    if rng.random() < 0.15:
        words.insert(rng.randint(0, len(words)), synthetic(rng, script))
    text = " ".join(words)
    return text if charset.for_script(script).covered(text) else None


def lines(split, count, seed, script="deva"):
    rng = random.Random(seed)
    sentences = source_lines(split, script=script)
    out = []
    while len(out) < count:
        t = make_line(rng, sentences, script=script)
        if t:
            out.append(t)
    return out


def lines_with_language(split, count, seed, only=None):
    """[(text, language code or None)], languages drawn in proportion to their sentences
    (`only`: these languages' alone)."""
    rng = random.Random(seed)
    by_lang = source_lines_by_language(split)
    if only:
        by_lang = {l: v for l, v in by_lang.items() if l in only}
    langs = list(by_lang)
    weights = [len(by_lang[l]) for l in langs]
    out = []
    while len(out) < count:
        lang = rng.choices(langs, weights)[0]
        t = make_line(rng, by_lang[lang])
        if t:
            out.append((t, lang))
    return out
