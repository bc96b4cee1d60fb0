"""Nothing a reader would say is dropped: held-out corpus lines through `vachak g2p`,
and every word the normalizer passes on that holds an Indic or Latin letter, a digit or a
symbol we name must come out with phones: the Devanagari corpora as Hindi, and each spoken
language of another script (`vachak languages`) in its own corpora with `--lang`. Words in other scripts (Cyrillic...) and
bare punctuation are counted and shown, not failed.

/usr/bin/python3 models/train/g2p/check_spoken.py --vachak build/apps/vachak --lines 150
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import OTHER_SCRIPT_SOURCES, SHARED, source_paths, split_lines  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_numbers_spoken import spoken_languages  # noqa: E402

SPEAKABLE = re.compile(r"[\u0900-\u0D7FA-Za-z0-9+=#*/×÷°%$£€₹]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--lines", type=int, default=150, help="held-out lines per corpus file")
    args = ap.parse_args()
    spoken = set(spoken_languages(args.vachak))
    runs = [(None, source_paths(SHARED))] + [(lang, source_paths(SHARED, lang))
                                             for lang in OTHER_SCRIPT_SOURCES if lang in spoken]
    failed = 0
    for lang, paths in runs:
        failed += check(args.vachak, lang, [l for p in paths for l in split_lines(p, "valid")[:args.lines]])
    return 1 if failed else 0


def check(vachak, lang, lines):
    """0 when every speakable word of `lines` has phones, else 1."""
    res = subprocess.run([vachak, "g2p"] + (["--lang", lang] if lang else []), input="\n".join(lines) + "\n",
                         capture_output=True, text=True)
    dropped, other, words = [], [], 0
    for row in res.stdout.splitlines():
        if "\t" not in row:
            continue
        word, phones = row.split("\t", 1)
        words += 1
        if phones.strip():
            continue
        (dropped if SPEAKABLE.search(word) else other).append(word)
    print(f"{lang or 'Devanagari (hin)'}: {len(lines)} held-out lines, {words} words: {len(dropped)} speakable "
          f"words without phones, {len(other)} other words without phones ({' '.join(sorted(set(other))[:10])})")
    if res.returncode != 0:
        print(f"FAIL: vachak g2p exited {res.returncode}: {res.stderr.strip()[:300]}", file=sys.stderr)
        return 1
    if dropped:
        print("FAIL: dropped: " + " ".join(sorted(set(dropped))[:30]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
