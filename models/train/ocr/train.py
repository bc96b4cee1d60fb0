"""CTC training of the line recognizer on pre-rendered lines (render.py).

Resumable: checkpoints (model, optimizer, step, RNG states) every few minutes to
${VACHAK_CACHE:-~/.cache/vachak}/ocr/runs/NAME/last.pt, with run.json recording the seed,
data folders and fonts. Logs train loss and greedy CER on the seen-font and the held-out-
font validation sets.

    nohup nice -n 10 /usr/bin/python3 models/train/ocr/train.py --name v1 --hours 1.5 &
"""
import argparse
import contextlib
import glob
import json
import math
import os
import random
import time

import numpy as np
import torch

import charset
from qat import WeightRounding
from model import LineRecognizer, parameter_count

ROOT = os.path.join(os.environ.get("VACHAK_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "vachak")), "ocr")


def lines_root(script):
    """Devanagari's rendered lines sit in lines/ (runs v1-v5), another script's in lines/<script>/."""
    return os.path.join(ROOT, "lines") if script == "deva" else os.path.join(ROOT, "lines", script)


class LineSet:
    def __init__(self, folder, alphabet=charset.for_script("deva")):
        self.images = np.load(os.path.join(folder, "images.npy"), mmap_mode="r")
        meta = json.load(open(os.path.join(folder, "meta.json"), encoding="utf-8"))
        self.widths = meta["widths"]
        self.labels = [alphabet.encode(t) for t in meta["labels"]]
        self.texts = meta["labels"]
        self.folder = folder

    def __len__(self):
        return len(self.widths)


def batches(sets, batch, rng):
    """Batches of similar width (less padding), in random order."""
    items = [(s, i, s.widths[i]) for s in sets for i in range(len(s))]
    rng.shuffle(items)
    chunk = batch * 50
    out = []
    for k in range(0, len(items), chunk):
        part = sorted(items[k:k + chunk], key=lambda t: t[2])
        out.extend(part[j:j + batch] for j in range(0, len(part), batch))
    rng.shuffle(out)
    return out


def to_tensor(group, augment, rng):
    width = max(w for _, _, w in group)
    width = (width + 3) // 4 * 4
    x = np.full((len(group), 1, 32, width), 255, dtype=np.uint8)
    for k, (s, i, w) in enumerate(group):
        shift = rng.randint(0, min(3, width - w)) if augment and width > w else 0
        x[k, 0, :, shift:shift + w] = s.images[i, :, :w]
    return torch.from_numpy(x).float() / 255.0


def greedy_cer(model, lineset, limit=500):
    model.eval()
    errors = total = 0
    with torch.no_grad():
        for start in range(0, min(limit, len(lineset)), 32):
            group = [(lineset, i, lineset.widths[i]) for i in range(start, min(start + 32, limit, len(lineset)))]
            logp = model(to_tensor(group, False, random.Random(0)))
            best = logp.argmax(-1).T.numpy()
            for k, (_, i, _) in enumerate(group):
                seq, prev = [], 0
                for c in best[k]:
                    if c != prev and c != 0:
                        seq.append(int(c))
                    prev = c
                ref = lineset.labels[i]
                errors += edit_distance(seq, ref)
                total += len(ref)
    model.train()
    return errors / max(1, total)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]


def transplant(state, source, target):
    """A checkpoint of another script's model (`source` alphabet) as the start of `target`'s:
    every layer but the output is taken whole; each output class starts from the same code
    point's row, or from the code point at the same place in the source's Unicode block (the
    Indic blocks share one layout: Bengali ক U+0995 starts from Devanagari क U+0915), and
    classes with neither start from the blank's row scaled down."""
    shift = charset.BLOCKS[target.script] - charset.BLOCKS[source.script]
    block = range(charset.BLOCKS[target.script], charset.BLOCKS[target.script] + 0x80)
    w, b = state["fc.weight"], state["fc.bias"]
    new_w = torch.zeros((len(target.codepoints), w.shape[1]))
    new_b = torch.full((len(target.codepoints),), float(b.min()))
    for i, cp in enumerate(target.codepoints):
        j = 0 if i == 0 else source.index.get(cp, source.index.get(cp - shift) if cp in block else None)
        if j is not None:
            new_w[i], new_b[i] = w[j], b[j]
    out = dict(state)
    out["fc.weight"], out["fc.bias"] = new_w, new_b
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="v1")
    ap.add_argument("--hours", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--steps", type=int, default=0, help="planned steps for the LR schedule (0: estimate)")
    ap.add_argument("--init", default=None, help="start from this checkpoint's weights (fresh optimizer and schedule)")
    ap.add_argument("--script", default="deva", choices=sorted(charset.BLOCKS), help="the script this model reads")
    ap.add_argument("--init-script", default=None,
                    help="the script of the --init checkpoint, when it is another's (its output layer is transplanted)")
    ap.add_argument("--qat", action="store_true", help="train through int8-rounded weights (qat.py)")
    ap.add_argument("--time-schedule", action="store_true",
                    help="anneal the LR over --hours of wall time instead of --steps (a run that must end on time)")
    ap.add_argument("--frozen-bn", action="store_true",
                    help="keep BatchNorm in eval mode (running statistics frozen, affine parameters trained), "
                         "as a model rebuilt by from_vmdl.py needs")
    a = ap.parse_args()
    torch.set_num_threads(2)
    run_dir = os.path.join(ROOT, "runs", a.name)
    os.makedirs(run_dir, exist_ok=True)
    log = open(os.path.join(run_dir, "train.log"), "a", buffering=1)

    alphabet = charset.for_script(a.script)
    root = lines_root(a.script)
    valid_seen = LineSet(sorted(glob.glob(os.path.join(root, "valid_seen-*")))[0], alphabet)
    valid_unseen = LineSet(sorted(glob.glob(os.path.join(root, "valid_unseen-*")))[0], alphabet)
    model = LineRecognizer(len(alphabet.codepoints))
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=1e-4)
    ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    step, rng = 0, random.Random(a.seed)
    torch.manual_seed(a.seed)
    planned = a.steps or int(a.hours * 3600 * 2.0)  # ~2 steps/s of batch 32 on 2 cores, refined below
    ckpt = os.path.join(run_dir, "last.pt")
    if a.resume and os.path.exists(ckpt):
        state = torch.load(ckpt)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        step, planned = state["step"], state["planned"]
        rng.setstate(state["rng"])
        torch.set_rng_state(state["torch_rng"])
    elif a.init:
        init = torch.load(a.init)["model"]
        if a.init_script and a.init_script != a.script:
            init = transplant(init, charset.for_script(a.init_script), alphabet)
        model.load_state_dict(init)
    print(f"parameters {parameter_count(model)}; classes {len(alphabet.codepoints)}", file=log)

    def save():
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step, "planned": planned,
                    "rng": rng.getstate(), "torch_rng": torch.get_rng_state()}, ckpt + ".tmp")
        os.replace(ckpt + ".tmp", ckpt)

    t_start = time.time()
    last_save = last_eval = time.time()
    lines_done = 0
    while time.time() - t_start < a.hours * 3600:
        folders = sorted(glob.glob(os.path.join(root, "train-*")))
        sets = [LineSet(f, alphabet) for f in folders if os.path.exists(os.path.join(f, "meta.json"))]
        json.dump({"seed": a.seed, "init": a.init and os.path.basename(a.init), "qat": a.qat, "lr": a.lr,
                   "script": a.script, "init_script": a.init_script,
                   "frozen_bn": a.frozen_bn,
                   "train": [s.folder for s in sets], "valid_seen": valid_seen.folder,
                   "valid_unseen": valid_unseen.folder, "charset": alphabet.metadata()},
                  open(os.path.join(run_dir, "run.json"), "w"))
        for group in batches(sets, a.batch, rng):
            progress = (time.time() - t_start) / (a.hours * 3600) if a.time_schedule else step / planned
            lr = a.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))) if step > 300 else a.lr * step / 300
            for g in opt.param_groups:
                g["lr"] = max(lr, a.lr * 0.02)
            if a.frozen_bn:  # after every model.train() (greedy_cer calls it)
                for m in model.modules():
                    if isinstance(m, torch.nn.BatchNorm2d):
                        m.eval()
            x = to_tensor(group, True, rng)
            targets = [s.labels[i] for s, i, _ in group]
            opt.zero_grad()
            with WeightRounding(model) if a.qat else contextlib.nullcontext():
                logp = model(x)
                loss = ctc(logp, torch.tensor([c for t in targets for c in t]),
                           torch.full((len(group),), logp.shape[0], dtype=torch.long),
                           torch.tensor([len(t) for t in targets]))
                loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            step += 1
            lines_done += len(group)
            if step % 50 == 0:
                rate = lines_done / (time.time() - t_start)
                print(f"step {step} loss {loss.item():.3f} lr {lr:.2e} lines/s {rate:.1f}", file=log)
            if time.time() - last_eval > 600:
                print(f"step {step} CER seen-fonts {greedy_cer(model, valid_seen):.4f} "
                      f"held-out-fonts {greedy_cer(model, valid_unseen):.4f}", file=log)
                last_eval = time.time()
            if time.time() - last_save > 300:
                save()
                last_save = time.time()
            if time.time() - t_start > a.hours * 3600:
                break
    save()
    print(f"final step {step} CER seen-fonts {greedy_cer(model, valid_seen, 1000):.4f} "
          f"held-out-fonts {greedy_cer(model, valid_unseen, 1000):.4f}", file=log)


if __name__ == "__main__":
    main()
