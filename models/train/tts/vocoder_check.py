"""How much the vocoder itself loses: held-out teacher sentences analysed, resynthesized
with vocoder_ref.py (the C++ vocoder's reference, equal to it within 60 dB SNR) and
analysed again; prints MCD (dB), F0 RMSE (Hz) on frames voiced in both, and V/UV error.

/usr/bin/python3 models/train/tts/vocoder_check.py --sentences 20
"""
import argparse
import os
import sys
from pathlib import Path

import numpy as np
import scipy.io.wavfile

sys.path.insert(0, str(Path(__file__).resolve().parent))
import analysis  # noqa: E402
import vocoder_ref as V  # noqa: E402

CACHE = Path(os.environ.get("VACHAK_CACHE", Path.home() / ".cache" / "vachak"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=20)
    args = ap.parse_args()
    wavs = sorted((CACHE / "tts" / "teacher-valid").glob("*.wav"))[:args.sentences]
    mcd, rmse, vuv = [], [], []
    for w in wavs:
        _, x = scipy.io.wavfile.read(w)
        x = x.astype(np.float64)
        f0, cep, ap_ = analysis.analyse(x)
        y = V.synthesize(f0, cep, ap_)[:len(x)]
        f0b, cepb, _ = analysis.analyse(y)
        n = min(len(f0), len(f0b))
        both = (f0[:n] > 0) & (f0b[:n] > 0)
        mcd.append(analysis.mel_cepstral_distortion(cep[:n], cepb[:n]))
        rmse.append(float(np.sqrt(np.mean((f0[:n][both] - f0b[:n][both]) ** 2))))
        vuv.append(float(np.mean((f0[:n] > 0) != (f0b[:n] > 0))))
    print(f"copy synthesis over {len(wavs)} held-out teacher sentences: MCD {np.mean(mcd):.2f} dB, "
          f"F0 RMSE {np.mean(rmse):.1f} Hz, V/UV error {100 * np.mean(vuv):.1f}%")


if __name__ == "__main__":
    main()
