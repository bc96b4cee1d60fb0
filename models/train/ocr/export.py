"""Exports a trained line recognizer to the int8 runtime format (models/ocr/*.vmdl).

Calibrates every activation range on rendered training lines, converts the layers with
vachak_export (BatchNorm folded, per-channel int8 weights, int16 GRU state), checks the
int8 reference against the float model on a few lines, and writes the model with its
charset and input convention in the metadata.

    /usr/bin/python3 models/train/ocr/export.py --run v1 --out models/ocr/deva.vmdl
"""
import argparse
import glob
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import charset  # noqa: E402
from model import CHANNELS, HEIGHT, LineRecognizer  # noqa: E402
from train import ROOT, LineSet, lines_root, to_tensor  # noqa: E402
from vachak_export.torch_export import ActivationRange, Exporter  # noqa: E402

MAX_WIDTH = 1024  # pixels of a normalized line; longer lines are split by the pipeline


def blocks(model):
    """(conv, bn, pool-after) triples in forward order."""
    layers = list(model.features)
    out = []
    i = 0
    while i < len(layers):
        conv, bn = layers[i], layers[i + 1]
        i += 3  # conv, bn, relu
        pool = None
        if i < len(layers) and isinstance(layers[i], torch.nn.MaxPool2d):
            pool = layers[i]
            i += 1
        out.append((conv, bn, pool))
    return out


def calibrate(model, lines):
    ranges = {"in": ActivationRange(), "fc": ActivationRange()}
    for k in range(len(blocks(model))):
        ranges[k] = ActivationRange()
    with torch.no_grad():
        for x in lines:
            ranges["in"].update(x)
            y = x
            for k, (conv, bn, pool) in enumerate(blocks(model)):
                y = ranges[k].update(torch.relu(bn(conv(y))))
                if pool is not None:
                    y = pool(y)
            n, c, h, w = y.shape
            seq = y.permute(3, 0, 2, 1).reshape(w, n, h * c)
            out, _ = model.rnn(seq)
            ranges["fc"].update(model.fc(out))
    return ranges


def run_script(run):
    """The script a run reads (run.json; runs before the Bengali one are Devanagari's)."""
    path = os.path.join(ROOT, "runs", run, "run.json")
    return (json.load(open(path)).get("script") if os.path.exists(path) else None) or "deva"


def calibration_lines(count=256, script="deva"):
    """A fixed sample of rendered training lines (the same on every call)."""
    import random
    train = LineSet(sorted(glob.glob(os.path.join(lines_root(script), "train-*")))[0], charset.for_script(script))
    idx = np.random.default_rng(0).choice(len(train), count, replace=False)
    return [to_tensor([(train, int(i), train.widths[int(i)])], False, random.Random(0)) for i in idx]


def load_model(run):
    state = torch.load(os.path.join(ROOT, "runs", run, "last.pt"))
    model = LineRecognizer(len(charset.for_script(run_script(run)).codepoints))
    model.load_state_dict(state["model"])
    model.eval()
    return model, state["step"]


def build(model, ranges, max_width=MAX_WIDTH, script="deva"):
    ex = Exporter(f"{script}_line_recognizer")
    g = ex.g
    x = ex.input("line", [1, HEIGHT, max_width, 1], ranges["in"])
    h, w = HEIGHT, max_width
    for k, (conv, bn, pool) in enumerate(blocks(model)):
        x = ex.conv2d(x, conv, [1, h, w, conv.out_channels], ranges[k], bn=bn, act=1, name=f"conv{k + 1}")
        if pool is not None:
            kh, kw = (pool.kernel_size, pool.kernel_size) if isinstance(pool.kernel_size, int) else pool.kernel_size
            h, w = h // kh, w // kw
            x = ex.pool(x, "max_pool2d", (kh, kw), (kh, kw), [1, h, w, conv.out_channels], name=f"pool{k + 1}")
    x = ex.transpose(x, [0, 2, 1, 3], name="to_sequence")            # [1, T, 2, C]
    x = ex.reshape(x, [-1, h * CHANNELS[-1]], [w, h * CHANNELS[-1]], name="frames")
    fwd = ex.recurrent(x, model.rnn, 0, w, "gru_fwd")
    bwd = ex.recurrent(x, model.rnn, 1, w, "gru_bwd")
    y = ex.concat([fwd, bwd], 1, name="bigru")
    y = ex.linear(y, model.fc, ranges["fc"], name="classes")
    y = ex.log_softmax(y, name="logp")
    g.outputs = [y]
    g.metadata.update({
        "charset": charset.for_script(script).metadata(),
        "input": "gray line image, height 32, pixel/255 (1 = paper), NHWC [1, 32, W, 1], W <= %d" % max_width,
        "frames_per_pixel": "0.5",
        "line_margin": "0.15",
    })
    return g


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="v1")
    ap.add_argument("--out", required=True)
    ap.add_argument("--calibration-lines", type=int, default=256)
    a = ap.parse_args()
    model, step = load_model(a.run)
    script = run_script(a.run)
    g = build(model, calibrate(model, calibration_lines(a.calibration_lines, script)), script=script)
    g.metadata["trained_steps"] = str(step)
    g.write(a.out)
    print(f"{a.out}: {os.path.getsize(a.out)} bytes")


if __name__ == "__main__":
    main()
