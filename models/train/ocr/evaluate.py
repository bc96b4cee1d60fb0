"""Float vs int8 accuracy of an exported line recognizer on identical inputs: the
rendered validation lines (held-out text; seen fonts and held-out fonts), greedy CTC.
The int8 figure runs the exported graph with the Python integer reference, which the C++
runtime reproduces bit for bit (tests/golden), so it is the runtime's accuracy.

    /usr/bin/python3 models/train/ocr/evaluate.py --run v1 --model models/ocr/deva.vmdl --lines 300
"""
import argparse
import glob
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import charset  # noqa: E402
from export import MAX_WIDTH, build, calibrate, calibration_lines, load_model, run_script  # noqa: E402
from train import LineSet, edit_distance, lines_root  # noqa: E402


def collapse(ids):
    out, prev = [], 0
    for c in ids:
        if c != prev and c != 0:
            out.append(int(c))
        prev = c
    return out


def evaluate(model, graph, lineset, n):
    ferr = qerr = total = 0
    for i in range(min(n, len(lineset))):
        w = lineset.widths[i]
        width = (w + 3) // 4 * 4
        img = np.full((32, width), 255, dtype=np.uint8)
        img[:, :w] = lineset.images[i, :, :w]
        x = img.astype(np.float32) / 255.0
        with torch.no_grad():
            f = model(torch.from_numpy(x)[None, None]).argmax(-1)[:, 0].numpy()
        vals = graph.run({graph.inputs[0]: x[None, :, :, None]})
        q = np.asarray(vals[graph.outputs[0]]).argmax(-1)
        ref = lineset.labels[i]
        ferr += edit_distance(collapse(f), ref)
        qerr += edit_distance(collapse(q), ref)
        total += len(ref)
    return ferr / total, qerr / total, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="v1")
    ap.add_argument("--lines", type=int, default=300)
    a = ap.parse_args()
    model, step = load_model(a.run)
    script = run_script(a.run)
    # The same calibration as export.py, so the graph equals the shipped file.
    graph = build(model, calibrate(model, calibration_lines(script=script)), MAX_WIDTH, script)
    for name in ["valid_seen-*", "valid_unseen-*"]:
        ls = LineSet(sorted(glob.glob(os.path.join(lines_root(script), name)))[0], charset.for_script(script))
        f, q, n = evaluate(model, graph, ls, a.lines)
        print(f"{name[:-2]}: float CER {100 * f:.2f}%  int8 CER {100 * q:.2f}%  ({n} characters, "
              f"{min(a.lines, len(ls))} lines, step {step})")


if __name__ == "__main__":
    main()
