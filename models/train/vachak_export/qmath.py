"""Integer reference of docs/QUANTIZATION.md, bit for bit.

Every double-precision value the spec computes uses Python floats and the math module
(the C library's functions), never numpy's vectorised transcendental functions, so the
C++ kernels and this file agree to the last bit. Integer arrays are numpy int64.
"""
import math

import numpy as np

Q15 = 1.0 / 32768.0


# ---- helpers ---------------------------------------------------------------------------

def f32(x):
    """The float32 value a scale has once stored in the model, as a Python float."""
    return float(np.float32(x))


def round_half_up(x):
    return int(math.floor(x + 0.5))


def rshift_round(v, n):
    return (np.asarray(v, dtype=np.int64) + (1 << (n - 1))) >> n


def sat(v, bits):
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return np.clip(np.asarray(v, dtype=np.int64), lo, hi)


def quantize_multiplier(m):
    """(M, S) with m ~ M * 2^-S; raises ValueError when m cannot be encoded."""
    if not (m >= 0.0) or math.isinf(m) or math.isnan(m):
        raise ValueError(f"multiplier {m} cannot be encoded")
    if m == 0.0:
        return 0, 1
    frac, e = math.frexp(m)
    q = round_half_up(frac * 2147483648.0)
    if q == 1 << 31:
        q = 1 << 30
        e += 1
    s = 31 - e
    if s > 62:
        return 0, 1
    if s < 1:
        raise ValueError(f"multiplier {m} is >= 2^30")
    return q, s


def apply(x, mul):
    """x·M·2^-S rounded half up; M and S may be arrays (one multiplier per element)."""
    m, s = mul
    x = np.asarray(x, dtype=np.int64)
    m = np.asarray(m, dtype=np.int64)
    s = np.asarray(s, dtype=np.int64)
    return (x * m + np.left_shift(np.int64(1), s - 1)) >> s


def stack(muls):
    """A list of (M, S) as a pair of arrays, for apply over a vector."""
    return np.array([m for m, _ in muls], dtype=np.int64), np.array([s for _, s in muls], dtype=np.int64)


def requant(x, m):
    return apply(x, quantize_multiplier(m))


def _table(f):
    t = np.zeros(513, dtype=np.int64)
    for k in range(513):
        x = k / 32.0 - 8.0
        t[k] = min(32767, max(-32768, round_half_up(f(x) * 32768.0)))
    return t


SIG_TABLE = _table(lambda x: 1.0 / (1.0 + math.exp(-x)))
TANH_TABLE = _table(math.tanh)


def lookup_q15(table, p):
    u = np.asarray(p, dtype=np.int64) + 32768
    k = u >> 7
    f = u & 127
    a = table[k]
    b = table[np.minimum(k + 1, 512)]
    return a + rshift_round((b - a) * f, 7)


def act_bounds(act, s_out, z_out):
    """Clamp bounds of a fused activation: 0 NONE, 1 RELU, 2 RELU6."""
    if act == 0:
        return -128, 127
    lo = max(-128, z_out)
    if act == 1:
        return lo, 127
    return lo, min(127, z_out + round_half_up(6.0 / s_out))


def channel_mul(s_in, s_w, s_out, extra=1.0):
    """The per-channel multipliers, computed in the kernels' order: (s_in·s_w·extra)/s_out."""
    return [quantize_multiplier((f32(s_in) * f32(w) * extra) / f32(s_out)) for w in np.atleast_1d(s_w)]


def _per_channel(scales, n):
    scales = np.atleast_1d(scales)
    return [scales[0]] * n if len(scales) == 1 else list(scales)


# ---- ops ------------------------------------------------------------------------------

def conv2d(x, zx, sx, w, sw, bias, s_out, z_out, stride=(1, 1), dilation=(1, 1), pads=(0, 0, 0, 0), act=0,
           depthwise=False):
    """x [N,H,W,C] int8; w [O,KH,KW,C] (or [KH,KW,C] depthwise); pads (top, left, bottom, right)."""
    x = np.asarray(x, dtype=np.int64) - zx
    w = np.asarray(w, dtype=np.int64)
    n, h, wd, c = x.shape
    if depthwise:
        kh, kw, o = w.shape
    else:
        o, kh, kw, _ = w.shape
    sh, sw_ = stride
    dh, dw = dilation
    pt, pl, pb, pr = pads
    oh = (h + pt + pb - ((kh - 1) * dh + 1)) // sh + 1
    ow = (wd + pl + pr - ((kw - 1) * dw + 1)) // sw_ + 1
    xp = np.zeros((n, h + pt + pb, wd + pl + pr, c), dtype=np.int64)
    xp[:, pt:pt + h, pl:pl + wd, :] = x
    acc = np.zeros((n, oh, ow, o), dtype=np.int64)
    for ky in range(kh):
        for kx in range(kw):
            ys = ky * dh
            xs = kx * dw
            patch = xp[:, ys:ys + (oh - 1) * sh + 1:sh, xs:xs + (ow - 1) * sw_ + 1:sw_, :]
            if depthwise:
                acc += patch * w[ky, kx, :]
            else:
                acc += np.einsum("nhwc,oc->nhwo", patch, w[:, ky, kx, :])
    if bias is not None:
        acc += np.asarray(bias, dtype=np.int64)
    muls = channel_mul(sx, _per_channel(sw, o), s_out)
    out = np.empty_like(acc)
    for ch in range(o):
        out[..., ch] = apply(acc[..., ch], muls[ch])
    lo, hi = act_bounds(act, f32(s_out), z_out)
    return np.clip(out + z_out, lo, hi)


def fully_connected(x, zx, sx, w, sw, bias, s_out, z_out, act=0, int16_input=False):
    x = np.asarray(x, dtype=np.int64)
    w = np.asarray(w, dtype=np.int64)
    rows = x.reshape(-1, x.shape[-1])
    acc = (rows - (0 if int16_input else zx)) @ w.T
    b = np.zeros(w.shape[0], dtype=np.int64) if bias is None else np.asarray(bias, dtype=np.int64)
    acc = sat(sat(acc, 32) + b, 32) if int16_input else acc + b
    muls = channel_mul(sx, _per_channel(sw, w.shape[0]), s_out)
    out = np.empty_like(acc)
    for n in range(w.shape[0]):
        out[:, n] = apply(acc[:, n], muls[n])
    lo, hi = act_bounds(act, f32(s_out), z_out)
    return np.clip(out + z_out, lo, hi).reshape(x.shape[:-1] + (w.shape[0],))


def _projections(x, zx, sx, wx, swx, bias, gates_h, int16_input):
    x = np.asarray(x, dtype=np.int64) - (0 if int16_input else zx)
    ax = x @ np.asarray(wx, dtype=np.int64).T
    if bias is not None:
        ax = ax + np.asarray(bias, dtype=np.int64)
    ax = sat(ax, 32)
    muls = channel_mul(sx, _per_channel(swx, gates_h), 1.0, 4096.0)
    return ax, muls


def lstm(x, zx, sx, wx, swx, wh, swh, bias, hidden, reverse=False, int16_input=False):
    """x [T, I] -> h [T, H] int16 Q0.15."""
    T = x.shape[0]
    G = 4 * hidden
    ax, mx = _projections(x, zx, sx, wx, swx, bias, G, int16_input)
    mh = channel_mul(Q15, _per_channel(swh, G), 1.0, 4096.0)
    wh = np.asarray(wh, dtype=np.int64)
    h = np.zeros(hidden, dtype=np.int64)
    c = np.zeros(hidden, dtype=np.int64)
    out = np.zeros((T, hidden), dtype=np.int64)
    steps = range(T - 1, -1, -1) if reverse else range(T)
    mx, mh = stack(mx), stack(mh)
    for t in steps:
        ah = sat(wh @ h, 32)
        p = sat(apply(ax[t], mx) + apply(ah, mh), 16)
        i = lookup_q15(SIG_TABLE, p[0:hidden])
        f = lookup_q15(SIG_TABLE, p[hidden:2 * hidden])
        g = lookup_q15(TANH_TABLE, p[2 * hidden:3 * hidden])
        o = lookup_q15(SIG_TABLE, p[3 * hidden:])
        c = sat(rshift_round(f * c, 15) + rshift_round(i * g, 19), 16)
        h = sat(rshift_round(o * lookup_q15(TANH_TABLE, sat(2 * c, 16)), 15), 16)
        out[t] = h
    return out


def gru(x, zx, sx, wx, swx, wh, swh, bias_x, bias_h, hidden, reverse=False, int16_input=False):
    T = x.shape[0]
    G = 3 * hidden
    ax, mx = _projections(x, zx, sx, wx, swx, bias_x, G, int16_input)
    mh = channel_mul(Q15, _per_channel(swh, G), 1.0, 4096.0)
    wh = np.asarray(wh, dtype=np.int64)
    bh = np.zeros(G, dtype=np.int64) if bias_h is None else np.asarray(bias_h, dtype=np.int64)
    h = np.zeros(hidden, dtype=np.int64)
    out = np.zeros((T, hidden), dtype=np.int64)
    steps = range(T - 1, -1, -1) if reverse else range(T)
    H = hidden
    mx, mh = stack(mx), stack(mh)
    for t in steps:
        ah = sat(wh @ h + bh, 32)
        px = sat(apply(ax[t], mx), 16)
        ph = sat(apply(ah, mh), 16)
        r_ = lookup_q15(SIG_TABLE, sat(px[:H] + ph[:H], 16))
        z = lookup_q15(SIG_TABLE, sat(px[H:2 * H] + ph[H:2 * H], 16))
        n = lookup_q15(TANH_TABLE, sat(px[2 * H:] + rshift_round(r_ * ph[2 * H:], 15), 16))
        h = sat(rshift_round((32768 - z) * n + z * h, 15), 16)
        out[t] = h
    return out


def lut(x, sx, zx, s_out, z_out, fn):
    funcs = {
        "relu": lambda v: max(v, 0.0),
        "relu6": lambda v: min(max(v, 0.0), 6.0),
        "hard_swish": lambda v: v * min(max(v + 3.0, 0.0), 6.0) / 6.0,
        "sigmoid": lambda v: 1.0 / (1.0 + math.exp(-v)),
        "tanh": math.tanh,
    }
    f = funcs[fn]
    table = np.array([min(127, max(-128, round_half_up(f(f32(sx) * (q - zx)) / f32(s_out)) + z_out))
                      for q in range(-128, 128)], dtype=np.int64)
    return table[np.asarray(x, dtype=np.int64) + 128]


def add(a, za, sa, b, zb, sb, s_out, z_out):
    va = apply((np.asarray(a, dtype=np.int64) - za) * (1 << 20), quantize_multiplier(f32(sa) / f32(s_out)))
    vb = apply((np.asarray(b, dtype=np.int64) - zb) * (1 << 20), quantize_multiplier(f32(sb) / f32(s_out)))
    return sat(z_out + rshift_round(va + vb, 20), 8)


def mul(a, za, sa, b, zb, sb, s_out, z_out):
    prod = (np.asarray(a, dtype=np.int64) - za) * (np.asarray(b, dtype=np.int64) - zb)
    return sat(z_out + apply(prod, quantize_multiplier(f32(sa) * f32(sb) / f32(s_out))), 8)


def requantize8(q, z_in, s_in, s_out, z_out):
    """concat's int8 input requantization."""
    v = apply((np.asarray(q, dtype=np.int64) - z_in) * (1 << 20), quantize_multiplier(f32(s_in) / f32(s_out)))
    return sat(z_out + rshift_round(v, 20), 8)


def pool2d(x, z, kernel, stride, pads, is_max):
    x = np.asarray(x, dtype=np.int64)
    n, h, w, c = x.shape
    kh, kw = kernel
    sh, sw = stride
    pt, pl, pb, pr = pads
    oh = (h + pt + pb - kh) // sh + 1
    ow = (w + pl + pr - kw) // sw + 1
    out = np.zeros((n, oh, ow, c), dtype=np.int64)
    for oy in range(oh):
        for ox in range(ow):
            y0, x0 = oy * sh - pt, ox * sw - pl
            win = x[:, max(0, y0):min(h, y0 + kh), max(0, x0):min(w, x0 + kw), :]
            if is_max:
                out[:, oy, ox, :] = win.max(axis=(1, 2))
            else:
                count = win.shape[1] * win.shape[2]
                s = (win - z).sum(axis=(1, 2))
                q = np.where(s >= 0, (s + count // 2) // count, -((-s + count // 2) // count))
                out[:, oy, ox, :] = sat(z + q, 8)
    return out


def softmax(x, sx, s_out, z_out, log):
    x = np.asarray(x, dtype=np.int64)
    table = np.array([round_half_up(math.exp(-(f32(sx) * d)) * 65536.0) for d in range(256)], dtype=np.int64)
    rows = x.reshape(-1, x.shape[-1])
    out = np.zeros_like(rows)
    for r in range(rows.shape[0]):
        qmax = int(rows[r].max())
        d = qmax - rows[r]
        e = table[d]
        total = int(e.sum())
        if log:
            log_sum = math.log(total / 65536.0)
            for c in range(rows.shape[1]):
                v = -(f32(sx) * int(d[c])) - log_sum
                out[r, c] = min(127, max(-128, round_half_up(v / f32(s_out)) + z_out))
        else:
            out[r] = np.clip((e * 512 + total) // (2 * total) - 128, -128, 127)
    return out.reshape(x.shape)


def quantize(x, s, z, bits):
    """float32 values to the integer grid (s, z), as the C++ quantize op and
    rt::quantize_value: the value over the float32 scale in double, rounded half up,
    clamped; NaN goes to the zero point. Vectorized: large inputs (a TTS model's frames)
    take milliseconds."""
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    q = np.asarray(x, dtype=np.float32).astype(np.float64) / f32(s)
    nan = np.isnan(q)
    q = np.where(nan, 0.0, q)
    out = np.where(q > 1e9, hi, np.where(q < -1e9, lo, np.floor(np.clip(q, -1e9, 1e9) + 0.5).astype(np.int64) + z))
    out = np.where(nan, z, out)
    return np.clip(out, lo, hi).astype(np.int64).reshape(np.shape(x))


def dequantize(q, s, z):
    return (f32(s) * (np.asarray(q, dtype=np.int64) - z).astype(np.float64)).astype(np.float32)
