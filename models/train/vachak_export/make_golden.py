#!/usr/bin/python3
"""Writes the golden vectors the C++ runtime must reproduce bit for bit (tests/golden/).

Each NAME gets NAME.vmdl, raw little-endian input/output arrays and NAME.golden.txt
(`input|output INDEX DTYPE DIMS FILE` lines and `arena_size BYTES`). Expected outputs come
only from the Python integer reference (qmath via Graph.run). Deterministic: fixed seeds,
and `torch.manual_seed` for the CRNN.

    /usr/bin/python3 -m vachak_export.make_golden   (from models/train)
"""
import argparse
import os

import numpy as np
import torch

from . import qmath
from .graph import Graph
from .planner import plan_arena
from .torch_export import ActivationRange, Exporter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "tests", "golden"))
Q15 = qmath.Q15


def rand_i8(rng, shape, lo=-128, hi=127):
    return rng.integers(lo, hi + 1, size=shape, dtype=np.int64).astype(np.int8)


def scales(rng, n, lo=0.003, hi=0.02):
    return [float(np.float32(v)) for v in rng.uniform(lo, hi, size=n)]


def write_golden(out_dir, name, g, feeds):
    """feeds: {graph input position: array}. Runs the reference, writes everything."""
    g.write(os.path.join(out_dir, name + ".vmdl"))
    values = g.run({g.inputs[k]: v for k, v in feeds.items()})
    _, arena = g.plan()
    lines = []
    for k, v in feeds.items():
        t = g.tensors[g.inputs[k]]
        fn = f"{name}.in{k}.bin"
        np.asarray(v).astype(np.dtype(_np(t.dtype)).newbyteorder("<")).tofile(os.path.join(out_dir, fn))
        lines.append(f"input {k} {t.dtype} {','.join(str(d) for d in np.shape(v))} {fn}")
    for k, idx in enumerate(g.outputs):
        t = g.tensors[idx]
        v = values[idx]
        fn = f"{name}.out{k}.bin"
        np.asarray(v).astype(np.dtype(_np(t.dtype)).newbyteorder("<")).tofile(os.path.join(out_dir, fn))
        lines.append(f"output {k} {t.dtype} {','.join(str(d) for d in np.shape(v))} {fn}")
    lines.append(f"arena_size {arena}")
    with open(os.path.join(out_dir, name + ".golden.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return values


def _np(dtype):
    return {"i8": np.int8, "i16": np.int16, "i32": np.int32, "f32": np.float32}[dtype]


# ---- one small model per op family ---------------------------------------------------------

def conv_block(rng):
    g = Graph("conv_block")
    x = g.activation("x", "i8", [1, 9, 13, 3], 0.04, -7)
    w1 = g.constant("w1", "i8", rand_i8(rng, (8, 3, 3, 3), -127, 127), scales(rng, 8))
    b1 = g.constant("b1", "i32", rng.integers(-3000, 3000, 8))
    c1 = g.activation("c1", "i8", [1, 5, 7, 8], 0.08, -20)
    g.node("conv2d", [x, w1, b1], [c1], stride=(2, 2), pads=(1, 1, 1, 1), act=1)
    wd = g.constant("wd", "i8", rand_i8(rng, (3, 3, 8), -127, 127), scales(rng, 8), axis=2)
    bd = g.constant("bd", "i32", rng.integers(-2000, 2000, 8))
    c2 = g.activation("c2", "i8", [1, 5, 7, 8], 0.06, 5)
    g.node("depthwise_conv2d", [c1, wd, bd], [c2], pads=(1, 1, 1, 1), act=2)
    w3 = g.constant("w3", "i8", rand_i8(rng, (6, 1, 1, 8), -127, 127), scales(rng, 6))
    c3 = g.activation("c3", "i8", [1, 5, 7, 6], 0.05, 0)
    g.node("conv2d", [c2, w3, -1], [c3], dilation=(1, 1))
    p = g.activation("p", "i8", [1, 2, 3, 6], 0.05, 0)
    g.node("max_pool2d", [c3], [p], kernel=(2, 2), stride=(2, 2))
    a = g.activation("a", "i8", [1, 2, 3, 6], 0.05, 0)
    g.node("avg_pool2d", [c3], [a], kernel=(3, 3), stride=(2, 2), pads=(1, 1, 0, 0))
    s = g.activation("s", "i8", [1, 2, 3, 6], 0.07, -3)
    g.node("add", [p, a], [s])
    m = g.activation("m", "i8", [1, 2, 3, 6], 0.02, 1)
    g.node("mul", [s, p], [m])
    g.set_io([x], [m, s])
    return g, {0: rand_i8(rng, (1, 9, 13, 3))}


def activations(rng):
    g = Graph("activations")
    x = g.activation("x", "i8", [4, 33], 0.06, 3)
    outs = []
    for op, (s, z) in [("relu", (0.05, -128)), ("relu6", (0.03, -128)), ("hard_swish", (0.04, -60)),
                       ("sigmoid", (1 / 256, -128)), ("tanh", (1 / 128, 0))]:
        y = g.activation(op, "i8", [4, 33], s, z)
        g.node(op, [x], [y])
        outs.append(y)
    sm = g.activation("softmax", "i8", [4, 33], 1 / 256, -128)
    g.node("softmax", [x], [sm])
    lsm = g.activation("log_softmax", "i8", [4, 33], 0.1, 127)
    g.node("log_softmax", [x], [lsm])
    cat = g.activation("cat", "i8", [4, 66], 0.05, -128)
    g.node("concat", [outs[0], outs[1]], [cat], axis=1)  # relu6 requantized to relu's scale
    t = g.activation("t", "i8", [66, 4], 0.05, -128)
    g.node("transpose", [cat], [t], perm=[1, 0])
    r = g.activation("r", "i8", [2, 132], 0.05, -128)
    g.node("reshape", [t], [r], shape=[2, -1])
    f = g.activation("f", "f32", [4, 33])
    g.node("dequantize", [outs[2]], [f])
    g.set_io([x], outs[3:] + [sm, lsm, r, f])
    return g, {0: rand_i8(rng, (4, 33))}


def dense(rng):
    g = Graph("dense")
    x = g.activation("x", "f32", [6, 20])
    xq = g.activation("xq", "i8", [6, 20], 0.03, 2)
    g.node("quantize", [x], [xq])
    H = 12
    outs = []
    for i, (op, rev) in enumerate([("lstm", False), ("lstm", True), ("gru", False), ("gru", True)]):
        gates = 4 if op == "lstm" else 3
        wx = g.constant(f"wx{i}", "i8", rand_i8(rng, (gates * H, 20), -127, 127), scales(rng, gates * H, 0.005, 0.05))
        wh = g.constant(f"wh{i}", "i8", rand_i8(rng, (gates * H, H), -127, 127), scales(rng, gates * H, 0.005, 0.05))
        b = g.constant(f"b{i}", "i32", rng.integers(-20000, 20000, gates * H))
        ins = [xq, wx, wh, b]
        if op == "gru":
            ins.append(g.constant(f"bh{i}", "i32", rng.integers(-200000, 200000, gates * H)))
        y = g.activation(f"{op}{i}", "i16", [6, H], Q15, 0)
        g.node(op, ins, [y], hidden=H, reverse=rev)
        outs.append(y)
    cat = g.activation("cat", "i16", [6, 2 * H], Q15, 0)
    g.node("concat", outs[:2], [cat], axis=1)
    wfc = g.constant("wfc", "i8", rand_i8(rng, (9, 2 * H), -127, 127), scales(rng, 9, 0.01, 0.05))
    bfc = g.constant("bfc", "i32", rng.integers(-300, 300, 9))
    fc = g.activation("fc", "i8", [6, 9], 0.03, -4)
    g.node("fully_connected", [cat, wfc, bfc], [fc], act=0)
    lstm16 = g.activation("lstm16", "i16", [6, 5], Q15, 0)
    w2x = g.constant("w2x", "i8", rand_i8(rng, (20, 2 * H), -127, 127), scales(rng, 20, 0.005, 0.05))
    w2h = g.constant("w2h", "i8", rand_i8(rng, (20, 5), -127, 127), scales(rng, 20, 0.005, 0.05))
    g.node("lstm", [cat, w2x, w2h, -1], [lstm16], hidden=5)
    fc8 = g.activation("fc8", "i8", [6, 7], 0.05, 0)
    w8 = g.constant("w8", "i8", rand_i8(rng, (7, 20), -127, 127), scales(rng, 7))
    g.node("fully_connected", [xq, w8, -1], [fc8], act=2)
    g.set_io([x], [outs[2], outs[3], fc, lstm16, fc8])
    return g, {0: rng.uniform(-4, 4, size=(6, 20)).astype(np.float32)}


# ---- a tiny CRNN from a real PyTorch module ------------------------------------------------

class TinyCRNN(torch.nn.Module):
    def __init__(self, classes=12):
        super().__init__()
        self.c1 = torch.nn.Conv2d(1, 8, 3, padding=1)
        self.b1 = torch.nn.BatchNorm2d(8)
        self.c2 = torch.nn.Conv2d(8, 8, 3, padding=1, groups=8)
        self.c3 = torch.nn.Conv2d(8, 12, 3, padding=1)
        self.lstm = torch.nn.LSTM(12 * 4, 10, bidirectional=True)
        self.gru = torch.nn.GRU(20, 10)
        self.fc = torch.nn.Linear(10, classes)

    def features(self, x):  # x [1, 1, 16, W]
        x = torch.relu(self.b1(self.c1(x)))
        x = torch.nn.functional.max_pool2d(x, 2)
        x = torch.clamp(self.c2(x), 0, 6)
        x = torch.relu(self.c3(x))
        return torch.nn.functional.max_pool2d(x, 2)  # [1, 12, 4, W/4]


def crnn(rng, width, run_width):
    torch.manual_seed(7)
    model = TinyCRNN().eval()
    with torch.no_grad():  # non-trivial BatchNorm statistics
        model.b1.running_mean.uniform_(-0.2, 0.2)
        model.b1.running_var.uniform_(0.5, 1.5)
    ranges = {k: ActivationRange() for k in ["in", "c1", "c2", "c3", "gru_in", "fc"]}
    calib = [torch.tensor(rng.uniform(0, 1, size=(1, 1, 16, width)), dtype=torch.float32) for _ in range(8)]
    with torch.no_grad():
        for x in calib:
            ranges["in"].update(x)
            y = ranges["c1"].update(torch.relu(model.b1(model.c1(x))))
            y = torch.nn.functional.max_pool2d(y, 2)
            y = ranges["c2"].update(torch.clamp(model.c2(y), 0, 6))
            y = ranges["c3"].update(torch.relu(model.c3(y)))
            y = torch.nn.functional.max_pool2d(y, 2)
            seq = y.permute(3, 0, 2, 1).reshape(y.shape[3], 1, -1)
            out, _ = model.lstm(seq)
            out, _ = model.gru(out)
            ranges["fc"].update(model.fc(out))

    T = width // 4
    ex = Exporter("crnn_tiny")
    g = ex.g
    x = ex.input("image", [1, 16, width, 1], ranges["in"])
    y = ex.conv2d(x, model.c1, [1, 16, width, 8], ranges["c1"], bn=model.b1, act=1, name="c1")
    y = ex.pool(y, "max_pool2d", (2, 2), (2, 2), [1, 8, width // 2, 8], name="p1")
    y = ex.conv2d(y, model.c2, [1, 8, width // 2, 8], ranges["c2"], act=2, name="c2")
    y = ex.conv2d(y, model.c3, [1, 8, width // 2, 12], ranges["c3"], act=1, name="c3")
    y = ex.pool(y, "max_pool2d", (2, 2), (2, 2), [1, 4, T, 12], name="p2")
    y = ex.transpose(y, [0, 2, 1, 3], name="to_seq")           # [1, T, 4, 12]
    y = ex.reshape(y, [-1, 48], [T, 48], name="flatten")        # [T, 48]: row-major over (height, channel)
    f = ex.recurrent(y, model.lstm, 0, T, "lstm_fwd")
    b = ex.recurrent(y, model.lstm, 1, T, "lstm_bwd")
    y = ex.concat([f, b], 1, name="bilstm")
    y = ex.recurrent(y, model.gru, 0, T, "gru")
    y = ex.linear(y, model.fc, ranges["fc"], name="fc")
    y = ex.log_softmax(y, name="logp")
    g.outputs = [y]
    g.metadata["note"] = "golden test model: random weights, not trained"
    feed = rng.uniform(0, 1, size=(1, 16, run_width, 1)).astype(np.float32)
    return g, {0: feed}


def planner_cases(rng, path):
    lines = ["# planner cross-check: one problem per line:",
             "# N size,first,last ... | arena_size offset ... (the Python planner's answer)"]
    for n in [1, 2, 5, 9, 17, 40]:
        items = []
        for _ in range(n):
            a, b = sorted(rng.integers(0, 12, 2))
            items.append((int(rng.integers(1, 5000)), int(a), int(b)))
        offsets, size = plan_arena(items)
        lines.append(f"{n} " + " ".join(f"{s},{a},{b}" for s, a, b in items) + f" | {size} " +
                     " ".join(str(o) for o in offsets))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(20261124)
    for name, build in [("conv_block", conv_block), ("activations", activations), ("dense", dense)]:
        g, feeds = build(rng)
        write_golden(a.out, name, g, feeds)
    g, feeds = crnn(rng, 48, 48)
    write_golden(a.out, "crnn_tiny", g, feeds)
    g, feeds = crnn(np.random.default_rng(5), 48, 28)
    g.name = "crnn_tiny_narrow"
    write_golden(a.out, "crnn_tiny_narrow", g, feeds)
    planner_cases(rng, os.path.join(a.out, "planner_cases.txt"))


if __name__ == "__main__":
    main()
