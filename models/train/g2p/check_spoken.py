"""Nothing a reader would say is dropped: held-out corpus lines through `vachak g2p`,
and every word the normalizer passes on that holds a Devanagari or Latin letter, a digit
or a symbol we name must come out with phones. Words in other scripts (Cyrillic...) and
bare punctuation are counted and shown, not failed.

/usr/bin/python3 models/train/g2p/check_spoken.py --vachak build/apps/vachak --lines 150
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import SHARED, source_paths, split_lines  # noqa: E402

SPEAKABLE = re.compile(r"[\u0900-\u097FA-Za-z0-9+=#*/×÷°%$£€₹]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--lines", type=int, default=150, help="held-out lines per corpus file")
    args = ap.parse_args()
    lines = [l for p in source_paths(SHARED) for l in split_lines(p, "valid")[:args.lines]]
    res = subprocess.run([args.vachak, "g2p"], input="\n".join(lines) + "\n", capture_output=True, text=True)
    dropped, other, words = [], [], 0
    for row in res.stdout.splitlines():
        if "\t" not in row:
            continue
        word, phones = row.split("\t", 1)
        words += 1
        if phones.strip():
            continue
        (dropped if SPEAKABLE.search(word) else other).append(word)
    print(f"{len(lines)} held-out lines, {words} words: {len(dropped)} speakable words without phones, "
          f"{len(other)} other words without phones ({' '.join(sorted(set(other))[:10])})")
    if res.returncode != 0:
        print(f"FAIL: vachak g2p exited {res.returncode}: {res.stderr.strip()[:300]}", file=sys.stderr)
        return 1
    if dropped:
        print("FAIL: dropped: " + " ".join(sorted(set(dropped))[:30]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
