"""Renders text lines to degraded grayscale images, height 32, width <= 512, pre-rendered
once into a compact cache (uint8 memmap [N, 32, 512], widths, labels) so training reads
them at disk speed.

The crop follows the C++ line extractor (pipelines/ocr/recognize/line_image.cc): the ink's
bounding box plus a margin of about 15% of its height above and below (jittered 5-25% here
so the model tolerates segmentation slop), scaled to height 32 by area averaging.

    /usr/bin/python3 models/train/ocr/render.py --split train --count 120000 --seed 1
"""
import argparse
import io
import json
import multiprocessing as mp
import os
import random

import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import degrade
import fonts
import texts

H, W = 32, 512
CACHE = os.path.join(fonts.CACHE, "..", "lines")


def lines_root(script):
    """Devanagari's rendered lines sit in lines/ (runs v1-v5), another script's in lines/<script>/."""
    return CACHE if script == "deva" else os.path.join(CACHE, script)

_font_cache = {}
_cmap_cache = {}


def cmap(path):
    if path not in _cmap_cache:
        _cmap_cache[path] = set(TTFont(path, lazy=True).getBestCmap().keys())
    return _cmap_cache[path]


def font(path, size):
    key = (path, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)
    return _font_cache[key]


# How often a line of each source language is shaped with that language's letter forms
# (OpenType locl: Marathi श and ल, Nepali झ and digits); most Marathi print uses them, much
# Nepali print and some older Hindi type does too.
LETTER_FORMS = {"mar": [("mr", 0.85)], "nep": [("ne", 0.6), ("mr", 0.1)],
                "hin": [("mr", 0.05)], None: [("mr", 0.05)]}
FORM_LANGUAGE = {"mar": "mr", "nep": "ne"}  # eval sets: always the language's own forms


def letter_forms(lang, rng):
    """The BCP-47 language to shape a line of source language `lang` with, or None."""
    r = rng.random()
    for tag, p in LETTER_FORMS.get(lang, []):
        if r < p:
            return tag
        r -= p
    return None


def render_clean(text, path, size, rng, language=None):
    f = font(path, size)
    x0, y0, x1, y1 = f.getbbox(text, language=language)
    pad = size
    img = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 255)
    ink = rng.randint(0, 90)
    ImageDraw.Draw(img).text((pad - x0, pad - y0), text, font=f, fill=ink, language=language)
    return img


def crop_line(img, rng):
    """The ink's bounding box on the clean rendering, plus jittered margins."""
    arr = np.asarray(img)
    ys, xs = np.nonzero(arr < 160)
    if len(ys) == 0:
        return None
    top, bottom, left, right = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    h = bottom - top
    box = (left - h * rng.uniform(0.0, 0.15), top - h * rng.uniform(0.05, 0.25),
           right + h * rng.uniform(0.0, 0.15), bottom + h * rng.uniform(0.05, 0.25))
    return img.crop(tuple(int(round(v)) for v in box))  # outside the canvas fills black: canvas has room


def scale_to_height(crop, rng):
    scale = H / crop.height
    width = max(1, int(round(crop.width * scale * rng.uniform(0.9, 1.1))))
    if width > W:
        return None
    return crop.resize((width, H), Image.BOX if scale < 1 else Image.BILINEAR)


def legacy_damage(img, rng):
    """The first recipe's scanner and camera damage on the cropped line at rendering resolution
    (degrade.py adds print-scan physics and scene text beside it)."""
    w, h = img.size
    if rng.random() < 0.3:  # uneven light / coloured paper
        grad = np.linspace(rng.uniform(0.6, 1.0), rng.uniform(0.8, 1.0), w)[None, :]
        base = np.asarray(img).astype(np.float32) * grad + rng.uniform(-20, 10)
        img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    if rng.random() < 0.25:  # slight skew left by segmentation
        img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BILINEAR, expand=False, fillcolor=int(np.median(img)))
    if rng.random() < 0.25:  # bleeding or broken strokes
        img = img.filter(ImageFilter.MinFilter(3) if rng.random() < 0.5 else ImageFilter.MaxFilter(3))
    if rng.random() < 0.4:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.6)))
    if rng.random() < 0.3:  # low resolution
        f = rng.uniform(0.3, 0.7)
        small = img.resize((max(1, int(img.width * f)), max(1, int(img.height * f))), Image.BILINEAR)
        img = small.resize(img.size, Image.BILINEAR)
    arr = np.asarray(img).astype(np.float32)
    if rng.random() < 0.5:
        arr += np.random.default_rng(rng.randint(0, 2 ** 31)).normal(0, rng.uniform(2, 18), arr.shape)
    if rng.random() < 0.15:  # 1-bit thresholded scan
        arr = np.where(arr < rng.uniform(100, 180), 0, 255).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(15, 70))
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def render_one(args):
    text, font_list, seed, clean = args[:4]
    language = args[4] if len(args) > 4 else None  # the shaping language, for letter forms
    rng = random.Random(seed)
    usable = [f for f in font_list if all(ord(c) in cmap(f) or c == " " for c in text)]
    if not usable:
        return None
    path = rng.choice(usable)
    try:
        crop = crop_line(render_clean(text, path, rng.randint(28, 64), rng, language), rng)
        if crop is None:
            return None
        if not clean and rng.random() > 0.12:
            crop = degrade.damage(crop, rng, legacy=legacy_damage, bleed=crop)
        line = scale_to_height(crop, rng)
    except Exception:  # a font that cannot shape this text: skip the sample
        return None
    if line is None:
        return None
    return np.asarray(line, dtype=np.uint8), text, os.path.basename(path)


def build(split, count, seed, font_list, out_dir, clean=False, procs=2, forms=False, only=None, script="deva"):
    os.makedirs(out_dir, exist_ok=True)
    split_name = "train" if split == "train" else "valid"
    if forms:
        form_rng = random.Random(seed + 7)
        candidates = [(t, letter_forms(lang, form_rng))
                      for t, lang in texts.lines_with_language(split_name, int(count * 1.3) + 100, seed, only)]
    else:  # runs v1-v4: every line in the default (Hindi) forms
        candidates = [(t, None) for t in texts.lines(split_name, int(count * 1.3) + 100, seed, script)]
    images = np.lib.format.open_memmap(os.path.join(out_dir, "images.npy"), mode="w+", dtype=np.uint8,
                                       shape=(count, H, W))
    widths, labels, used_fonts = [], [], []
    jobs = [(t, font_list, seed * 1000003 + i, clean, lang) for i, (t, lang) in enumerate(candidates)]
    with mp.Pool(procs) as pool:
        for res in pool.imap(render_one, jobs, chunksize=64):
            if res is None:
                continue
            arr, text, fname = res
            n = len(widths)
            images[n] = 255
            images[n, :, :arr.shape[1]] = arr
            widths.append(arr.shape[1])
            labels.append(text)
            used_fonts.append(fname)
            if len(widths) == count:
                pool.terminate()
                break
    images.flush()
    n = len(widths)
    # meta.json appears last and whole: train.py takes a folder once it exists.
    with open(os.path.join(out_dir, "meta.json.tmp"), "w", encoding="utf-8") as f:
        json.dump({"count": n, "widths": widths, "labels": labels, "fonts": used_fonts, "seed": seed,
                   "split": split, "script": script}, f, ensure_ascii=False)
    os.replace(os.path.join(out_dir, "meta.json.tmp"), os.path.join(out_dir, "meta.json"))
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["train", "valid_seen", "valid_unseen"], required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--letter-forms", action="store_true",
                    help="shape Marathi and Nepali lines (mostly) in their own letter forms (run v5 on)")
    ap.add_argument("--only", help="with --letter-forms: these languages' lines alone (e.g. mar,nep)")
    ap.add_argument("--script", default="deva", choices=sorted(fonts.SCRIPTS), help="the script's fonts and text")
    a = ap.parse_args()
    train_fonts, held_fonts = fonts.split(script=a.script)
    font_list = held_fonts if a.split == "valid_unseen" else train_fonts
    out = a.out or os.path.join(lines_root(a.script), f"{a.split}-{a.seed}")
    n = build(a.split, a.count, a.seed, font_list, out, procs=a.procs, forms=a.letter_forms,
              only=a.only.split(",") if a.only else None, script=a.script)
    print(f"{out}: {n} lines from {len(font_list)} fonts")


if __name__ == "__main__":
    main()
