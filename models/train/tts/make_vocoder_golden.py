"""Golden vectors for the C++ vocoder: a fixed parameter track (unvoiced onset, a voiced
stretch with rising F0 and mixed aperiodicity, a quiet unvoiced tail) and the waveform
vocoder_ref.py makes from it.

/usr/bin/python3 models/train/tts/make_vocoder_golden.py --out tests/golden/vocoder
writes vocoder.track.txt (one frame per line: f0, ORDER+1 cepstra, 4 aperiodicities) and
vocoder.expected.f32 (little-endian float32 samples).
"""
import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import vocoder_ref as V  # noqa: E402


def track():
    rng = np.random.default_rng(7)
    T = 48
    f0 = np.zeros(T)
    cep = np.zeros((T, V.ORDER + 1))
    ap = np.ones((T, 4))
    vowel = np.concatenate([[-1.5, 1.1, -0.35, 0.28, -0.22], rng.normal(0, 0.05, V.ORDER - 4)])
    fricative = np.concatenate([[-3.0, -0.9, 0.2, -0.1], rng.normal(0, 0.03, V.ORDER - 3)])
    for i in range(T):
        if i < 10:
            cep[i] = fricative
        elif i < 40:
            f0[i] = 100.0 + 60.0 * (i - 10) / 29.0
            cep[i] = vowel + rng.normal(0, 0.02, V.ORDER + 1)
            ap[i] = [0.02, 0.08, 0.3, 0.7]
        else:
            cep[i] = fricative
            cep[i, 0] -= 3.0  # quieter
    return f0, cep, ap


def main():
    ap_ = argparse.ArgumentParser()
    ap_.add_argument("--out", required=True, help="path prefix")
    args = ap_.parse_args()
    f0, cep, ap = track()
    wave = V.synthesize(f0, cep, ap)
    prefix = Path(args.out)
    with open(f"{prefix}.track.txt", "w") as f:
        f.write(f"# frames {len(f0)}; per line: f0 (Hz), {V.ORDER + 1} warped cepstra, 4 band aperiodicities\n")
        for i in range(len(f0)):
            f.write(" ".join(f"{v:.9g}" for v in [f0[i], *cep[i], *ap[i]]) + "\n")
    wave.astype("<f4").tofile(f"{prefix}.expected.f32")
    print(f"{len(f0)} frames -> {len(wave)} samples, peak {np.abs(wave).max():.3f}, rms {np.sqrt(np.mean(wave ** 2)):.4f}")


if __name__ == "__main__":
    main()
