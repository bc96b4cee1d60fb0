#!/usr/bin/python3
"""The intonation figures of the voice card: F0 spread (p90/p10 of the voiced frames) of
each sentence spoken without (--intonation 0, the voice's own contour) and with the phrase
melody, measured by this recipe's own F0 tracker (analysis.f0_track, not the C++ tests'),
and a PNG of the F0 tracks of one sentence, before and after.

  intonation_figures.py --vachak build/apps/vachak [--sentences bench/texts/hi-intonation.txt]
                        [--plot models/tts/intonation-f0.png] [--plot-line N]
"""
import argparse
import io
import os
import subprocess
import sys
import wave

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analysis  # noqa: E402
import vocoder_ref as V  # noqa: E402


def speak(vachak, text, intonation):
    wav = subprocess.run([vachak, "tts", "--intonation", str(intonation), "-o", "-", text],
                         check=True, capture_output=True).stdout
    with wave.open(io.BytesIO(wav)) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64) / 32768.0
    return x


def f0(x):
    track, _ = analysis.f0_track(x, len(x) // V.HOP)
    return track


def spread(track):
    v = np.sort(track[track > 0])
    return float(v[len(v) * 9 // 10] / v[len(v) // 10]) if len(v) >= 10 else 0.0


def plot(before, after, text, out):
    W, H, L, B, T, R = 1200, 520, 80, 60, 50, 30
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    font_path = "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"
    font = ImageFont.truetype(font_path, 18) if os.path.exists(font_path) else ImageFont.load_default()
    small = ImageFont.truetype(font_path, 14) if os.path.exists(font_path) else font
    n = max(len(before), len(after))
    voiced = np.concatenate([before[before > 0], after[after > 0]])
    lo, hi = np.floor(voiced.min() / 10) * 10 - 10, np.ceil(voiced.max() / 10) * 10 + 10
    x_of = lambda i: L + (W - L - R) * i / max(n - 1, 1)
    y_of = lambda hz: H - B - (H - B - T) * (hz - lo) / (hi - lo)
    d.rectangle([L, T, W - R, H - B], outline="black")
    for hz in np.arange(lo, hi + 1, 20):
        d.line([L - 5, y_of(hz), L, y_of(hz)], fill="black")
        d.text((10, y_of(hz) - 8), "%d Hz" % hz, fill="black", font=small)
    for s in range(0, int(n * V.HOP / V.SAMPLE_RATE) + 1):
        xs = x_of(s * V.SAMPLE_RATE / V.HOP)
        d.line([xs, H - B, xs, H - B + 5], fill="black")
        d.text((xs - 8, H - B + 8), "%d s" % s, fill="black", font=small)
    for track, colour in ((before, (150, 150, 150)), (after, (20, 90, 200))):
        pts = []
        for i, v in enumerate(track):
            if v > 0:
                pts.append((x_of(i), y_of(v)))
            elif len(pts) > 1:
                d.line(pts, fill=colour, width=3)
                pts = []
            else:
                pts = []
        if len(pts) > 1:
            d.line(pts, fill=colour, width=3)
    if os.path.exists(font_path):  # (fonts-lohit-deva; scripts/install-train-deps.sh)
        d.text((L, 12), text, fill="black", font=font)
    d.text((W - 520, 12), "grey: --intonation 0 (p90/p10 %.2f)   blue: default (p90/p10 %.2f)"
           % (spread(before), spread(after)), fill="black", font=small)
    img.save(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--sentences", default="bench/texts/hi-intonation.txt")
    ap.add_argument("--plot", default="")
    ap.add_argument("--plot-line", type=int, default=3)
    a = ap.parse_args()
    lines = [l.strip() for l in open(a.sentences, encoding="utf-8") if l.strip()]
    print("| sentence | p90/p10 without | with |")
    print("|---|---:|---:|")
    rows = []
    for i, text in enumerate(lines):
        before, after = f0(speak(a.vachak, text, 0)), f0(speak(a.vachak, text, 1))
        rows.append((spread(before), spread(after)))
        print("| %s | %.2f | %.2f |" % (text, rows[-1][0], rows[-1][1]))
        if a.plot and i == a.plot_line:
            plot(before, after, text, a.plot)
    b, w = np.array(rows).T
    print("| median (min) | %.2f (%.2f) | %.2f (%.2f) |" % (np.median(b), b.min(), np.median(w), w.min()))


if __name__ == "__main__":
    main()
