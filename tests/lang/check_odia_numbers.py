#!/usr/bin/python3
"""Our Odia number words (`vachak normalize --lang ori N`) against espeak-ng's Odia in sound
(tests/lang/odia_numbers_espeak.tsv, make_odia_golden.py): both are brought to one rough
Latin spelling (Odia letters with their inherent vowel; espeak's phonemes without stress and
length marks) and compared by edit distance over length. Each of our words must be within
--max of espeak-ng's word for its number, and nearer to it than to espeak-ng's word for any
other number of the list: spelling variants that sound alike pass (ଦୁଇ dui / duj), another
number's word or a missing part does not.

    /usr/bin/python3 tests/lang/check_odia_numbers.py --vachak build/apps/vachak [--max 0.34]
"""
import argparse
import os
import re
import subprocess
import sys
import unicodedata

CONSONANTS = dict(zip("କଖଗଘଙଚଛଜଝଞଟଠଡଢଣତଥଦଧନପଫବଭମଯରଲଳଶଷସହୟୱ",
                      "k kh g gh n c ch j jh n t th d dh n t th d dh n p ph b bh m j r l l s s s h j w".split()))
VOWEL_SIGNS = dict(zip("ାିୀୁୂୃେୈୋୌ", "a i i u u ru e oi o ou".split()))
VOWELS = dict(zip("ଅଆଇଈଉଊଋଏଐଓଔ", "o a i i u u ru e oi o ou".split()))


def romanize_odia(text):
    out = []
    s = unicodedata.normalize("NFC", text).replace("ଡ଼", "r").replace("ଢ଼", "rh")
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if c in CONSONANTS:
            out.append(CONSONANTS[c])
            if nxt not in VOWEL_SIGNS and nxt != "୍":
                out.append("o")  # the inherent vowel, kept in Odia
        elif c in VOWEL_SIGNS:
            out.append(VOWEL_SIGNS[c])
        elif c in VOWELS:
            out.append(VOWELS[c])
        elif c in "ଂ":
            out.append("n")
        elif c in "ଁ୍ ":
            continue
        elif c.isalpha() and c not in "r":
            out.append(c)
        else:
            out.append(c if c == "r" else "")
    return "".join(out)


def romanize_espeak(ph):
    s = re.sub(r"[',_!:#~]", "", ph)
    for a, b in [("tS", "c"), ("n^", "n"), ("r.", "r"), ("t.", "t"), ("*", "r"), ("S", "s"), ("J", "j"),
                 ("O", "o"), ("V", "o"), ("U", "u"), ("I", "i"), (" ", "")]:
        s = s.replace(a, b)
    return s.lower()


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
        prev = cur
    return prev[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vachak", required=True)
    ap.add_argument("--max", type=float, default=0.34, help="largest distance over length allowed")
    a = ap.parse_args()
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "odia_numbers_espeak.tsv")
    rows = [l.rstrip("\n").split("\t") for l in open(golden, encoding="utf-8") if not l.startswith("#")]
    said = [subprocess.run([a.vachak, "normalize", "--lang", "ori", n], capture_output=True, text=True,
                           check=True).stdout.strip() for n, _ in rows]
    theirs_all = [romanize_espeak(ph) for _, ph in rows]
    worst, bad = 0.0, []
    for i, ((n, ph), words) in enumerate(zip(rows, said)):
        ours = romanize_odia(words)
        d = [distance(ours, t) / max(len(ours), len(t)) for t in theirs_all]
        worst = max(worst, d[i])
        if d[i] > a.max:
            bad.append(f"{n}: ours {words} ({ours}), espeak-ng {ph} ({theirs_all[i]}): {d[i]:.2f}")
        nearest = min(range(len(d)), key=lambda k: d[k])
        if d[nearest] < d[i]:
            bad.append(f"{n}: ours {words} ({ours}) is nearer espeak-ng's {rows[nearest][0]} "
                       f"({theirs_all[nearest]}, {d[nearest]:.2f}) than its {n} ({theirs_all[i]}, {d[i]:.2f})")
    print(f"{len(rows)} numbers; largest distance {worst:.2f} (allowed {a.max})")
    for b in bad:
        print("FAIL", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
