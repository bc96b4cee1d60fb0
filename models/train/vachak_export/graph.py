"""Graphs of quantized ops: build them, write them as .vmdl (docs/MODEL-FORMAT.md), and
run them with the integer reference (qmath) to produce golden outputs."""
import struct
import zlib

import numpy as np

from . import planner, qmath
from .schema import pb

DTYPES = {"f32": (pb.DT_FLOAT32, np.float32), "i8": (pb.DT_INT8, np.int8), "i16": (pb.DT_INT16, np.int16),
          "i32": (pb.DT_INT32, np.int32)}
MAGIC = b"VACHAKMD"
FORMAT_VERSION = 1
PREFIX = 40


class Tensor:
    def __init__(self, index, name, dtype, shape, scales, zeros, axis, data):
        self.index, self.name, self.dtype, self.shape = index, name, dtype, tuple(int(d) for d in shape)
        self.scales = [float(np.float32(s)) for s in (scales or [])]
        self.zeros = [int(z) for z in (zeros or [0] * len(self.scales))]
        self.axis, self.data = axis, data

    @property
    def scale(self):
        return self.scales[0]

    @property
    def zero(self):
        return self.zeros[0]

    def nbytes(self):
        return int(np.prod(self.shape, dtype=np.int64)) * np.dtype(DTYPES[self.dtype][1]).itemsize


class Node:
    def __init__(self, op, inputs, outputs, name, params):
        self.op, self.inputs, self.outputs, self.name, self.params = op, list(inputs), list(outputs), name, params


class Graph:
    def __init__(self, name):
        self.name = name
        self.tensors = []
        self.nodes = []
        self.inputs = []
        self.outputs = []
        self.metadata = {}

    # ---- building ------------------------------------------------------------------------
    def constant(self, name, dtype, array, scales=None, zeros=None, axis=0):
        arr = np.ascontiguousarray(np.asarray(array, dtype=DTYPES[dtype][1]))
        t = Tensor(len(self.tensors), name, dtype, arr.shape, scales, zeros, axis, arr)
        self.tensors.append(t)
        return t.index

    def activation(self, name, dtype, shape, scale=None, zero=0):
        t = Tensor(len(self.tensors), name, dtype, shape, [scale] if scale is not None else [], [zero] if scale is not None else [], 0, None)
        self.tensors.append(t)
        return t.index

    def node(self, op, inputs, outputs, name=None, **params):
        self.nodes.append(Node(op, inputs, outputs, name or f"{op}_{len(self.nodes)}", params))

    def set_io(self, inputs, outputs):
        self.inputs, self.outputs = list(inputs), list(outputs)

    # ---- planning and writing --------------------------------------------------------------
    def lifetimes(self):
        """{tensor index: (bytes, first, last)} as the C++ loader derives them."""
        life = {}
        for i in self.inputs:
            life[i] = [self.tensors[i].nbytes(), 0, 0]
        for n, node in enumerate(self.nodes):
            for i in node.inputs:
                if i >= 0 and i in life:
                    life[i][2] = n
            for o in node.outputs:
                life[o] = [self.tensors[o].nbytes(), n, n]
        for o in self.outputs:
            life[o][2] = len(self.nodes) - 1
        return {k: tuple(v) for k, v in life.items()}

    def plan(self):
        life = self.lifetimes()
        ids = sorted(life)
        offsets, size = planner.plan_arena([life[i] for i in ids])
        return dict(zip(ids, offsets)), size

    def to_proto(self):
        offsets, arena_size = self.plan()
        life = self.lifetimes()
        m = pb.Model(format_version=FORMAT_VERSION, name=self.name, producer="vachak_export")
        weights = bytearray()
        for t in self.tensors:
            pt = m.tensors.add(name=t.name, type=DTYPES[t.dtype][0], shape=list(t.shape))
            if t.scales:
                pt.quant.scale.extend(t.scales)
                pt.quant.zero_point.extend(t.zeros)
                pt.quant.axis = t.axis
            if t.data is not None:
                weights.extend(b"\0" * (planner.align_up(len(weights)) - len(weights)))
                pt.weight.offset = len(weights)
                pt.weight.length = t.data.nbytes
                weights.extend(t.data.astype(t.data.dtype.newbyteorder("<")).tobytes())
            else:
                pt.arena.offset = offsets.get(t.index, 0)
                pt.arena.size = life[t.index][0] if t.index in life else t.nbytes()
        for node in self.nodes:
            pn = m.nodes.add(name=node.name, op=node.op, version=1, inputs=node.inputs, outputs=node.outputs)
            _set_params(pn, node)
        m.inputs.extend(self.inputs)
        m.outputs.extend(self.outputs)
        m.arena_size = arena_size
        for k, v in sorted(self.metadata.items()):
            m.metadata.add(key=k, value=v)
        return m, bytes(weights)

    def to_bytes(self):
        m, weights = self.to_proto()
        header = m.SerializeToString()
        weights_offset = planner.align_up(PREFIX + len(header))
        prefix = MAGIC + struct.pack("<IIII", FORMAT_VERSION, len(header), zlib.crc32(header) & 0xFFFFFFFF, 0)
        prefix += struct.pack("<QQ", weights_offset, len(weights))
        assert len(prefix) == PREFIX
        return prefix + header + b"\0" * (weights_offset - PREFIX - len(header)) + weights

    def write(self, path):
        with open(path, "wb") as f:
            f.write(self.to_bytes())

    # ---- the integer reference interpreter -----------------------------------------------
    def run(self, feeds):
        """feeds: {graph input index: array (its run-time shape)} -> {tensor index: array}."""
        values = {i: np.asarray(v) for i, v in feeds.items()}
        for t in self.tensors:
            if t.data is not None:
                values[t.index] = t.data
        for node in self.nodes:
            args = [values[i] if i >= 0 else None for i in node.inputs]
            ts = [self.tensors[i] if i >= 0 else None for i in node.inputs]
            out = self.tensors[node.outputs[0]]
            values[node.outputs[0]] = _run_node(node, args, ts, out).astype(DTYPES[out.dtype][1])
        return values


def _set_params(pn, node):
    p = node.params
    if node.op in ("conv2d", "depthwise_conv2d"):
        c = pn.conv2d
        c.stride_h, c.stride_w = p.get("stride", (1, 1))
        c.dilation_h, c.dilation_w = p.get("dilation", (1, 1))
        c.pad_top, c.pad_left, c.pad_bottom, c.pad_right = p.get("pads", (0, 0, 0, 0))
        c.activation = p.get("act", 0)
    elif node.op in ("max_pool2d", "avg_pool2d"):
        c = pn.pool2d
        c.kernel_h, c.kernel_w = p["kernel"]
        c.stride_h, c.stride_w = p.get("stride", p["kernel"])
        c.pad_top, c.pad_left, c.pad_bottom, c.pad_right = p.get("pads", (0, 0, 0, 0))
    elif node.op == "fully_connected":
        pn.fully_connected.activation = p.get("act", 0)
    elif node.op in ("lstm", "gru"):
        pn.recurrent.hidden_size = p["hidden"]
        pn.recurrent.reverse = p.get("reverse", False)
    elif node.op == "concat":
        pn.concat.axis = p["axis"]
    elif node.op == "reshape":
        pn.reshape.shape.extend(p["shape"])
    elif node.op == "transpose":
        pn.transpose.perm.extend(p["perm"])
    elif node.op in ("softmax", "log_softmax"):
        pn.softmax.SetInParent()


def _run_node(node, a, t, out):
    op, p = node.op, node.params
    if op in ("conv2d", "depthwise_conv2d"):
        return qmath.conv2d(a[0], t[0].zero, t[0].scale, a[1], t[1].scales, a[2], out.scale, out.zero,
                            p.get("stride", (1, 1)), p.get("dilation", (1, 1)), p.get("pads", (0, 0, 0, 0)),
                            p.get("act", 0), depthwise=op == "depthwise_conv2d")
    if op == "fully_connected":
        i16 = t[0].dtype == "i16"
        return qmath.fully_connected(a[0], 0 if i16 else t[0].zero, t[0].scale, a[1], t[1].scales,
                                     a[2] if len(a) > 2 else None, out.scale, out.zero, p.get("act", 0), i16)
    if op == "lstm":
        i16 = t[0].dtype == "i16"
        return qmath.lstm(a[0], 0 if i16 else t[0].zero, t[0].scale, a[1], t[1].scales, a[2], t[2].scales,
                          a[3] if len(a) > 3 else None, p["hidden"], p.get("reverse", False), i16)
    if op == "gru":
        i16 = t[0].dtype == "i16"
        return qmath.gru(a[0], 0 if i16 else t[0].zero, t[0].scale, a[1], t[1].scales, a[2], t[2].scales,
                         a[3] if len(a) > 3 else None, a[4] if len(a) > 4 else None, p["hidden"],
                         p.get("reverse", False), i16)
    if op in ("relu", "relu6", "hard_swish", "sigmoid", "tanh"):
        return qmath.lut(a[0], t[0].scale, t[0].zero, out.scale, out.zero, op)
    if op == "add":
        return qmath.add(a[0], t[0].zero, t[0].scale, a[1], t[1].zero, t[1].scale, out.scale, out.zero)
    if op == "mul":
        return qmath.mul(a[0], t[0].zero, t[0].scale, a[1], t[1].zero, t[1].scale, out.scale, out.zero)
    if op == "concat":
        parts = []
        for arr, ti in zip(a, t):
            same = ti.scale == out.scale and ti.zero == out.zero
            parts.append(arr if same or out.dtype == "i16" else
                         qmath.requantize8(arr, ti.zero, ti.scale, out.scale, out.zero))
        return np.concatenate([np.asarray(x, dtype=np.int64) for x in parts], axis=p["axis"])
    if op == "reshape":
        return np.asarray(a[0]).reshape(p["shape"])
    if op == "transpose":
        return np.transpose(np.asarray(a[0]), p["perm"])
    if op in ("max_pool2d", "avg_pool2d"):
        return qmath.pool2d(a[0], t[0].zero, p["kernel"], p.get("stride", p["kernel"]), p.get("pads", (0, 0, 0, 0)),
                            op == "max_pool2d")
    if op in ("softmax", "log_softmax"):
        return qmath.softmax(a[0], t[0].scale, out.scale, out.zero, op == "log_softmax")
    if op == "quantize":
        return qmath.quantize(a[0], out.scale, out.zero, 8 if out.dtype == "i8" else 16)
    if op == "dequantize":
        return qmath.dequantize(a[0], t[0].scale, t[0].zero)
    raise ValueError(f"no reference for op {op}")
