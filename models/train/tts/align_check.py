"""How well forced_align.py finds phone boundaries in a voice it has never heard.

/usr/bin/python3 models/train/tts/align_check.py --vachak build/apps/vachak --sentences 20

Held-out teacher sentences (teacher-valid, exact phone times) are disguised as another
speaker: pitch x1.4, formants up 12% (the envelope stretched along frequency), a tempo
that wanders between 0.9x and 1.4x within the sentence, 30 dB of white noise, 22.05 kHz.
The true times follow the tempo map. align_folder.py's path (new teacher reference +
alignment) then times them; printed: boundary error against the truth, and for
comparison the reference's times merely stretched to the recording's length.
"""
import argparse
import sys
import tempfile
from math import gcd
from pathlib import Path

import numpy as np
import scipy.io.wavfile
import scipy.signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
import analysis  # noqa: E402
import forced_align  # noqa: E402
import vocoder_ref as V  # noqa: E402
from align_folder import read_lab, read_wave_16k, references  # noqa: E402
from render_teacher import CACHE  # noqa: E402

OUT_RATE = 22050


def disguise(x, lab, rng):
    """Another voice saying the same: (waveform at OUT_RATE, true lab on it)."""
    f0, cep, ap = analysis.analyse(x)
    T = len(f0)
    phase = rng.uniform(0, 2 * np.pi)
    src, s = [], 0.0
    while s < T - 1:
        src.append(s)
        t_sec = s * V.HOP / V.SAMPLE_RATE
        stretch = 1.15 + 0.25 * np.sin(2 * np.pi * t_sec / 1.7 + phase)  # output frames per source frame
        s += 1.0 / stretch
    src = np.array(src)
    k = np.floor(src).astype(int)
    frac = (src - k)[:, None]
    cep2 = cep[k] * (1 - frac) + cep[np.minimum(k + 1, T - 1)] * frac
    near = np.round(src).astype(int)
    f02 = f0[near] * 1.4
    ap2 = ap[near]
    table = V.warped_cos_table()
    pinv = np.linalg.pinv(table)
    bins = np.arange(table.shape[0])
    env = cep2 @ table.T
    shifted = np.array([np.interp(bins / 1.12, bins, e) for e in env])
    cep2 = shifted @ pinv.T
    y = V.synthesize(f02, cep2, ap2)
    y = y / (np.abs(y).max() + 1e-9) * 20000.0
    y = y + rng.normal(0.0, np.sqrt(np.mean(y ** 2)) / 10 ** (30 / 20), len(y))
    g = gcd(OUT_RATE, V.SAMPLE_RATE)
    y = scipy.signal.resample_poly(y, OUT_RATE // g, V.SAMPLE_RATE // g)

    def true_time(t):
        frame = t * V.SAMPLE_RATE / V.HOP
        u = np.searchsorted(src, frame)
        return u * V.HOP / V.SAMPLE_RATE

    truth = [(true_time(a), true_time(b), p) for a, b, p in lab]
    return y, truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--sentences", type=int, default=20)
    args = ap.parse_args()
    rng = np.random.default_rng(7)
    labs = sorted((CACHE / "tts" / "teacher-valid").glob("*.lab"))[:args.sentences]
    errors, stretched = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cases = []
        for lab_path in labs:
            _, x = scipy.io.wavfile.read(lab_path.with_suffix(".wav"))
            y, truth = disguise(x.astype(np.float64), read_lab(lab_path), rng)
            wav = tmp / (lab_path.stem + ".wav")
            scipy.io.wavfile.write(wav, OUT_RATE, np.clip(y, -32768, 32767).astype(np.int16))
            cases.append((wav, lab_path.with_suffix(".txt").read_text(encoding="utf-8").strip(), truth))
        refs = references(args.vachak, [t for _, t, _ in cases], tmp)
        skipped = 0
        for (wav, _, truth), ref in zip(cases, refs):
            rec = read_wave_16k(wav)
            got = forced_align.align(ref[0], ref[1], rec) if ref else None
            if got is None or len(got) != len(truth):
                skipped += 1
                continue
            errors.extend(abs(g[1] - t[1]) for g, t in zip(got[:-1], truth[:-1]))
            scale = (len(rec) / forced_align.SAMPLE_RATE) / ref[1][-1][1]
            stretched.extend(abs(r[1] * scale - t[1]) for r, t in zip(ref[1][:-1], truth[:-1]))
    e, s = np.array(errors) * 1000, np.array(stretched) * 1000
    print(f"{len(labs) - skipped} of {len(labs)} disguised held-out sentences aligned, {len(e)} phone boundaries")
    print(f"forced_align: mean error {e.mean():.1f} ms, median {np.median(e):.1f} ms, "
          f"within 20 ms {100 * np.mean(e <= 20):.1f}%, within 50 ms {100 * np.mean(e <= 50):.1f}%")
    print(f"stretched reference: mean error {s.mean():.1f} ms, median {np.median(s):.1f} ms, "
          f"within 20 ms {100 * np.mean(s <= 20):.1f}%, within 50 ms {100 * np.mean(s <= 50):.1f}%")
    return 0 if skipped == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
