"""Writes an OCR evaluation folder in the tesstrain convention (NAME.png + NAME.gt.txt)
for `vachak eval ocr` and for the Tesseract comparison:
  - lines: rendered, degraded lines from a render.py set (held-out fonts and text), at a
    print-like height (the 32-px training lines upscaled x2, so neither engine is starved);
  - pages: clean 150-dpi-like pages of held-out text in a held-out font.

    /usr/bin/python3 models/train/ocr/make_eval_set.py --set valid_unseen-102 --lines 200 --pages 2 --out DIR
    /usr/bin/python3 models/train/ocr/make_eval_set.py --lang mar --lines 150 --out DIR
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


def write_lines(set_dir, count, out, prefix):
    images = np.load(os.path.join(set_dir, "images.npy"), mmap_mode="r")
    meta = json.load(open(os.path.join(set_dir, "meta.json"), encoding="utf-8"))
    for i in range(min(count, meta["count"])):
        w = meta["widths"][i]
        img = Image.fromarray(np.asarray(images[i, :, :w])).resize((w * 2, 64), Image.BILINEAR)
        # White border as a scanner or a crop would leave it.
        canvas = Image.new("L", (img.width + 24, img.height + 16), int(np.median(images[i, :, :w])))
        canvas.paste(img, (12, 8))
        name = f"{prefix}{i:04d}"
        canvas.save(os.path.join(out, name + ".png"))
        with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
            f.write(meta["labels"][i] + "\n")


def write_pages(count, out, seed):
    rng = random.Random(seed)
    _, held = fonts.split()
    sentences = texts.source_lines("valid")
    for p in range(count):
        path = held[p % len(held)]
        font = ImageFont.truetype(path, 30, layout_engine=ImageFont.Layout.RAQM)
        img = Image.new("L", (1240, 1754), 245)
        draw = ImageDraw.Draw(img)
        lines, y = [], 90
        while y < 1754 - 120:
            words = rng.choice(sentences).split()
            text = " ".join(words[:rng.randint(4, 9)])
            if draw.textlength(text, font=font) > 1240 - 180 or not all(
                    ord(c) in fonts_cmap(path) or c == " " for c in text):
                continue
            draw.text((90, y), text, font=font, fill=25)
            lines.append(text)
            y += 58
        name = f"page{p:02d}"
        img.save(os.path.join(out, name + ".png"))
        with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def write_language_lines(lang, count, out, seed):
    """Degraded lines of one language's held-out text in the held-out fonts, at the same
    print-like height as write_lines."""
    from render import render_one
    rng = random.Random(seed)
    _, held = fonts.split()
    sentences = texts.source_lines("valid", lang)
    n = 0
    while n < count:
        text = texts.make_line(rng, sentences)
        if not text:
            continue
        res = render_one((text, held, seed * 1000003 + n + rng.randint(0, 1 << 20), False))
        if res is None:
            continue
        arr, text, _ = res
        img = Image.fromarray(arr).resize((arr.shape[1] * 2, 64), Image.BILINEAR)
        canvas = Image.new("L", (img.width + 24, img.height + 16), int(np.median(arr)))
        canvas.paste(img, (12, 8))
        name = f"{lang}{n:04d}"
        canvas.save(os.path.join(out, name + ".png"))
        with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        n += 1


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
    ap.add_argument("--lang", choices=["hin", "mar", "nep", "san"],
                    help="instead: --lines lines of this language's held-out text, held-out fonts")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.lang:
        write_language_lines(a.lang, a.lines, a.out, a.seed)
        print(f"{a.out}: {a.lines} {a.lang} lines")
        return
    write_lines(os.path.join(ROOT, "lines", a.set), a.lines, a.out, "line")
    write_pages(a.pages, a.out, a.seed)
    print(f"{a.out}: {a.lines} lines, {a.pages} pages")


if __name__ == "__main__":
    main()
