#!/usr/bin/python3
"""Writes tests/lang/odia_numbers_espeak.tsv: how Debian's espeak-ng (its own Odia number rules,
written by other people) says numbers in Odia, as its phoneme strings (`espeak-ng -v or -x`).
No spelled-out second source of Odia number words exists on Debian (ICU and libnumbertext
have none), so tests/lang/check_odia_numbers.py compares our words with these in sound.

    /usr/bin/python3 tests/lang/make_odia_golden.py   # needs espeak-ng
"""
import os
import subprocess

NUMBERS = list(range(0, 100)) + [100, 101, 200, 305, 900, 1000, 1947, 2024, 10000, 100000, 250000, 10000000]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "odia_numbers_espeak.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# number\tespeak-ng -v or -x -q (espeak-ng %s)\n" %
                subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout.split()[3])
        for n in NUMBERS:
            ph = subprocess.run(["espeak-ng", "-v", "or", "-x", "-q", str(n)], capture_output=True, text=True,
                                check=True).stdout.strip()
            f.write(f"{n}\t{ph}\n")
    print(out, len(NUMBERS))


if __name__ == "__main__":
    main()
