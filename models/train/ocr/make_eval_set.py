"""Writes an OCR evaluation folder in the tesstrain convention (NAME.png + NAME.gt.txt)
for `vachak eval ocr` and for the Tesseract comparison:
  - lines: rendered, degraded lines from a render.py set (held-out fonts and text), at a
    print-like height (the 32-px training lines upscaled x2, so neither engine is starved);
  - pages: clean 150-dpi-like pages of held-out text in a held-out font.

    /usr/bin/python3 models/train/ocr/make_eval_set.py --set valid_unseen-102 --lines 200 --pages 2 --out DIR
    /usr/bin/python3 models/train/ocr/make_eval_set.py --lang mar --lines 150 --out DIR
    /usr/bin/python3 models/train/ocr/make_eval_set.py --lines 0 --pages 0 --photos 6 --out DIR
    /usr/bin/python3 models/train/ocr/make_eval_set.py --script beng --lines 200 --out DIR   # Bengali-Assamese
"""
import argparse
import json
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

import fonts
import texts
from train import ROOT


def save_line(arr, text, out, name):
    """A 32-px rendered line at a print-like height (x2) with the border a scanner or a
    crop would leave, plus its ground truth."""
    img = Image.fromarray(np.asarray(arr)).resize((arr.shape[1] * 2, 64), Image.BILINEAR)
    canvas = Image.new("L", (img.width + 24, img.height + 16), int(np.median(arr)))
    canvas.paste(img, (12, 8))
    canvas.save(os.path.join(out, name + ".png"))
    with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


def write_lines(set_dir, count, out, prefix):
    images = np.load(os.path.join(set_dir, "images.npy"), mmap_mode="r")
    meta = json.load(open(os.path.join(set_dir, "meta.json"), encoding="utf-8"))
    for i in range(min(count, meta["count"])):
        save_line(images[i, :, :meta["widths"][i]], meta["labels"][i], out, f"{prefix}{i:04d}")


def typeset(path, size, page, margin, step, max_words, ink, paper, sentences, rng):
    """A page of held-out sentences' first words in one font: (image, its lines)."""
    font = ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)
    img = Image.new("L", page, paper)
    draw = ImageDraw.Draw(img)
    lines, y = [], margin[1]
    while y < page[1] - margin[2]:
        words = rng.choice(sentences).split()
        text = " ".join(words[:rng.randint(4, max_words)])
        if draw.textlength(text, font=font) > page[0] - 2 * margin[0] or not all(
                ord(c) in fonts_cmap(path) or c == " " for c in text):
            continue
        draw.text((margin[0], y), text, font=font, fill=ink)
        lines.append(text)
        y += step
    return img, lines


def write_pages(count, out, seed):
    rng = random.Random(seed)
    _, held = fonts.split()
    sentences = texts.source_lines("valid")
    for p in range(count):
        # (margins: left and right, top, bottom)
        img, lines = typeset(held[p % len(held)], 30, (1240, 1754), (90, 90, 120), 58, 9, 25, 245, sentences, rng)
        name = f"page{p:02d}"
        img.save(os.path.join(out, name + ".png"))
        with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def write_language_lines(lang, count, out, seed, seen_fonts=False, clean=False, letter_forms=False, script="deva"):
    """Degraded lines of one language's (or another script's languages') held-out text in
    the held-out fonts (or, for a validation set to choose settings on, the training fonts),
    at the same print-like height as write_lines."""
    from render import FORM_LANGUAGE, render_one
    rng = random.Random(seed)
    seen, held = fonts.split(letter_forms, script)
    if seen_fonts:
        held = seen
    sentences = texts.source_lines("valid", lang, script)
    n = 0
    while n < count:
        text = texts.make_line(rng, sentences, script=script)
        if not text:
            continue
        res = render_one((text, held, seed * 1000003 + n + rng.randint(0, 1 << 20), clean,
                          FORM_LANGUAGE.get(lang) if letter_forms else None))
        if res is None:
            continue
        arr, text, _ = res
        save_line(arr, text, out, f"{lang or script}{n:04d}")
        n += 1


def write_photos(count, out, seed, width):
    """Phone photos of printed pages, synthesized: held-out text in a held-out font on a
    page lying on a dark table, seen in perspective (keystone), rotated, under light that
    falls off across the frame, with sensor noise, lens blur and JPEG; `width` pixels wide."""
    from PIL import ImageFilter
    rng = random.Random(seed)
    _, held = fonts.split()
    sentences = texts.source_lines("valid", "hin")
    for p in range(count):
        page, lines = typeset(held[(2 * p) % len(held)], 44, (1800, 2400), (150, 150, 200), 84, 8, 30, 235,
                              sentences, rng)
        table = Image.new("L", (page.width + 600, page.height + 600), 90)
        table.paste(page, (300, 300))
        w, h = table.size
        k = 0.03 + 0.015 * (p % 3)
        # PIL's QUAD takes the source corners upper-left, lower-left, lower-right, upper-right
        img = table.transform((w, h), Image.QUAD, (w * k, 0, 0, h, w, h, w - w * k, 0), Image.BICUBIC, fillcolor=90)
        img = img.rotate(rng.uniform(-3.5, 3.5), resample=Image.BICUBIC, fillcolor=90)
        a = np.asarray(img).astype(np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        light = 0.75 + 0.25 * np.cos((xx / w - rng.uniform(0.2, 0.8)) * 2) * np.cos((yy / h - 0.6) * 1.5)
        a = a * light + np.random.default_rng(seed * 100 + p).normal(0, 6, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
        img = img.resize((width, int(round(h * width / w))), Image.BICUBIC)
        name = f"photo{p:02d}"
        img.convert("RGB").save(os.path.join(out, name + ".jpg"), quality=70)
        with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def fonts_cmap(path):
    from render import cmap
    return cmap(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="valid_unseen-102")
    ap.add_argument("--lines", type=int, default=200)
    ap.add_argument("--pages", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--photos", type=int, default=0, help="also this many synthesized phone photos of pages")
    ap.add_argument("--photo-width", type=int, default=3840)
    ap.add_argument("--lang", choices=["hin", "mar", "nep", "san"],
                    help="instead: --lines lines of this language's held-out text, held-out fonts")
    ap.add_argument("--seen-fonts", action="store_true", help="with --lang: in the training fonts (a validation set)")
    ap.add_argument("--clean", action="store_true", help="with --lang: undamaged renderings")
    ap.add_argument("--letter-forms", action="store_true",
                    help="with --lang mar|nep: shaped in the language's own letter forms (Marathi श, ल)")
    ap.add_argument("--script", choices=sorted(s for s in fonts.SCRIPTS if s != "deva"),
                    help="instead: --lines lines of this script's languages' held-out text, its held-out fonts")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.script:
        write_language_lines(None, a.lines, a.out, a.seed, a.seen_fonts, a.clean, script=a.script)
        print(f"{a.out}: {a.lines} {a.script} lines")
        return
    if a.lang:
        write_language_lines(a.lang, a.lines, a.out, a.seed, a.seen_fonts, a.clean, a.letter_forms)
        print(f"{a.out}: {a.lines} {a.lang} lines")
        return
    write_lines(os.path.join(ROOT, "lines", a.set), a.lines, a.out, "line")
    write_pages(a.pages, a.out, a.seed)
    write_photos(a.photos, a.out, a.seed, a.photo_width)
    print(f"{a.out}: {a.lines} lines, {a.pages} pages, {a.photos} photos")


if __name__ == "__main__":
    main()
