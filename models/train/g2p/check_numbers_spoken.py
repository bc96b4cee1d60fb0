"""Numbers are spoken in the language's own words: every line of a language's corpora in
../shared that holds a digit goes through `vachak normalize --lang L`, and no digit and
no number word of another spoken language (one that L does not share: Hindi's पाँच or
हज़ार in Marathi) that the text itself does not have may come out. The other languages' number words are what `vachak
normalize` says for 0..99 and the scales in each of them, so no list is kept here.

/usr/bin/python3 models/train/g2p/check_numbers_spoken.py --vachak build/apps/vachak [--lang mar]
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpora import SHARED, source_paths  # noqa: E402

DIGIT = re.compile(r"[0-9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F]")  # every Indic script's digits
PUNCTUATION = ".,:;!?।॥\"'()[]{}-–—"
PROBE = " ".join(str(n) for n in range(100)) + " 100 200 1,000 1,00,000 1,00,00,000"


def spoken_languages(vachak):
    """The codes `vachak languages` marks as spoken (speech column "yes"), in its order."""
    rows = subprocess.run([vachak, "languages"], capture_output=True, text=True).stdout.splitlines()
    return [r.split()[0] for r in rows[1:] if r.split() and r.split()[-1] == "yes"]


def said(vachak, lang, text):
    r = subprocess.run([vachak, "normalize", "--lang", lang], input=text, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL: vachak normalize --lang {lang} exited {r.returncode}: {r.stderr.strip()[:300]}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--lang", help="one spoken language (default: every one `vachak languages` lists)")
    a = ap.parse_args()
    spoken = spoken_languages(a.vachak)
    failed = 0
    for code in [a.lang] if a.lang else spoken:
        failed += check(a.vachak, code, spoken)
    return 1 if failed else 0


def check(vachak, lang, spoken):
    """0 when `lang` passes, else 1 (with the offending words on stderr)."""
    own = set(said(vachak, lang, PROBE).split())
    foreign = set()
    for other in spoken:
        if other != lang:
            foreign |= set(said(vachak, other, PROBE).split()) - own
    lines = [l.strip() for p in source_paths(SHARED, lang) for l in open(p, encoding="utf-8")
             if DIGIT.search(l)]
    out = said(vachak, lang, "\n".join(lines)).split()
    digits = sorted({w for w in out if DIGIT.search(w)})
    # words the text itself has (bare of punctuation: छ: is छ) are not the normalizer's
    written = {w.strip(PUNCTUATION) for w in " ".join(lines).split()}
    borrowed = sorted({w for w in out if w in foreign and w not in written})
    print(f"{lang}: {len(lines)} corpus lines with digits, {len(out)} words said; "
          f"{len(digits)} words with digits, {len(borrowed)} number words of {', '.join(s for s in spoken if s != lang)}")
    if not lines:
        print("FAIL: no lines with digits found", file=sys.stderr)
        return 1
    if digits or borrowed:
        print("FAIL: " + " ".join(digits[:20] + borrowed[:20]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
