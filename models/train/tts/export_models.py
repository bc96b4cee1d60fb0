"""Exports the trained duration and acoustic models to int8 runtime files and measures
the voice on the held-out teacher sentences (features-valid.npz): MCD (dB), F0 RMSE (Hz)
and voiced/unvoiced error of the int8 models (Python integer reference, which the C++
runtime reproduces bit for bit) and of the float models, against the teacher's own
features, with the teacher's phone durations.

/usr/bin/python3 models/train/tts/export_models.py --out-dir models/tts
writes hin-duration.vmdl and hin-acoustic.vmdl.
"""
import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis import mel_cepstral_distortion  # noqa: E402
from features import FRAME_INPUTS, PHONE_INPUTS  # noqa: E402
from phones import INVENTORY  # noqa: E402
from train_models import CACHE, AcousticModel, DurationModel, load  # noqa: E402
from vachak_export import qmath  # noqa: E402
from vachak_export.torch_export import ActivationRange, Exporter  # noqa: E402
import vocoder_ref as V  # noqa: E402

MAX_PHONES = 256   # per call; the synthesizer chunks longer text
MAX_FRAMES = 1200  # 6 s per call; the input is int8 (quantized by the caller), 227 KB of arena


def calibrate(dur, aco, utts):
    r = {k: ActivationRange() for k in ("p_in", "p_h", "p_out", "f_in", "f_h", "f_out")}
    with torch.no_grad():
        for u in utts:
            xp = torch.tensor(u["xp"])
            r["p_in"].update(xp)
            h = r["p_h"].update(torch.relu(dur.fc1(xp)))
            r["p_out"].update(dur.fc2(h))
            xf = torch.tensor(u["xf"])
            r["f_in"].update(xf)
            h = r["f_h"].update(torch.relu(aco.fc_in(xf)))
            out, _ = aco.rnn(h[:, None])
            r["f_out"].update(aco.fc_out(out[:, 0]))
    return r


def build_duration(dur, r, stats):
    ex = Exporter("hin_duration")
    x = ex.input("phones", [MAX_PHONES, PHONE_INPUTS], r["p_in"])
    h = ex.linear(x, dur.fc1, r["p_h"], act=1, name="hidden")
    y = ex.linear(h, dur.fc2, r["p_out"], name="log_frames")
    ex.g.outputs = [y]
    ex.g.metadata.update({"phones": " ".join(INVENTORY), "dur_mean": repr(stats["dur_mean"]),
                          "dur_std": repr(stats["dur_std"]), "hop": str(V.HOP), "sample_rate": str(V.SAMPLE_RATE)})
    return ex.g


def build_acoustic(aco, r, stats):
    ex = Exporter("hin_acoustic")
    x = ex.input("frames", [MAX_FRAMES, FRAME_INPUTS], r["f_in"], quantized=True)
    h = ex.linear(x, aco.fc_in, r["f_h"], act=1, name="hidden")
    g = ex.recurrent(h, aco.rnn, 0, MAX_FRAMES, "gru")
    y = ex.linear(g, aco.fc_out, r["f_out"], name="params")
    ex.g.outputs = [y]
    ex.g.metadata.update({"phones": " ".join(INVENTORY),
                          "y_mean": " ".join(repr(v) for v in stats["y_mean"]),
                          "y_std": " ".join(repr(v) for v in stats["y_std"]),
                          "outputs": "cep0..cep24 lf0 vuv ap0..ap3", "order": str(V.ORDER),
                          "alpha": repr(V.ALPHA), "hop": str(V.HOP), "sample_rate": str(V.SAMPLE_RATE)})
    return ex.g


def to_params(y, stats):
    y = y * np.array(stats["y_std"]) + np.array(stats["y_mean"])
    cep, lf0, vuv, ap = y[:, :25], y[:, 25], y[:, 26], np.clip(y[:, 27:31], 0, 1)
    f0 = np.where(vuv > 0.5, np.exp(lf0), 0.0)
    return f0, cep, ap


def scores(pred, ref):
    f0p, cepp, _ = pred
    f0r, cepr, _ = ref
    both = (f0p > 0) & (f0r > 0)
    return (mel_cepstral_distortion(cepp, cepr), float(np.sqrt(np.mean((f0p[both] - f0r[both]) ** 2))),
            float(np.mean((f0p > 0) != (f0r > 0))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--sentences", type=int, default=60)
    ap.add_argument("--run", default="v1")
    ap.add_argument("--train-split", default="train", help="calibration sentences")
    ap.add_argument("--valid-split", default="valid")
    ap.add_argument("--f0", choices=["rules", "recorded"], default="rules", help="as the run was trained")
    args = ap.parse_args()
    run = CACHE / "tts" / "runs" / args.run
    stats = json.loads((run / "stats.json").read_text())
    s = torch.load(run / "last.pt")
    dur, aco = DurationModel(), AcousticModel()
    dur.load_state_dict(s["dur"]); aco.load_state_dict(s["aco"])
    dur.eval(); aco.eval()
    valid = load(args.valid_split, args.f0)
    r = calibrate(dur, aco, load_calibration(args.train_split, args.f0))
    gd, ga = build_duration(dur, r, stats), build_acoustic(aco, r, stats)
    for g in (gd, ga):
        g.metadata["trained_steps"] = str(s["step"])
    out = Path(args.out_dir)
    gd.write(out / "hin-duration.vmdl")
    ga.write(out / "hin-acoustic.vmdl")
    print(f"hin-duration.vmdl {(out / 'hin-duration.vmdl').stat().st_size} B, "
          f"hin-acoustic.vmdl {(out / 'hin-acoustic.vmdl').stat().st_size} B, step {s['step']}")

    fl, q8, dur_err = [], [], []
    for u in valid[:args.sentences]:
        ref = (np.where(u["y"][:, 26] > 0.5, np.exp(u["y"][:, 25]), 0.0), u["y"][:, :25], u["y"][:, 27:])
        with torch.no_grad():
            yf = aco(torch.tensor(u["xf"])[:, None])[:, 0].numpy()
            df = dur(torch.tensor(u["xp"]))[:, 0].numpy()
        fl.append(scores(to_params(yf, stats), ref))
        t_in = ga.tensors[ga.inputs[0]]
        vals = ga.run({ga.inputs[0]: qmath.quantize(u["xf"], t_in.scale, t_in.zero, 8).astype(np.int8)})
        t = ga.tensors[ga.outputs[0]]
        yq = (np.asarray(vals[ga.outputs[0]], np.float64) - t.zero) * t.scale
        q8.append(scores(to_params(yq, stats), ref))
        pred_frames = np.exp(df * stats["dur_std"] + stats["dur_mean"])
        dur_err.append(np.abs(pred_frames - u["frames"]).mean() * V.HOP / V.SAMPLE_RATE * 1000)
    for name, v in (("float", fl), ("int8", q8)):
        m = np.mean(v, axis=0)
        print(f"{name}: MCD {m[0]:.2f} dB, F0 RMSE {m[1]:.1f} Hz, V/UV error {100 * m[2]:.1f}% "
              f"({len(v)} held-out teacher sentences)")
    print(f"duration (float): mean absolute error {np.mean(dur_err):.1f} ms per phone")


def load_calibration(split="train", f0="rules"):
    utts = load(split, f0)
    return [utts[i] for i in np.random.default_rng(0).choice(len(utts), min(64, len(utts)), replace=False)]


if __name__ == "__main__":
    main()
