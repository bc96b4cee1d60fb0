"""Word recall, precision and F1 over a folder of photos, order ignored (a photo's words have
no single reading order): each NAME.gt.txt's words against the words of NAME<SUFFIX>
(another engine's output) or of `vachak ocr` run here. NFC, punctuation stripped.

    /usr/bin/python3 models/train/ocr/word_f1.py DIR --vachak build/apps/vachak
    /usr/bin/python3 models/train/ocr/word_f1.py DIR --hypotheses .tesseract.txt
"""
import argparse
import collections
import glob
import os
import subprocess
import unicodedata

PUNCT = "।॥,.;:!?'()[]{}-–—|/\\\""


def words(text):
    out = []
    for w in unicodedata.normalize("NFC", text).split():
        w = w.strip(PUNCT)
        if w:
            out.append(w)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--vachak")
    ap.add_argument("--hypotheses")
    ap.add_argument("--args", default="", help="extra arguments for vachak ocr")
    a = ap.parse_args()
    tp = n_true = n_found = 0
    for gt in sorted(glob.glob(os.path.join(a.dir, "*.gt.txt"))):
        stem = gt[:-len(".gt.txt")]
        truth = collections.Counter(words(open(gt, encoding="utf-8").read()))
        if a.hypotheses:
            path = stem + a.hypotheses
            hyp_text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        else:
            image = next(p for p in (stem + ".jpg", stem + ".png") if os.path.exists(p))
            hyp_text = subprocess.run([a.vachak, "ocr", *a.args.split(), image], capture_output=True,
                                      text=True).stdout
        found = collections.Counter(words(hyp_text))
        tp += sum((truth & found).values())
        n_true += sum(truth.values())
        n_found += sum(found.values())
    r = tp / max(1, n_true)
    p = tp / max(1, n_found)
    f1 = 2 * r * p / max(1e-9, r + p)
    print(f"word recall {100 * r:.1f}%  precision {100 * p:.1f}%  F1 {100 * f1:.1f}  "
          f"({n_true} true words, {n_found} found, {tp} matched)")


if __name__ == "__main__":
    main()
