"""Damage that real inputs have and clean renders lack, applied to a cropped line rendered
dark on white at 28-64 px. Three families, chosen per sample by `damage()`:

- print_scan: the physics of ink on paper and of a scanner — ink spread or starved type
  (blur, then a threshold that moves the stroke edge), broken strokes and filled counters
  (a low-frequency noise field added before that threshold), paper tone and texture,
  bleed-through of the other side, page curl (a baseline that waves), the scan resolution
  (downsampled so the line is 14-60 px high, as at 200-600 dpi), a 1-bit threshold at a
  varied level, halftone screens, speckle, JPEG.
- scene: a sign or poster photographed — text in a colour, light on dark or dark on light,
  outlined or shadowed, over a real photograph (`backgrounds()`), a little perspective,
  defocus and motion blur, sensor noise, JPEG; then to gray with the polarity the C++
  pipeline would choose (dark text on light), occasionally left inverted.
- legacy: the first recipe's mix (blur, noise, JPEG, low resolution, 1-bit, rotation).

Everything returns a grayscale PIL image of the same crop (size may change)."""
import glob
import io
import os

import numpy as np
from PIL import Image, ImageFilter

# Training photographs: Debian's wallpaper packages (gnome-backgrounds, mate-backgrounds).
# The OpenCV sample images (Debian's opencv source package) are kept for evaluation only.
TRAIN_BACKGROUND_GLOBS = ["/usr/share/backgrounds/**/*.jpg", "/usr/share/backgrounds/**/*.png",
                          "/usr/share/backgrounds/**/*.webp"]

_backgrounds = None


def backgrounds(globs=None):
    """Photographs as RGB arrays, at most 1200 px on the long side (loaded once per process)."""
    global _backgrounds
    if _backgrounds is None or globs is not None:
        paths = sorted({p for g in (globs or TRAIN_BACKGROUND_GLOBS) for p in glob.glob(g, recursive=True)})
        out = []
        for p in paths:
            try:
                im = Image.open(p).convert("RGB")
            except Exception:
                continue
            im.thumbnail((1200, 1200))
            out.append(np.asarray(im))
        if globs is not None:
            return out
        _backgrounds = out
    return _backgrounds


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2 ** 31))


def _smooth_noise(shape, scale, nrng):
    """Noise varying over about `scale` pixels, zero mean, unit-ish amplitude."""
    h, w = shape
    gh, gw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    g = Image.fromarray((nrng.standard_normal((gh, gw)) * 40 + 128).clip(0, 255).astype(np.uint8))
    return (np.asarray(g.resize((w, h), Image.BICUBIC)).astype(np.float32) - 128) / 40


def _jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert(img.mode)


def _ink(img):
    """Ink coverage 0..1 of a dark-on-white rendering."""
    a = np.asarray(img).astype(np.float32)
    lo = min(float(a.min()), 160.0)
    return np.clip((255.0 - a) / max(1.0, 255.0 - lo), 0, 1)


def _curl(arr, rng, fill):
    """A baseline that waves (page curl, a bent sign): shift columns vertically."""
    h, w = arr.shape
    amp = rng.uniform(0.02, 0.08) * h
    period = rng.uniform(1.5, 5.0) * w
    phase = rng.uniform(0, 6.28)
    out = np.full_like(arr, fill)
    shifts = np.round(amp * np.sin(np.arange(w) / period * 6.28 + phase)).astype(int)
    for s in np.unique(shifts):
        cols = shifts == s
        if s >= 0:
            out[s:, cols] = arr[:h - s, cols]
        else:
            out[:h + s, cols] = arr[-s:, cols]
    return out


def print_scan(img, rng, bleed=None):
    nrng = _np_rng(rng)
    ink = _ink(img)
    h, w = ink.shape
    # Ink spread or starved type: blur the coverage, then move the edge with the threshold.
    sigma = rng.uniform(0.3, 1.8) * h / 48
    cov = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(sigma)),
                     dtype=np.float32) / 255
    level = rng.uniform(0.2, 0.6)  # low: fat, filled-in strokes; high: thin, broken ones
    if rng.random() < 0.6:  # uneven inking: broken strokes here, filled counters there
        level = level + _smooth_noise((h, w), rng.uniform(2, 10) * h / 48, nrng) * rng.uniform(0.04, 0.14)
    soft = rng.uniform(0.03, 0.12)
    before = ink.sum()
    ink = np.clip((cov - level) / soft + 0.5, 0, 1)
    if ink.sum() < 0.45 * before:  # starved past reading: a real page would be reprinted
        ink = np.clip((cov - 0.5 * np.mean(level)) / soft + 0.5, 0, 1)
    # Paper: tone, fibres, bleed-through of the other side.
    paper = rng.uniform(175, 250) + _smooth_noise((h, w), rng.uniform(4, 40), nrng) * rng.uniform(0, 10)
    if bleed is not None and rng.random() < 0.25:
        b = np.asarray(bleed.resize((w, h)).transpose(Image.FLIP_LEFT_RIGHT), dtype=np.float32)
        b = np.asarray(Image.fromarray(b.astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 2.0))),
                       dtype=np.float32)
        paper = paper - (255 - b) * rng.uniform(0.08, 0.3)
    ink_tone = rng.uniform(0, 70)
    arr = paper * (1 - ink) + ink_tone * ink
    if rng.random() < 0.2:
        arr = _curl(arr, rng, float(np.median(paper)))
    # The scan: a resolution at which this line is 14-60 px high.
    target_h = rng.uniform(14, 60)
    f = min(1.0, target_h / h)
    small = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if f < 0.98:
        small = small.resize((max(1, int(w * f)), max(1, int(h * f))), Image.BOX)
    s = np.asarray(small).astype(np.float32)
    s += nrng.normal(0, rng.uniform(1, 10), s.shape)
    mode = rng.random()
    if mode < 0.45:  # 1-bit scan at a threshold of its own
        t = np.percentile(s, rng.uniform(5, 40)) * 0.5 + rng.uniform(90, 170) * 0.5
        s = np.where(s < t, 0.0, 255.0)
        if rng.random() < 0.5:  # speckle
            sp = nrng.random(s.shape)
            p = rng.uniform(0.001, 0.01)
            s[sp < p] = 0
            s[sp > 1 - p] = 255
    elif mode < 0.55:  # halftone screen: a dot grid modulates the tone
        period = rng.choice([2, 3, 4])
        yy, xx = np.mgrid[0:s.shape[0], 0:s.shape[1]]
        screen = (np.sin(xx * 6.28 / period) * np.sin(yy * 6.28 / period) + 1) * 64 + 64
        s = np.where(s < screen + rng.uniform(-20, 40), 0.0, 255.0)
    out = Image.fromarray(np.clip(s, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:
        out = _jpeg(out, rng.randint(20, 80))
    return out


def _perspective(im, rng, fill):
    w, h = im.size
    d = rng.uniform(0.0, 0.12)
    coeffs_src = [(0, 0), (w, 0), (w, h), (0, h)]
    jit = [(x + rng.uniform(-d, d) * h, y + rng.uniform(-d, d) * h) for x, y in coeffs_src]
    a = []
    b = []
    for (x, y), (u, v) in zip(coeffs_src, jit):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    try:
        coeffs = np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64))
    except np.linalg.LinAlgError:
        return im
    return im.transform(im.size, Image.PERSPECTIVE, tuple(coeffs), Image.BILINEAR, fillcolor=fill)


def _colour(rng, light):
    if light:
        return np.array([rng.uniform(170, 255) for _ in range(3)])
    return np.array([rng.uniform(0, 110) for _ in range(3)])


def scene(img, rng, photos, colour_out=False, camera_px=(16, 64)):
    """`colour_out`: the RGB photo as a camera gives it (evaluation sets), not the gray line
    with the pipeline's polarity that training sees."""
    nrng = _np_rng(rng)
    ink = _ink(img)
    h, w = ink.shape
    # Background: a patch of a photograph, often flattened toward a sign's paint.
    if photos and rng.random() < 0.85:
        p = photos[rng.randrange(len(photos))]
        ph, pw = p.shape[:2]
        scale = rng.uniform(0.3, 2.0)
        cw, ch = min(pw, max(8, int(w / scale))), min(ph, max(8, int(h / scale)))
        x0, y0 = rng.randint(0, pw - cw), rng.randint(0, ph - ch)
        bg = np.asarray(Image.fromarray(p[y0:y0 + ch, x0:x0 + cw]).resize((w, h), Image.BILINEAR), dtype=np.float32)
    else:
        bg = np.zeros((h, w, 3), np.float32) + nrng.uniform(0, 255, 3)
        bg += _smooth_noise((h, w), rng.uniform(5, 60), nrng)[..., None] * rng.uniform(0, 30)
    light_text = rng.random() < 0.45
    paint = _colour(rng, not light_text)
    flat = rng.uniform(0.2, 0.95)  # how much of the photo shows through the sign's paint
    bg = bg * (1 - flat) + paint * flat
    fg = _colour(rng, light_text)
    alpha = ink[..., None]
    out = bg.copy()
    if rng.random() < 0.25:  # drop shadow
        dx, dy = rng.randint(-3, 3) * h // 48, rng.randint(1, 4) * h // 48
        sh = np.roll(np.roll(ink, dy, 0), dx, 1)
        sh = np.asarray(Image.fromarray((sh * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(h / 40)),
                        dtype=np.float32)[..., None] / 255
        out = out * (1 - 0.6 * sh)
    if rng.random() < 0.25:  # outline in a third colour
        r = max(3, int(h / 16) * 2 + 1)
        grown = np.asarray(Image.fromarray((ink * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(r)),
                           dtype=np.float32)[..., None] / 255
        oc = _colour(rng, not light_text)
        out = out * (1 - grown) + oc * grown
    out = out * (1 - alpha) + fg * alpha
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    fill = tuple(int(v) for v in np.median(out.reshape(-1, 3), axis=0))
    if rng.random() < 0.5:
        im = _perspective(im, rng, fill)
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.8) * h / 48))
    if rng.random() < 0.2:  # motion blur along x
        k = max(2, int(rng.uniform(0.02, 0.08) * h))
        a = np.asarray(im, dtype=np.float32)
        a = sum(np.roll(a, i, 1) for i in range(k)) / k
        im = Image.fromarray(a.astype(np.uint8))
    target_h = rng.uniform(*camera_px)  # the camera's resolution on this sign (text height, px)
    if target_h < h:
        im = im.resize((max(1, int(w * target_h / h)), max(1, int(target_h))), Image.BILINEAR)
    a = np.asarray(im, dtype=np.float32) + nrng.normal(0, rng.uniform(1, 12), (im.height, im.width, 3))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        im = _jpeg(im, rng.randint(25, 85))
    if colour_out:
        return im
    gray = np.asarray(im.convert("L"), dtype=np.float32)
    # Polarity as the pipeline would decide it: dark text on light, mostly.
    text_lum = float(np.dot(fg, [0.299, 0.587, 0.114]))
    back_lum = float(np.median(gray))
    if text_lum > back_lum and rng.random() < 0.9:
        gray = 255 - gray
    return Image.fromarray(gray.astype(np.uint8))


def damage(img, rng, legacy, bleed=None):
    """One family of damage, chosen at random: print_scan 45%, scene 25%, legacy 30%."""
    r = rng.random()
    if r < 0.45:
        return print_scan(img, rng, bleed)
    if r < 0.70:
        return scene(img, rng, backgrounds())
    return legacy(img, rng)
