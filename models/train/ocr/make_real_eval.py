"""Held-out sets that look like what users point Vachak at -- not like our training renders --
with the true line boxes, for `vachak eval ocr` (NAME.png|jpg + NAME.gt.txt, and
NAME.lines.tsv: "x0 y0 x1 y1" per text line, source pixels).

Everything is in the held-out fonts (fonts.HELD_OUT) and held-out text (the last 3% of each
corpus file); the photographs behind the sign text are the OpenCV sample images (Debian's
opencv source package), which training never sees (training uses Debian's wallpapers).

  --layouts N  stress pages: tight leading (lines whose matras touch), a running head with a
               page number, a title in large type, two columns, mixed sizes, a picture;
               printed and scanned (ink spread, 1-bit or gray, noise), 1700-2500 px wide.
  --scans N    old-book pages: one column, letterpress ink (broken and filled strokes),
               a 1-bit scan at 300 dpi with speckle and a tilted page.
  --signs N    sign crops: a word or two in colour on a patch of a photograph (light on
               dark or dark on light, outlines, shadows, perspective, blur, JPEG), cropped
               loosely, as a user snaps a signboard word.

    /usr/bin/python3 models/train/ocr/make_real_eval.py --layouts 20 --scans 6 --signs 120 --out DIR
"""
import argparse
import glob
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import degrade
import fonts
import texts
from render import cmap

EVAL_BACKGROUND_GLOBS = [os.path.join(fonts.CACHE, "..", "bg-opencv", "*.jpg"),
                         os.path.join(fonts.CACHE, "..", "bg-opencv", "*.png")]


# Languages of the other scripts: their fontconfig language tag (Debian's fonts for them) and
# their script's Unicode block (a font must have its letters: fontconfig's Punjabi also
# lists Shahmukhi fonts).
OTHER_SCRIPTS = {"ben": ("bn", 0x0980), "pan": ("pa", 0x0A00), "guj": ("gu", 0x0A80), "ori": ("or", 0x0B00),
                 "tam": ("ta", 0x0B80), "tel": ("te", 0x0C00), "kan": ("kn", 0x0C80), "mal": ("ml", 0x0D00)}


# The languages whose script has a trained model: their pages use that script's held-out
# fonts only (fonts.SCRIPTS), not every Debian font.
TRAINED_SCRIPT = {"ben": "beng", "guj": "gujr"}


def other_script(lang):
    """(font paths, held-out sentences) of a language written in another script: every Debian
    font fontconfig lists for it where no model reads the script yet, the script's held-out
    fonts where one does (TRAINED_SCRIPT), and the held-out slice of its corpora
    (corpora.OTHER_SCRIPT_SOURCES)."""
    import subprocess
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from corpora import SHARED, source_paths, split_lines
    tag, block = OTHER_SCRIPTS[lang]
    out = subprocess.run(["fc-list", f":lang={tag}", "file"], capture_output=True, text=True, check=True).stdout
    paths = sorted({l.split(":")[0].strip() for l in out.splitlines() if l.strip().endswith(":")
                    or l.strip().split(":")[0].endswith((".ttf", ".otf"))})
    paths = [p for p in paths if p.endswith((".ttf", ".otf")) and not fonts.is_reserved(p) and block + 0x15 in cmap(p)]
    if lang in TRAINED_SCRIPT:
        paths = fonts.split(script=TRAINED_SCRIPT[lang])[1]
    sentences = [l for p in source_paths(SHARED, lang) for l in split_lines(p, "valid")]
    assert paths and sentences, (lang, len(paths), len(sentences))
    return paths, sentences


def font(path, size):
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)


def covered(path, text):
    cm = cmap(path)
    return all(ord(c) in cm or c == " " for c in text)


def pick_text(rng, sentences, path, fnt, max_width, min_words=3, max_words=10):
    for _ in range(200):
        words = rng.choice(sentences).split()
        k = rng.randint(min(min_words, len(words)), min(max_words, len(words)))
        start = rng.randint(0, len(words) - k)
        text = " ".join(words[start:start + k])
        if text and covered(path, text) and fnt.getlength(text) <= max_width:
            return text
    return None


def page_number(rng, path):
    n = str(rng.randint(2, 480))
    return n if covered(path, n) else "".join("०१२३४५६७८९"[int(d)] for d in n)


class Page:
    """A white page at print resolution with the text lines drawn on it and their boxes."""

    def __init__(self, w, h):
        self.img = Image.new("L", (w, h), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.lines = []  # (box, text)

    def text(self, xy, text, fnt):
        box = self.draw.textbbox(xy, text, font=fnt)
        self.draw.text(xy, text, font=fnt, fill=0)
        self.lines.append((box, text))
        return box

    def column(self, x0, x1, y, y_end, path, size, leading, sentences, rng, min_words=3):
        """Fills a column with lines `leading` x size apart; returns the y reached."""
        fnt = font(path, size)
        while y + size * 1.3 < y_end:
            t = pick_text(rng, sentences, path, fnt, x1 - x0, min_words)
            if t is None:
                break
            self.text((x0, y), t, fnt)
            y += int(size * leading)
        return y


def picture(page, box, rng):
    """A photograph-like block (halftoned noise field) where no text is."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    g = Image.fromarray((nrng.random((max(2, h // 20), max(2, w // 20))) * 255).astype(np.uint8)).resize(
        (w, h), Image.BICUBIC)
    page.img.paste(g, (x0, y0))


def layout_page(rng, held, sentences):
    w, h = rng.choice([(1700, 2300), (2000, 2800), (2480, 3300)])
    s = w / 1700  # type scales with the page
    page = Page(w, h)
    body_font, head_font = rng.choice(held), rng.choice(held)
    m = int(120 * s)
    y = m
    # Running head, page number at the right edge of the same band.
    hs = int(rng.uniform(22, 28) * s)
    hf = font(head_font, hs)
    t = pick_text(rng, sentences, head_font, hf, w * 0.5, 2, 5)
    if t:
        page.text((m, y), t, hf)
        page.text((w - m - int(60 * s), y), page_number(rng, head_font), font(head_font, hs))
    y += int(hs * rng.uniform(1.8, 3.0))
    # A title in large type, one or two lines, leading tight enough to touch.
    ts = int(rng.uniform(60, 90) * s)
    y = page.column(m, w - m, y, y + int(ts * 2.3), head_font, ts, rng.uniform(0.95, 1.15), sentences, rng, 2)
    y += int(ts * 0.4)
    leading = rng.uniform(0.98, 1.35)  # 0.98-1.1: matras of neighbouring lines touch
    bs = int(rng.uniform(30, 42) * s)
    two_columns = rng.random() < 0.45
    bottom = h - m - int(80 * s)
    if rng.random() < 0.35:  # a picture across the top of the body
        ph = int(rng.uniform(0.12, 0.22) * h)
        picture(page, (m, y, w - m, y + ph), rng)
        y += ph + int(bs * 0.8)
    if two_columns:
        gap = int(rng.uniform(50, 90) * s)
        mid = w // 2
        page.column(m, mid - gap // 2, y, bottom, body_font, bs, leading, sentences, rng)
        page.column(mid + gap // 2, w - m, y, bottom, body_font, bs, leading, sentences, rng)
    else:
        page.column(m, w - m, y, bottom, body_font, bs, leading, sentences, rng)
    # Page number at the foot.
    page.text((w // 2, h - m), page_number(rng, body_font), font(body_font, bs))
    return page


def scan_page(rng, held, sentences):
    w, h = 2000, 2900
    page = Page(w, h)
    path = rng.choice(held)
    size = int(rng.uniform(36, 46))
    page.column(150, w - 150, 200, h - 200, path, size, rng.uniform(1.25, 1.6), sentences, rng, 4)
    return page


def print_and_scan(img, rng, one_bit, line_px, max_tilt=1.0):
    """The whole page through ink and a scanner: ink spread or starved type with uneven
    inking, paper tone, blur, noise, then 1-bit or gray with speckle; a slight tilt."""
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    ink = 1.0 - np.asarray(img, dtype=np.float32) / 255
    h, w = ink.shape
    cov = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.6, 1.6) * line_px / 48)), dtype=np.float32) / 255
    level = rng.uniform(0.25, 0.45) + degrade._smooth_noise((h, w), line_px * rng.uniform(0.3, 1.5), nrng) * 0.08
    ink = np.clip((cov - level) / 0.08 + 0.5, 0, 1)
    paper = rng.uniform(200, 245) + degrade._smooth_noise((h, w), 60, nrng) * 6
    a = paper * (1 - ink) + rng.uniform(10, 60) * ink + nrng.normal(0, 6, (h, w))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    tilt = rng.uniform(-max_tilt, max_tilt)
    out = out.rotate(tilt, resample=Image.BILINEAR, fillcolor=int(np.median(paper)))
    if one_bit:
        arr = np.asarray(out, dtype=np.float32)
        arr = np.where(arr < rng.uniform(110, 160), 0, 255).astype(np.uint8)
        sp = nrng.random(arr.shape)
        arr[sp < 0.0015] = 0
        out = Image.fromarray(arr).convert("1")
    return out, tilt


def tilt_boxes(lines, size, degrees):
    """Moves each true box with the page's tilt: its centre turns about the page's centre
    (PIL turns counter-clockwise), its size stays (the tilt is a fraction of a degree)."""
    cx, cy = size[0] / 2, size[1] / 2
    a = np.radians(degrees)
    out = []
    for (x0, y0, x1, y1), t in lines:
        mx, my = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
        nx, ny = cx + mx * np.cos(a) + my * np.sin(a), cy - mx * np.sin(a) + my * np.cos(a)
        dx, dy = nx - (x0 + x1) / 2, ny - (y0 + y1) / 2
        out.append(((int(round(x0 + dx)), int(round(y0 + dy)), int(round(x1 + dx)), int(round(y1 + dy))), t))
    return out


def save(out, name, img, lines, ext="png"):
    img.save(os.path.join(out, f"{name}.{ext}"), **({"quality": 80} if ext == "jpg" else {}))
    with open(os.path.join(out, name + ".gt.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(t for _, t in lines) + "\n")
    with open(os.path.join(out, name + ".lines.tsv"), "w") as f:
        for (x0, y0, x1, y1), _ in lines:
            f.write(f"{x0} {y0} {x1} {y1}\n")


def sign_crop(rng, held, sentences, photos, big):
    """A sign word as a user crops it: `big`, straight from a 12-megapixel photo (text
    80-300 px high); else small (text 16-64 px, a far sign or a thumbnail)."""
    path = rng.choice(held)
    size = rng.randint(100, 320) if big else rng.randint(40, 90)
    fnt = font(path, size)
    t = pick_text(rng, sentences, path, fnt, 1400, 1, rng.choice([1, 1, 2, 3]))
    if t is None:
        return None, None
    x0, y0, x1, y1 = fnt.getbbox(t)
    pad = size
    img = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 255)
    ImageDraw.Draw(img).text((pad - x0, pad - y0), t, font=fnt, fill=0)
    # A loose crop: the margin a finger leaves around a word.
    hh = y1 - y0
    box = (pad - hh * rng.uniform(0.2, 0.8), pad - hh * rng.uniform(0.3, 0.9),
           pad + (x1 - x0) + hh * rng.uniform(0.2, 0.8), pad + hh + hh * rng.uniform(0.3, 0.9))
    img = img.crop(tuple(int(round(v)) for v in box))
    sign = degrade.scene(img, rng, photos, colour_out=True, camera_px=(80, 300) if big else (16, 64))
    return sign, t


def scene_photo(rng, held, sentences, photos):
    """A phone photo of a street or a shop: a photograph 1600-2400 px wide with one to three
    signs on it -- painted boards (dark on light or light on dark) with a word or a short
    line each, at a slant, under uneven light, then blur, noise and JPEG. Returns the RGB
    image and the words on it (the truth for word recall and precision)."""
    p = photos[rng.randrange(len(photos))]
    w = rng.randint(1600, 2400)
    h = int(w * rng.uniform(0.6, 0.8))
    img = Image.fromarray(p).convert("RGB").resize((w, h), Image.BICUBIC)
    words = []
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(held)
        size = rng.randint(70, 180)
        fnt = font(path, size)
        t = pick_text(rng, sentences, path, fnt, w * 0.7, 1, 3)
        if t is None:
            continue
        x0, y0, x1, y1 = fnt.getbbox(t)
        pad = size // 2
        bw, bh = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
        dark_board = rng.random() < 0.45
        board = tuple(rng.randint(0, 80) for _ in range(3)) if dark_board else tuple(rng.randint(180, 255) for _ in range(3))
        ink = tuple(rng.randint(190, 255) for _ in range(3)) if dark_board else tuple(rng.randint(0, 90) for _ in range(3))
        sign = Image.new("RGB", (bw, bh), board)
        ImageDraw.Draw(sign).text((pad - x0, pad - y0), t, font=fnt, fill=ink)
        angle = rng.uniform(-4, 4)
        sign = sign.rotate(angle, resample=Image.BICUBIC, expand=True)
        shape = Image.new("L", (bw, bh), 255).rotate(angle, resample=Image.BICUBIC, expand=True)
        if sign.width >= w or sign.height >= h:
            continue
        px, py = rng.randint(0, w - sign.width), rng.randint(0, h - sign.height)
        img.paste(sign, (px, py), shape)
        words.extend(t.split())
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.7 + 0.3 * np.cos((xx / w - rng.uniform(0, 1)) * 2)[..., None]
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    a = a * light + nrng.normal(0, 5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.5)))
    return img, words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layouts", type=int, default=0)
    ap.add_argument("--scans", type=int, default=0)
    ap.add_argument("--signs", type=int, default=0)
    ap.add_argument("--scenes", type=int, default=0, help="whole phone photos with signs (words.txt truth)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--one-bit", action="store_true", help="every layout page a 1-bit scan (small files, for the repo)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--script-language", choices=sorted(OTHER_SCRIPTS),
                    help="layout pages in another script's language instead: its held-out corpus text in "
                         "Debian's fonts for it (line finding without a headline, issue #14)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    if a.script_language:
        held, sentences = other_script(a.script_language)
    else:
        _, held = fonts.split()
        sentences = texts.source_lines("valid")
    for i in range(a.layouts):
        page = layout_page(rng, held, sentences)
        one_bit = rng.random() < 0.5 or a.one_bit
        img, tilt = print_and_scan(page.img, rng, one_bit, 40 * page.img.width / 1700, 0.3)
        save(a.out, f"layout{i:02d}", img, tilt_boxes(page.lines, page.img.size, tilt))
    for i in range(a.scans):
        page = scan_page(rng, held, sentences)
        img, tilt = print_and_scan(page.img, rng, True, 42)
        save(a.out, f"scan{i:02d}", img, tilt_boxes(page.lines, page.img.size, tilt))
    if a.signs:
        photos = degrade.backgrounds(EVAL_BACKGROUND_GLOBS)
        assert photos, "no evaluation photographs: run `apt-get source opencv` (see README) first"
        n = 0
        while n < a.signs:
            img, t = sign_crop(rng, held, sentences, photos, big=n % 2 == 0)
            if img is None:
                continue
            img.save(os.path.join(a.out, f"sign{n:03d}.png"))
            with open(os.path.join(a.out, f"sign{n:03d}.gt.txt"), "w", encoding="utf-8") as f:
                f.write(t + "\n")
            n += 1
    if a.scenes:
        photos = degrade.backgrounds(EVAL_BACKGROUND_GLOBS)
        for n in range(a.scenes):
            img, words = scene_photo(rng, held, sentences, photos)
            img.save(os.path.join(a.out, f"scene{n:02d}.jpg"), quality=85)
            with open(os.path.join(a.out, f"scene{n:02d}.gt.txt"), "w", encoding="utf-8") as f:
                f.write(" ".join(words) + "\n")
    print(f"{a.out}: {a.layouts} layout pages, {a.scans} scans, {a.signs} sign crops, {a.scenes} scene photos")


if __name__ == "__main__":
    main()
