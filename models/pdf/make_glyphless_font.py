#!/usr/bin/python3
"""Writes glyphless.ttf: the invisible font of the text layer in `vachak ocr --format pdf`.

Every character OCR can put out (Latin, Latin-1, punctuation, currency, the Indic blocks
U+0900-U+0DFF, Vedic extensions, Devanagari Extended, ZWJ/ZWNJ, the dotted circle) maps to
a glyph of its own, so that the PDF's ToUnicode map gives each glyph back its character;
every glyph is empty, so nothing is drawn, and half an em wide -- vowel signs and other
marks too: text extraction (poppler's pdftotext) takes a glyph that starts where the one
before it started for a duplicate and breaks the word there, so no glyph may be narrow.
The writer stretches a line's glyphs over the line. Our own font (Apache-2.0), made with
fontTools.

    /usr/bin/python3 models/pdf/make_glyphless_font.py models/pdf/glyphless.ttf
"""
import sys

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0900, 0x0DFF), (0x1CD0, 0x1CFF),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0x25CC, 0x25CC), (0xA8E0, 0xA8FF),
]
ADVANCE = 500  # of 1000 units per em


def main(out):
    codepoints = [c for lo, hi in RANGES for c in range(lo, hi + 1)]
    names = [".notdef"] + ["uni%04X" % c for c in codepoints]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({c: "uni%04X" % c for c in codepoints})
    empty = TTGlyphPen(None).glyph()
    fb.setupGlyf({n: empty for n in names})
    fb.setupHorizontalMetrics({n: (ADVANCE, 0) for n in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "VachakGlyphless", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "glyphless.ttf")
