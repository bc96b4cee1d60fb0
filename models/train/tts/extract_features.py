"""Vocoder features + frame-level phone labels for every rendered teacher sentence.

/usr/bin/python3 models/train/tts/extract_features.py --split train [--limit N]
Reads ${VACHAK_CACHE}/tts/teacher-<split>/, writes features-<split>.npz beside it:
f0 [F], cep [F, 25], ap [F, 4] over all frames; per frame the index of its phone in
`phones` and its position in that phone (0..1); per utterance its first frame; per phone
its name, duration in frames and its utterance.
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
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    src = CACHE / "tts" / f"teacher-{args.split}"
    labs = sorted(src.glob("*.lab"))
    if args.limit:
        labs = labs[:args.limit]
    f0s, ceps, aps, frame_phone, frame_pos, utt_start = [], [], [], [], [], []
    phone_names, phone_frames, phone_utt = [], [], []
    total = 0
    for u, lab in enumerate(labs):
        rate, x = scipy.io.wavfile.read(lab.with_suffix(".wav"))
        assert rate == V.SAMPLE_RATE
        rows = [l.split() for l in lab.read_text(encoding="utf-8").splitlines() if l.strip()]
        end = float(rows[-1][1])
        T = int(round(end * V.SAMPLE_RATE / V.HOP))
        x = x.astype(np.float64)
        if len(x) < T * V.HOP:
            x = np.concatenate([x, np.zeros(T * V.HOP - len(x))])
        f0, cep, aper = analysis.analyse(x[:T * V.HOP])
        # frame -> phone: by the frame's center time; phone durations in whole frames
        bounds = np.array([round(float(r[1]) * V.SAMPLE_RATE / V.HOP) for r in rows])
        starts = np.concatenate([[0], bounds[:-1]])
        ids = np.arange(len(phone_names), len(phone_names) + len(rows))
        for (s, e, name), a, b, pid in zip(rows, starts, bounds, ids):
            phone_names.append(name)
            phone_frames.append(int(b - a))
            phone_utt.append(u)
            n = int(b - a)
            frame_phone.extend([pid] * n)
            frame_pos.extend(((np.arange(n) + 0.5) / max(n, 1)).tolist())
        assert len(frame_phone) - total == T, (lab, len(frame_phone) - total, T)
        utt_start.append(total)
        total += T
        f0s.append(f0)
        ceps.append(cep)
        aps.append(aper)
        if u % 200 == 0:
            print(f"{u}/{len(labs)}", flush=True)
    out = CACHE / "tts" / f"features-{args.split}.npz"
    np.savez(out, f0=np.concatenate(f0s).astype(np.float32), cep=np.concatenate(ceps).astype(np.float32),
             ap=np.concatenate(aps).astype(np.float32), frame_phone=np.array(frame_phone, np.int32),
             frame_pos=np.array(frame_pos, np.float32), utt_start=np.array(utt_start, np.int64),
             phone_names=np.array(phone_names), phone_frames=np.array(phone_frames, np.int32),
             phone_utt=np.array(phone_utt, np.int32))
    print(f"wrote {out}: {len(labs)} utterances, {total} frames, {len(phone_names)} phones")


if __name__ == "__main__":
    main()
