"""Trains the duration model (per phone) and the acoustic model (per frame) on the teacher
features (extract_features.py), with checkpoints; export_models.py turns them into int8
runtime models.

/usr/bin/python3 models/train/tts/train_models.py --minutes 30 [--resume]

Duration: MLP (PHONE_INPUTS -> 64 ReLU -> 1), log frames, standardized.
Acoustic: FC (FRAME_INPUTS -> 128 ReLU) -> GRU 128 (forward only: streamable) -> FC 31:
standardized [25 warped cepstra, log F0 (our intonation contour, see intonation()),
voicing, 4 band aperiodicities].
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from features import FRAME_INPUTS, PHONE_INPUTS, frame_features, phone_features  # noqa: E402

CACHE = Path(os.environ.get("VACHAK_CACHE", Path.home() / ".cache" / "vachak"))
OUT_DIMS = 31


class DurationModel(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(PHONE_INPUTS, 64)
        self.fc2 = torch.nn.Linear(64, 1)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


class AcousticModel(torch.nn.Module):
    def __init__(self, hidden=128):
        super().__init__()
        self.fc_in = torch.nn.Linear(FRAME_INPUTS, hidden)
        self.rnn = torch.nn.GRU(hidden, hidden)
        self.fc_out = torch.nn.Linear(hidden, OUT_DIMS)

    def forward(self, x):  # x [T, B, I]
        h, _ = self.rnn(torch.relu(self.fc_in(x)))
        return self.fc_out(h)


def interpolate_lf0(f0):
    lf0 = np.where(f0 > 0, np.log(np.maximum(f0, 1.0)), np.nan)
    idx = np.arange(len(lf0))
    ok = ~np.isnan(lf0)
    if not ok.any():
        return np.full(len(f0), np.log(120.0))
    return np.interp(idx, idx[ok], lf0[ok])


def intonation(phones, frames):
    """Our own F0 target, log Hz per frame: the teacher (a diphone voice that ignores F0
    targets) speaks at a flat ~138 Hz, so the acoustic model learns this contour instead:
    each phrase declines from 150 to 108 Hz, a phrase followed by another ends with a
    continuation rise, the last one falls to 95 Hz."""
    out = np.zeros(int(np.sum(frames)))
    bounds = np.concatenate([[0], np.cumsum(frames)])
    pauses = [i for i, p in enumerate(phones) if p == "pau"]
    out[:] = np.log(120.0)
    for a, b in zip(pauses[:-1], pauses[1:]):
        s, e = bounds[a + 1], bounds[b]
        if e <= s:
            continue
        final = b == pauses[-1]
        t = np.linspace(0.0, 1.0, e - s)
        hz = 150.0 - 42.0 * t
        tail = t > 0.85
        if final:
            hz[tail] = 108.0 - 13.0 * (t[tail] - 0.85) / 0.15
        else:
            hz[tail] = 108.0 + 22.0 * (t[tail] - 0.85) / 0.15
        out[s:e] = np.log(hz)
        out[bounds[b]:bounds[b + 1]] = np.log(hz[-1])
    return out


def recorded_log_f0(f0):
    """log F0 of the recording, unvoiced frames filled by interpolation between voiced ones."""
    f0 = np.asarray(f0, np.float64)
    voiced = np.nonzero(f0 > 0)[0]
    if len(voiced) == 0:
        return np.full(len(f0), np.log(120.0), np.float32)
    return np.interp(np.arange(len(f0)), voiced, np.log(f0[voiced])).astype(np.float32)


def load(split, f0_source="rules"):
    with np.load(CACHE / "tts" / f"features-{split}.npz") as z:
        d = {k: z[k] for k in z.files}  # an NpzFile re-reads an array on every access
    utts = []
    names, frames, putt = d["phone_names"], d["phone_frames"], d["phone_utt"]
    starts = list(d["utt_start"]) + [len(d["f0"])]
    bounds = np.searchsorted(putt, np.arange(len(starts)))
    for u in range(len(starts) - 1):
        ph = [str(p) for p in names[bounds[u]:bounds[u + 1]]]
        fr = frames[bounds[u]:bounds[u + 1]]
        a, b = starts[u], starts[u + 1]
        f0 = d["f0"][a:b]
        pitch = intonation(ph, fr) if f0_source == "rules" else recorded_log_f0(f0)
        y = np.concatenate([d["cep"][a:b], pitch[:, None], (f0 > 0)[:, None].astype(np.float32),
                            d["ap"][a:b]], axis=1).astype(np.float32)
        utts.append({"phones": ph, "frames": fr, "y": y,
                     "xp": phone_features(ph), "xf": frame_features(ph, fr)})
    return utts


def stats(utts):
    y = np.concatenate([u["y"] for u in utts])
    d = np.log(np.concatenate([np.maximum(u["frames"], 1) for u in utts]).astype(np.float64))
    return {"y_mean": y.mean(0).tolist(), "y_std": np.maximum(y.std(0), 1e-3).tolist(),
            "dur_mean": float(d.mean()), "dur_std": float(max(d.std(), 1e-3))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--run", default="v1", help="${VACHAK_CACHE}/tts/runs/RUN")
    ap.add_argument("--train-split", default="train", help="features-SPLIT.npz to train on (align_folder.py --name)")
    ap.add_argument("--valid-split", default="valid")
    ap.add_argument("--f0", choices=["rules", "recorded"], default="rules",
                    help="pitch target: our intonation rules (the teacher ignores F0) or the recording's own")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    run = CACHE / "tts" / "runs" / args.run
    run.mkdir(parents=True, exist_ok=True)
    log = open(run / "train.log", "a", buffering=1)
    train, valid = load(args.train_split, args.f0), load(args.valid_split, args.f0)
    st = stats(train)
    (run / "stats.json").write_text(json.dumps(st))
    ym, ys = torch.tensor(st["y_mean"]), torch.tensor(st["y_std"])

    dur, aco = DurationModel(), AcousticModel()
    opt_d = torch.optim.Adam(dur.parameters(), 2e-3)
    opt_a = torch.optim.Adam(aco.parameters(), 1e-3)
    step = 0
    if args.resume and (run / "last.pt").exists():
        s = torch.load(run / "last.pt")
        dur.load_state_dict(s["dur"]); aco.load_state_dict(s["aco"])
        opt_d.load_state_dict(s["opt_d"]); opt_a.load_state_dict(s["opt_a"]); step = s["step"]

    # The duration model is small: a few full passes over all phones.
    xp = torch.tensor(np.concatenate([u["xp"] for u in train]))
    yd = torch.tensor((np.log(np.concatenate([np.maximum(u["frames"], 1) for u in train])) - st["dur_mean"])
                      / st["dur_std"], dtype=torch.float32)[:, None]
    for _ in range(1500):
        idx = torch.randint(0, len(xp), (1024,))
        loss = torch.mean((dur(xp[idx]) - yd[idx]) ** 2)
        opt_d.zero_grad(); loss.backward(); opt_d.step()
    print(f"duration model: train mse {loss.item():.3f} (standardized)", file=log)

    def batch(utts, n, crop):
        xs, ys_ = [], []
        for u in (utts[i] for i in rng.integers(0, len(utts), n)):
            T = len(u["y"])
            s = int(rng.integers(0, max(1, T - crop)))
            xs.append(torch.tensor(u["xf"][s:s + crop]))
            ys_.append((torch.tensor(u["y"][s:s + crop]) - ym) / ys)
        L = min(len(x) for x in xs)
        return torch.stack([x[:L] for x in xs], 1), torch.stack([y[:L] for y in ys_], 1)

    t0 = time.time()
    last_save = t0
    while time.time() - t0 < args.minutes * 60:
        x, y = batch(train, 16, 400)
        loss = torch.mean((aco(x) - y) ** 2)
        opt_a.zero_grad(); loss.backward()
        torch.nn.utils.clip_grad_norm_(aco.parameters(), 1.0)
        opt_a.step()
        step += 1
        if step % 50 == 0:
            print(f"step {step} loss {loss.item():.4f}", file=log)
        if time.time() - last_save > 180:
            torch.save({"dur": dur.state_dict(), "aco": aco.state_dict(), "opt_d": opt_d.state_dict(),
                        "opt_a": opt_a.state_dict(), "step": step}, run / "last.pt")
            last_save = time.time()
    torch.save({"dur": dur.state_dict(), "aco": aco.state_dict(), "opt_d": opt_d.state_dict(),
                "opt_a": opt_a.state_dict(), "step": step}, run / "last.pt")
    with torch.no_grad():
        vl = []
        for u in valid[:50]:
            x = torch.tensor(u["xf"])[:, None]
            vl.append(float(torch.mean((aco(x)[:, 0] - (torch.tensor(u["y"]) - ym) / ys) ** 2)))
    print(f"final step {step} valid mse {np.mean(vl):.4f}", file=log)


if __name__ == "__main__":
    main()
