#!/usr/bin/python3
"""Writes glyphless.ttf: the invisible font of the text layer in `vachak ocr --format pdf`.

Two glyphs: .notdef and one empty glyph half an em wide. The PDF writer
(pipelines/ocr/export/pdf_writer.cc) sets text with Identity-H encoding, each character
code a UTF-16 code unit; its CIDToGIDMap sends every code to the empty glyph and its
ToUnicode map gives every code back as itself, so any character OCR puts out is
searchable and extractable while nothing is drawn. Every glyph is equally wide, vowel
signs too: text extraction (poppler's pdftotext) takes a glyph that starts where the one
before it started for a duplicate and breaks the word there. The writer stretches a
line's glyphs over the line. Our own font (Apache-2.0), made with fontTools.

    /usr/bin/python3 models/pdf/make_glyphless_font.py models/pdf/glyphless.ttf
"""
import sys

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

ADVANCE = 500  # of 1000 units per em; the writer's kGlyphAdvance


def main(out):
    names = [".notdef", "blank"]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({0x20: "blank"})
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
