"""Rebuilds a float training checkpoint from an exported int8 line recognizer (.vmdl), for
fine-tuning a shipped model whose float checkpoint is lost.

The file holds what export.py wrote through vachak_export: conv weights with BatchNorm
folded in, int8 OHWI with one float32 scale per output channel, int32 biases at scale
s_in * s_w[c] (s_in: the scale of the conv's int8 input tensor); GRU weights int8 [3H, I]
and [3H, H] per row in PyTorch's gate order (r, z, n), bias_x at s_x * s_wx[row] and
bias_h at 2^-15 * s_wh[row] (the state is Q0.15); the classifier int8 with its bias at
the scale of its int16 input (2^-15) times s_w[row]. Dequantizing gives exactly the
weights the int8 graph computes with.

model.LineRecognizer has bias-free convs followed by BatchNorm, so each folded layer goes
back as conv weight = folded weight, and a BatchNorm that is the identity plus the folded
bias in eval mode: gamma 1, beta = bias, running mean 0, running variance 1 - eps.
BatchNorm in training mode would normalize with batch statistics instead and change the
model completely: fine-tune with train.py --frozen-bn. Exporting the checkpoint again
(export.py) folds that BatchNorm back to the same int8 weights; this script checks it.

    /usr/bin/python3 models/train/ocr/from_vmdl.py --vmdl models/ocr/deva.vmdl --run v2q
    /usr/bin/python3 models/train/ocr/from_vmdl.py --vmdl models/ocr/deva.vmdl --run v2q --check 300

writes ${VACHAK_CACHE:-~/.cache/vachak}/ocr/runs/RUN/last.pt ({"model", "step"}, what
train.py --init, export.py and evaluate.py read) and run.json (where the weights came
from). --check N also compares greedy-CTC CER of the float model and of the file's int8
graph (the Python integer reference, as evaluate.py) on N lines of each validation set.
"""
import argparse
import glob
import hashlib
import json
import os
import struct
import sys
import zlib

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import charset  # noqa: E402
from model import LineRecognizer  # noqa: E402
from vachak_export import qmath  # noqa: E402
from vachak_export.graph import DTYPES, FORMAT_VERSION, MAGIC, PREFIX, Graph, Node, Tensor  # noqa: E402
from vachak_export.schema import pb  # noqa: E402
from vachak_export.torch_export import fold_batchnorm, quantize_bias, quantize_weights  # noqa: E402

ROOT = os.path.join(os.environ.get("VACHAK_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "vachak")), "ocr")
DTYPE_NAMES = {code: name for name, (code, _) in DTYPES.items()}


# ---- reading a .vmdl (docs/MODEL-FORMAT.md) into a vachak_export Graph --------------------

def _params(n):
    kind = n.WhichOneof("params")
    if kind == "conv2d":
        c = n.conv2d
        return {"stride": (c.stride_h, c.stride_w), "dilation": (c.dilation_h, c.dilation_w),
                "pads": (c.pad_top, c.pad_left, c.pad_bottom, c.pad_right), "act": int(c.activation)}
    if kind == "pool2d":
        c = n.pool2d
        return {"kernel": (c.kernel_h, c.kernel_w), "stride": (c.stride_h, c.stride_w),
                "pads": (c.pad_top, c.pad_left, c.pad_bottom, c.pad_right)}
    if kind == "fully_connected":
        return {"act": int(n.fully_connected.activation)}
    if kind == "recurrent":
        return {"hidden": n.recurrent.hidden_size, "reverse": n.recurrent.reverse}
    if kind == "concat":
        return {"axis": n.concat.axis}
    if kind == "reshape":
        return {"shape": list(n.reshape.shape)}
    if kind == "transpose":
        return {"perm": list(n.transpose.perm)}
    return {}


def read_vmdl(path):
    """The file as a Graph (constants with their data), runnable by Graph.run."""
    data = open(path, "rb").read()
    if data[:8] != MAGIC:
        raise ValueError(f"{path}: not a .vmdl file")
    version, header_size, crc, _ = struct.unpack("<IIII", data[8:24])
    weights_offset, weights_size = struct.unpack("<QQ", data[24:40])
    header = data[PREFIX:PREFIX + header_size]
    if version != FORMAT_VERSION or zlib.crc32(header) & 0xFFFFFFFF != crc:
        raise ValueError(f"{path}: format version {version} or header CRC does not match")
    if weights_offset + weights_size != len(data):
        raise ValueError(f"{path}: weight section does not end the file")
    m = pb.Model()
    m.ParseFromString(header)
    g = Graph(m.name)
    for i, t in enumerate(m.tensors):
        dtype = DTYPE_NAMES[t.type]
        arr = None
        if t.WhichOneof("storage") == "weight":
            start = weights_offset + t.weight.offset
            np_type = np.dtype(DTYPES[dtype][1]).newbyteorder("<")
            arr = np.frombuffer(data[start:start + t.weight.length], dtype=np_type).astype(DTYPES[dtype][1])
            arr = arr.reshape(list(t.shape))
        g.tensors.append(Tensor(i, t.name, dtype, list(t.shape), list(t.quant.scale), list(t.quant.zero_point),
                                t.quant.axis, arr))
    for n in m.nodes:
        g.nodes.append(Node(n.op, list(n.inputs), list(n.outputs), n.name, _params(n)))
    g.inputs, g.outputs = list(m.inputs), list(m.outputs)
    g.metadata = {e.key: e.value for e in m.metadata}
    return g


# ---- dequantization into model.LineRecognizer ----------------------------------------------

def _weights(t):
    """int8 constant times its per-channel (axis 0) float32 scales, as float64."""
    assert t.dtype == "i8" and t.axis == 0 and len(t.scales) == t.shape[0], t.name
    scales = np.asarray(t.scales, dtype=np.float64).reshape([-1] + [1] * (len(t.shape) - 1))
    return t.data.astype(np.float64) * scales


def _bias(t, s_in, w_scales):
    """int32 bias at scale f32(s_in) * s_w[c], as torch_export.quantize_bias stores it."""
    assert t.dtype == "i32", t.name
    return t.data.astype(np.float64) * (np.float64(np.float32(s_in)) * np.asarray(w_scales, dtype=np.float64))


def _set(param, value):
    value = torch.as_tensor(np.asarray(value), dtype=param.dtype)
    assert param.shape == value.shape, (tuple(param.shape), tuple(value.shape))
    with torch.no_grad():
        param.copy_(value)


def blocks(model):
    """(conv, bn, pool-after) in forward order (as export.blocks)."""
    layers = list(model.features)
    out, i = [], 0
    while i < len(layers):
        conv, bn = layers[i], layers[i + 1]
        i += 3
        pool = layers[i] if i < len(layers) and isinstance(layers[i], torch.nn.MaxPool2d) else None
        i += pool is not None
        out.append((conv, bn, pool))
    return out


def to_model(g):
    """A float LineRecognizer computing what the graph computes (up to activation rounding)."""
    if g.metadata.get("charset") != charset.metadata():
        raise ValueError("the file's charset differs from charset.py: this model cannot be rebuilt here")
    model = LineRecognizer(len(charset.CODEPOINTS))
    t = g.tensors
    convs = [n for n in g.nodes if n.op == "conv2d"]
    pools = [n for n in g.nodes if n.op == "max_pool2d"]
    grus = [n for n in g.nodes if n.op == "gru"]
    fcs = [n for n in g.nodes if n.op == "fully_connected"]
    layers = blocks(model)
    assert len(convs) == len(layers) and len(grus) == 2 and len(fcs) == 1, "not the LineRecognizer graph"
    producer = {o: n for n in g.nodes for o in n.outputs}
    for node, (conv, bn, pool) in zip(convs, layers):
        x, w, b = (t[i] for i in node.inputs)
        assert node.params["act"] == 1 and node.params["stride"] == (1, 1) and node.params["pads"] == (1, 1, 1, 1)
        following = [n for n in pools if n.inputs[0] == node.outputs[0]]
        assert (pool is None) == (not following), node.name
        if pool is not None:
            k = pool.kernel_size if isinstance(pool.kernel_size, tuple) else (pool.kernel_size,) * 2
            assert tuple(following[0].params["kernel"]) == tuple(k), node.name
        _set(conv.weight, _weights(w).transpose(0, 3, 1, 2))          # OHWI -> OIHW
        _set(bn.weight, np.ones(conv.out_channels))
        _set(bn.bias, _bias(b, x.scale, w.scales))
        bn.running_mean.zero_()
        bn.running_var.fill_(1.0 - bn.eps)                             # (x - 0) / sqrt(1) * 1 + beta
    H = model.rnn.hidden_size
    for node in grus:
        x, wx, wh, bx, bh = (t[i] for i in node.inputs)
        assert node.params["hidden"] == H and wx.shape == (3 * H, model.rnn.input_size)
        suffix = "_reverse" if node.params["reverse"] else ""
        # the GRU reads the conv features as [T, H*C] (transpose perm 0,2,1,3 then reshape),
        # the order model.forward builds them in
        assert producer[node.inputs[0]].op == "reshape"
        _set(getattr(model.rnn, "weight_ih_l0" + suffix), _weights(wx))
        _set(getattr(model.rnn, "weight_hh_l0" + suffix), _weights(wh))
        _set(getattr(model.rnn, "bias_ih_l0" + suffix), _bias(bx, x.scale, wx.scales))
        _set(getattr(model.rnn, "bias_hh_l0" + suffix), _bias(bh, qmath.Q15, wh.scales))
    concat = producer[fcs[0].inputs[0]]
    fwd, bwd = (producer[i] for i in concat.inputs)
    assert concat.op == "concat" and not fwd.params["reverse"] and bwd.params["reverse"], "BiGRU order"
    x, w, b = (t[i] for i in fcs[0].inputs)
    _set(model.fc.weight, _weights(w))
    _set(model.fc.bias, _bias(b, x.scale, w.scales))
    model.eval()
    return model


def check_roundtrip(model, g):
    """Quantizing the rebuilt model as export.py does gives back the file's integers."""
    t = g.tensors
    convs = [n for n in g.nodes if n.op == "conv2d"]
    bad = []
    for node, (conv, bn, _) in zip(convs, blocks(model)):
        x, w, b = (t[i] for i in node.inputs)
        fw, fb = fold_batchnorm(conv, bn)
        wq, ws = quantize_weights(fw.transpose(0, 2, 3, 1), axis=0)
        bq = quantize_bias(fb, x.scale, ws)
        bad += [node.name] * (not np.array_equal(wq, w.data) or not np.array_equal(bq, b.data))
    for node in (n for n in g.nodes if n.op == "gru"):
        x, wx, wh, bx, bh = (t[i] for i in node.inputs)
        suffix = "_reverse" if node.params["reverse"] else ""
        p = {k: getattr(model.rnn, k + "_l0" + suffix).detach().double().numpy()
             for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}
        qx, sx = quantize_weights(p["weight_ih"])
        qh, sh = quantize_weights(p["weight_hh"])
        same = (np.array_equal(qx, wx.data) and np.array_equal(qh, wh.data)
                and np.array_equal(quantize_bias(p["bias_ih"], x.scale, sx), bx.data)
                and np.array_equal(quantize_bias(p["bias_hh"], qmath.Q15, sh), bh.data))
        bad += [node.name] * (not same)
    node = next(n for n in g.nodes if n.op == "fully_connected")
    x, w, b = (t[i] for i in node.inputs)
    q, s = quantize_weights(model.fc.weight.detach().double().numpy())
    bad += [node.name] * (not (np.array_equal(q, w.data)
                               and np.array_equal(quantize_bias(model.fc.bias.detach().double().numpy(), x.scale, s),
                                                  b.data)))
    return bad


# ---- CER of the float model and of the int8 graph (as evaluate.py) ------------------------

def check(model, g, lines):
    from evaluate import evaluate
    from train import LineSet
    for name in ["valid_seen-*", "valid_unseen-*"]:
        folders = sorted(glob.glob(os.path.join(ROOT, "lines", name)))
        if not folders:
            print(f"{name[:-2]}: no rendered lines (render.py)")
            continue
        ls = LineSet(folders[0])
        f, q, n = evaluate(model, g, ls, lines)
        print(f"{os.path.basename(ls.folder)}: float CER {100 * f:.2f}%  int8 CER {100 * q:.2f}%  "
              f"({n} characters, {min(lines, len(ls))} lines)", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vmdl", default="models/ocr/deva.vmdl")
    ap.add_argument("--run", required=True, help="writes runs/RUN/last.pt under the OCR cache")
    ap.add_argument("--check", type=int, default=0, metavar="N",
                    help="also compare float and int8 CER on N lines of each validation set")
    a = ap.parse_args()
    g = read_vmdl(a.vmdl)
    model = to_model(g)
    bad = check_roundtrip(model, g)
    if bad:
        raise SystemExit(f"re-quantizing the rebuilt model does not give the file's integers: {bad}")
    step = int(g.metadata.get("trained_steps", "0"))
    run_dir = os.path.join(ROOT, "runs", a.run)
    os.makedirs(run_dir, exist_ok=True)
    ckpt = os.path.join(run_dir, "last.pt")
    torch.save({"model": model.state_dict(), "step": step}, ckpt + ".tmp")
    os.replace(ckpt + ".tmp", ckpt)
    digest = hashlib.sha256(open(a.vmdl, "rb").read()).hexdigest()
    json.dump({"from_vmdl": os.path.abspath(a.vmdl), "vmdl_sha256": digest, "trained_steps": step,
               "bn": "folded: gamma 1, beta = folded bias, running mean 0, running var 1 - eps",
               "charset": charset.metadata()}, open(os.path.join(run_dir, "run.json"), "w"))
    print(f"{ckpt}: {sum(p.numel() for p in model.parameters())} parameters, step {step}; "
          f"re-quantization gives the file's weights exactly")
    if a.check:
        torch.set_num_threads(2)
        check(model, g, a.check)


if __name__ == "__main__":
    main()
