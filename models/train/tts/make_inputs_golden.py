"""Golden model inputs for the C++ feature builder (pipelines/tts/acoustic/phone_inputs):
one sentence's phones and frames, and the nonzero entries of the duration model's and
the acoustic model's input matrices as features.py makes them.

/usr/bin/python3 models/train/tts/make_inputs_golden.py --out tests/golden/tts_inputs.txt
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from features import frame_features, phone_features  # noqa: E402
from phones import INVENTORY  # noqa: E402

PHONES = ["pau", "n", "ə", "m", "ə", "s", "t̪", "eː", "pau", "ɦ", "ɛː̃", "dʒʱ", "ʊ", "pau"]
FRAMES = [30, 9, 6, 7, 5, 11, 8, 22, 44, 10, 25, 12, 8, 60]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    xp = phone_features(PHONES)
    xf = frame_features(PHONES, FRAMES)
    lines = ["inventory " + " ".join(INVENTORY), "phones " + " ".join(PHONES), "frames " + " ".join(map(str, FRAMES))]
    for name, x in (("phone", xp), ("frame", xf)):
        lines.append(f"{name}_shape {x.shape[0]} {x.shape[1]}")
        for r, c in zip(*x.nonzero()):
            lines.append(f"{name} {r} {c} {float(x[r, c]):.9g}")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
