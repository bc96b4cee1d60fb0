"""The Python export side: qmath against hand-computed values and float math, the planner,
the writer's file layout, the torch converters' accuracy, and golden determinism.

    /usr/bin/python3 -m unittest discover -s models/train/tests -t models/train
"""
import math
import os
import struct
import tempfile
import unittest
import zlib

import numpy as np
import torch

from vachak_export import planner, qmath
from vachak_export.graph import Graph
from vachak_export.schema import pb
from vachak_export.torch_export import ActivationRange, Exporter


class Helpers(unittest.TestCase):
    def test_quantize_multiplier(self):
        self.assertEqual(qmath.quantize_multiplier(0.5), (1 << 30, 31))
        self.assertEqual(qmath.quantize_multiplier(0.0), (0, 1))
        m, s = qmath.quantize_multiplier(0.1)
        self.assertAlmostEqual(m / 2.0 ** s, 0.1, places=9)
        self.assertEqual(qmath.quantize_multiplier(1e-30), (0, 1))
        with self.assertRaises(ValueError):
            qmath.quantize_multiplier(2.0 ** 31)

    def test_rounding(self):
        self.assertEqual(int(qmath.rshift_round(-3, 1)), -1)  # -1.5 rounds up to -1
        self.assertEqual(int(qmath.rshift_round(3, 1)), 2)
        self.assertEqual(int(qmath.apply(-19, qmath.quantize_multiplier(0.125))), -2)

    def test_tables(self):
        self.assertEqual(int(qmath.lookup_q15(qmath.SIG_TABLE, 0)), 16384)
        self.assertEqual(int(qmath.lookup_q15(qmath.TANH_TABLE, 0)), 0)
        self.assertAlmostEqual(int(qmath.lookup_q15(qmath.SIG_TABLE, 4096)) / 32768, 1 / (1 + math.exp(-1)), places=4)


class OpsAgainstFloat(unittest.TestCase):
    def test_conv_matches_float_within_a_step(self):
        rng = np.random.default_rng(1)
        x = rng.integers(-128, 128, (1, 6, 7, 3))
        w = rng.integers(-127, 128, (4, 3, 3, 3))
        sx, sw, so = 0.02, [0.01, 0.02, 0.015, 0.005], 0.05
        out = qmath.conv2d(x, 3, sx, w, sw, None, so, -2, pads=(1, 1, 1, 1))
        xf = torch.tensor(sx * (x - 3), dtype=torch.float64).permute(0, 3, 1, 2)
        wf = torch.tensor(w * np.array(sw)[:, None, None, None], dtype=torch.float64).permute(0, 3, 1, 2)
        ref = torch.nn.functional.conv2d(xf, wf, padding=1).permute(0, 2, 3, 1).numpy()
        got = so * (out + 2)
        mask = np.abs(ref / so) < 127  # away from saturation
        self.assertLessEqual(np.abs(got - ref)[mask].max(), so * 0.5 + 1e-9)

    def test_lstm_follows_float_lstm(self):
        torch.manual_seed(0)
        lstm = torch.nn.LSTM(5, 6)
        x = torch.rand(10, 1, 5) * 2 - 1
        with torch.no_grad():
            ref, _ = lstm(x)
        ex = Exporter("t")
        rng = ActivationRange()
        rng.update(x)
        xq = ex.input("x", [10, 5], rng)
        ex.g.outputs = [ex.recurrent(xq, lstm, 0, 10, "l")]
        vals = ex.g.run({ex.g.inputs[0]: x[:, 0].numpy()})
        got = vals[ex.g.outputs[0]] / 32768.0
        self.assertLess(np.abs(got - ref[:, 0].numpy()).max(), 0.03)

    def test_softmax_sums_to_one(self):
        x = np.array([[10, 20, 30, -5]])
        p = (qmath.softmax(x, 0.1, 1 / 256, -128, log=False) + 128) / 256
        self.assertAlmostEqual(p.sum(), 1.0, delta=0.02)
        e = np.exp(0.1 * x[0] - (0.1 * x[0]).max())
        np.testing.assert_allclose(p[0], e / e.sum(), atol=1 / 256)


class PlannerTests(unittest.TestCase):
    def test_no_live_overlap_and_deterministic(self):
        rng = np.random.default_rng(3)
        for _ in range(50):
            items = []
            for _ in range(int(rng.integers(1, 30))):
                a, b = sorted(rng.integers(0, 10, 2))
                items.append((int(rng.integers(1, 3000)), int(a), int(b)))
            offsets, size = planner.plan_arena(items)
            self.assertTrue(planner.check_plan(items, offsets, size))
            self.assertEqual((offsets, size), planner.plan_arena(items))
            self.assertLessEqual(size, planner.align_up(sum(planner.align_up(s) for s, _, _ in items)))


class WriterTests(unittest.TestCase):
    def test_file_layout(self):
        g = Graph("w")
        x = g.activation("x", "i8", [2, 3], 0.1, 0)
        w = g.constant("w", "i8", np.arange(12).reshape(4, 3), [0.01] * 4)
        y = g.activation("y", "i8", [2, 4], 0.1, 0)
        g.node("fully_connected", [x, w, -1], [y])
        g.set_io([x], [y])
        data = g.to_bytes()
        self.assertEqual(data[:8], b"VACHAKMD")
        version, header_size, crc, reserved, woff, wsize = struct.unpack("<IIIIQQ", data[8:40])
        self.assertEqual((version, reserved), (1, 0))
        header = data[40:40 + header_size]
        self.assertEqual(crc, zlib.crc32(header) & 0xFFFFFFFF)
        self.assertEqual(woff % 64, 0)
        self.assertEqual(len(data), woff + wsize)
        m = pb.Model()
        m.ParseFromString(header)
        self.assertEqual(m.tensors[1].weight.offset % 64, 0)
        self.assertEqual(data[woff + m.tensors[1].weight.offset:][:12], bytes(range(12)))
        self.assertEqual(m.nodes[0].op, "fully_connected")


class GoldenTests(unittest.TestCase):
    def test_make_golden_is_deterministic(self):
        from vachak_export import make_golden
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            for d in (a, b):
                rng = np.random.default_rng(11)
                g, feeds = make_golden.crnn(rng, 24, 24)
                make_golden.write_golden(d, "c", g, feeds)
            for name in sorted(os.listdir(a)):
                with open(os.path.join(a, name), "rb") as fa, open(os.path.join(b, name), "rb") as fb:
                    self.assertEqual(fa.read(), fb.read(), name)

    def test_committed_goldens_are_current(self):
        """The committed goldens are what make_golden writes today (no stale vectors)."""
        from vachak_export import make_golden
        here = os.path.dirname(os.path.abspath(__file__))
        committed = os.path.normpath(os.path.join(here, "..", "..", "..", "tests", "golden"))
        with tempfile.TemporaryDirectory() as d:
            import sys
            argv = sys.argv
            sys.argv = ["make_golden", "--out", d]
            try:
                make_golden.main()
            finally:
                sys.argv = argv
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), "rb") as fa, open(os.path.join(committed, name), "rb") as fb:
                    self.assertEqual(fa.read(), fb.read(), name)


if __name__ == "__main__":
    unittest.main()
