"""A folder of recordings with their text -> a training folder like the teacher's.

/usr/bin/python3 models/train/tts/align_folder.py --vachak build/apps/vachak --in DIR --name NAME

DIR holds NAME.wav + NAME.txt pairs (any sample rate, mono or stereo, 16-bit PCM or
float; one sentence or a few per file, UTF-8 text). Each recording is resampled to
16 kHz, its text goes through our front end (`vachak g2p`, as render_teacher.py), the
teacher voice renders a reference with exact phone times, and forced_align.py moves those
times onto the recording. Output: ${VACHAK_CACHE}/tts/teacher-NAME/NNNNNN.{wav,lab,txt},
the layout extract_features.py --split NAME reads, so the rest of the recipe
(extract_features.py, train_models.py, export_models.py) trains a voice on it unchanged.
A pair that cannot be read or aligned is reported and skipped.
"""
import argparse
import random
import sys
import tempfile
from math import gcd
from pathlib import Path

import numpy as np
import scipy.io.wavfile
import scipy.signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
import forced_align  # noqa: E402
from render_teacher import CACHE, festival_job, front_end, lab_lines, plan, run_festival  # noqa: E402


def read_wave_16k(path: Path) -> np.ndarray:
    """float64 samples in int16 units at 16 kHz."""
    rate, x = scipy.io.wavfile.read(path)
    if x.ndim == 2:
        x = x.mean(axis=1)
    if np.issubdtype(x.dtype, np.floating):
        x = x * 32767.0
    elif x.dtype == np.int32:
        x = x / 65536.0
    elif x.dtype == np.uint8:
        x = (x.astype(np.float64) - 128.0) * 256.0
    x = x.astype(np.float64)
    if rate != forced_align.SAMPLE_RATE:
        g = gcd(rate, forced_align.SAMPLE_RATE)
        x = scipy.signal.resample_poly(x, forced_align.SAMPLE_RATE // g, rate // g)
    return x


def read_lab(path: Path):
    rows = [line.split() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(float(a), float(b), p) for a, b, p in rows]


def references(vachak: str, texts: list[str], folder: Path, seed: int = 1):
    """Renders each text with the teacher; returns per text (wave, lab) or None."""
    rng = random.Random(seed)
    analysed = front_end(vachak, texts)
    jobs, labs = [], {}
    for k, phrases in enumerate(analysed):
        if not phrases:
            continue
        items = plan(phrases, rng)
        jobs.append(festival_job(items, 130.0, folder / f"ref{k:06d}.wav"))
        labs[k] = [(float(a), float(b), p) for a, b, p in (line.split() for line in lab_lines(items))]
    run_festival(jobs)
    out = []
    for k in range(len(texts)):
        wav = folder / f"ref{k:06d}.wav"
        if k in labs and wav.exists():
            _, x = scipy.io.wavfile.read(wav)
            out.append((x.astype(np.float64), labs[k]))
        else:
            out.append(None)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--name", required=True, help="output: ${VACHAK_CACHE}/tts/teacher-NAME/")
    args = ap.parse_args()
    src = Path(args.src)
    pairs = sorted(p for p in src.glob("*.wav") if p.with_suffix(".txt").exists())
    if not pairs:
        print(f"{src}: no NAME.wav + NAME.txt pairs", file=sys.stderr)
        return 1
    out_dir = CACHE / "tts" / f"teacher-{args.name}"
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = [p.with_suffix(".txt").read_text(encoding="utf-8").strip() for p in pairs]
    done = 0
    with tempfile.TemporaryDirectory() as tmp:
        refs = references(args.vachak, texts, Path(tmp))
        for k, (wav, text, ref) in enumerate(zip(pairs, texts, refs)):
            if ref is None:
                print(f"{wav.name}: the front end or the teacher could not speak its text; skipped", file=sys.stderr)
                continue
            try:
                x = read_wave_16k(wav)
            except (ValueError, OSError) as e:
                print(f"{wav.name}: unreadable ({e}); skipped", file=sys.stderr)
                continue
            lab = forced_align.align(ref[0], ref[1], x)
            if lab is None:
                print(f"{wav.name}: recording and text do not align; skipped", file=sys.stderr)
                continue
            stem = out_dir / f"{k:06d}"
            pcm = np.clip(np.round(x), -32768, 32767).astype(np.int16)
            scipy.io.wavfile.write(stem.with_suffix(".wav"), forced_align.SAMPLE_RATE, pcm)
            stem.with_suffix(".txt").write_text(text + "\n", encoding="utf-8")
            stem.with_suffix(".lab").write_text("".join(f"{a:.5f} {b:.5f} {p}\n" for a, b, p in lab),
                                                encoding="utf-8")
            done += 1
    print(f"{done} of {len(pairs)} recordings aligned into {out_dir}")
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
