"""From float PyTorch modules to quantized runtime nodes.

A model recipe composes its graph by hand, in forward order, with these converters; it
runs the float model on calibration data to get each activation's range first
(`ActivationRange`). Weights: int8, symmetric, one scale per output channel. Biases:
int32 at scale s_in·s_w[c]. Recurrent outputs: int16 Q0.15 (docs/QUANTIZATION.md).
"""
import numpy as np
import torch

from . import qmath
from .graph import Graph


class ActivationRange:
    """Running min/max of a float activation; `qparams` gives its int8 (scale, zero point)."""

    def __init__(self):
        self.lo, self.hi = 0.0, 0.0  # the range always includes 0, so zero is exact

    def update(self, t):
        self.lo = min(self.lo, float(t.min()))
        self.hi = max(self.hi, float(t.max()))
        return t

    def qparams(self):
        # Ranges come from float32 reductions whose last bit depends on the CPU's SIMD
        # width; rounding them to 5 significant digits keeps exported files identical
        # across machines (the committed goldens are compared byte for byte).
        lo, hi = float(f"{self.lo:.5g}"), float(f"{self.hi:.5g}")
        span = max(hi - lo, 1e-6)
        scale = float(np.float32(span / 255.0))
        zero = int(np.clip(qmath.round_half_up(-128 - lo / scale), -128, 127))
        return scale, zero


def quantize_weights(w, axis=0):
    """Per-channel symmetric int8: returns (int8 array, scales)."""
    w = np.asarray(w, dtype=np.float64)
    moved = np.moveaxis(w, axis, 0).reshape(w.shape[axis], -1)
    scales = np.maximum(np.abs(moved).max(axis=1), 1e-8) / 127.0
    scales = scales.astype(np.float32).astype(np.float64)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.floor(w / scales.reshape(shape) + 0.5), -127, 127).astype(np.int8)
    return q, [float(s) for s in scales]


def quantize_bias(b, s_in, w_scales):
    b = np.asarray(b, dtype=np.float64)
    s = np.float64(np.float32(s_in)) * np.asarray(w_scales, dtype=np.float64)
    return np.clip(np.floor(b / s + 0.5), -(2 ** 31), 2 ** 31 - 1).astype(np.int32)


def fold_batchnorm(conv, bn):
    """Conv2d + BatchNorm2d (eval mode) -> (weight, bias) as float numpy arrays."""
    w = conv.weight.detach().double().numpy()
    b = conv.bias.detach().double().numpy() if conv.bias is not None else np.zeros(w.shape[0])
    if bn is None:
        return w, b
    gamma = bn.weight.detach().double().numpy()
    beta = bn.bias.detach().double().numpy()
    mean = bn.running_mean.detach().double().numpy()
    var = bn.running_var.detach().double().numpy()
    k = gamma / np.sqrt(var + bn.eps)
    return w * k.reshape(-1, 1, 1, 1), (b - mean) * k + beta


class Exporter:
    """Adds converted layers to a Graph, tracking each tensor's quantization."""

    def __init__(self, name):
        self.g = Graph(name)

    def input(self, name, shape, rng, dtype="i8", quantized=False):
        """A float32 graph input and its quantize node; returns the quantized tensor.
        quantized: the graph input is the int8 tensor itself (the caller quantizes with its
        scale and zero point), so the arena holds no float copy of a large input."""
        if quantized:
            scale, zero = rng.qparams()
            q = self.g.activation(name, dtype, shape, scale, zero)
            self.g.inputs.append(q)
            return q
        x = self.g.activation(name, "f32", shape)
        scale, zero = rng.qparams()
        q = self.g.activation(name + "_q", dtype, shape, scale, zero)
        self.g.node("quantize", [x], [q], name + "_quantize")
        self.g.inputs.append(x)
        return q

    def _t(self, i):
        return self.g.tensors[i]

    def conv2d(self, x, conv, out_shape, out_rng, bn=None, act=0, name="conv"):
        """nn.Conv2d (+ BatchNorm2d) with fused NONE/RELU/RELU6. x is NHWC int8."""
        w, b = fold_batchnorm(conv, bn)
        depthwise = conv.groups > 1
        if depthwise:
            if conv.groups != conv.in_channels or conv.out_channels != conv.in_channels:
                raise ValueError("only depth multiplier 1 depthwise convolutions are supported")
            wq, ws = quantize_weights(w[:, 0].transpose(1, 2, 0), axis=2)  # [KH, KW, C]
            wt = self.g.constant(name + "_w", "i8", wq, ws, axis=2)
        else:
            wq, ws = quantize_weights(w.transpose(0, 2, 3, 1), axis=0)  # OHWI
            wt = self.g.constant(name + "_w", "i8", wq, ws, axis=0)
        bt = self.g.constant(name + "_b", "i32", quantize_bias(b, self._t(x).scale, ws))
        scale, zero = out_rng.qparams()
        y = self.g.activation(name + "_out", "i8", out_shape, scale, zero)
        ph, pw = conv.padding if isinstance(conv.padding, tuple) else (conv.padding, conv.padding)
        self.g.node("depthwise_conv2d" if depthwise else "conv2d", [x, wt, bt], [y], name, stride=tuple(conv.stride),
                    dilation=tuple(conv.dilation), pads=(ph, pw, ph, pw), act=act)
        return y

    def pool(self, x, kind, kernel, stride, out_shape, name="pool"):
        t = self._t(x)
        y = self.g.activation(name + "_out", "i8", out_shape, t.scale, t.zero)
        self.g.node(kind, [x], [y], name, kernel=kernel, stride=stride)
        return y

    def transpose(self, x, perm, name="transpose"):
        t = self._t(x)
        shape = [t.shape[p] for p in perm]
        y = self.g.activation(name + "_out", t.dtype, shape, t.scale if t.scales else None, t.zero if t.scales else 0)
        self.g.node("transpose", [x], [y], name, perm=list(perm))
        return y

    def reshape(self, x, shape, max_shape, name="reshape"):
        t = self._t(x)
        y = self.g.activation(name + "_out", t.dtype, max_shape, t.scale if t.scales else None, t.zero if t.scales else 0)
        self.g.node("reshape", [x], [y], name, shape=list(shape))
        return y

    def recurrent(self, x, module, direction, steps, name):
        """One direction of a single-layer nn.LSTM / nn.GRU; x is [T, I] (int8 or int16)."""
        suffix = "_reverse" if direction == 1 else ""
        lstm = isinstance(module, torch.nn.LSTM)
        H = module.hidden_size
        wih = getattr(module, "weight_ih_l0" + suffix).detach().double().numpy()
        whh = getattr(module, "weight_hh_l0" + suffix).detach().double().numpy()
        bih = getattr(module, "bias_ih_l0" + suffix).detach().double().numpy()
        bhh = getattr(module, "bias_hh_l0" + suffix).detach().double().numpy()
        xq = self._t(x)
        wxq, wxs = quantize_weights(wih)
        whq, whs = quantize_weights(whh)
        wx = self.g.constant(name + "_wx", "i8", wxq, wxs)
        wh = self.g.constant(name + "_wh", "i8", whq, whs)
        s_x = xq.scale
        inputs = [x, wx, wh]
        if lstm:
            inputs.append(self.g.constant(name + "_b", "i32", quantize_bias(bih + bhh, s_x, wxs)))
        else:
            inputs.append(self.g.constant(name + "_bx", "i32", quantize_bias(bih, s_x, wxs)))
            inputs.append(self.g.constant(name + "_bh", "i32", quantize_bias(bhh, qmath.Q15, whs)))
        y = self.g.activation(name + "_out", "i16", [steps, H], qmath.Q15, 0)
        self.g.node("lstm" if lstm else "gru", inputs, [y], name, hidden=H, reverse=direction == 1)
        return y

    def concat(self, xs, axis, name="concat"):
        ts = [self._t(i) for i in xs]
        shape = list(ts[0].shape)
        shape[axis] = sum(t.shape[axis] for t in ts)
        y = self.g.activation(name + "_out", ts[0].dtype, shape, ts[0].scale, ts[0].zero)
        self.g.node("concat", xs, [y], name, axis=axis)
        return y

    def linear(self, x, linear, out_rng, act=0, name="fc"):
        t = self._t(x)
        wq, ws = quantize_weights(linear.weight.detach().double().numpy())
        w = self.g.constant(name + "_w", "i8", wq, ws)
        b = self.g.constant(name + "_b", "i32", quantize_bias(linear.bias.detach().double().numpy(), t.scale, ws))
        scale, zero = out_rng.qparams()
        y = self.g.activation(name + "_out", "i8", list(t.shape[:-1]) + [linear.out_features], scale, zero)
        self.g.node("fully_connected", [x, w, b], [y], name, act=act)
        return y

    def log_softmax(self, x, scale=0.1, name="log_softmax"):
        """Log-probabilities in [-25.5, 0] at zero point 127 (CTC beam search reads them)."""
        t = self._t(x)
        y = self.g.activation(name + "_out", "i8", t.shape, scale, 127)
        self.g.node("log_softmax", [x], [y], name)
        return y


def agreement(float_out, int_out):
    """Max absolute difference and argmax agreement over the last axis."""
    f = np.asarray(float_out, dtype=np.float64)
    q = np.asarray(int_out, dtype=np.float64)
    return float(np.abs(f - q).max()), float((f.argmax(-1) == q.argmax(-1)).mean())
