"""Writes tests/lang/marathi_numbers.tsv: Marathi number words as LibreOffice's Numbertext
spells them (Debian's libnumbertext-tools, /usr/lib/libnumbertext/spellout -l mr) -- golden
cases from outside our code for MarathiNumbers.AgreeWithNumbertext (lang/mar). Rerun when
that data changes:

    /usr/bin/python3 tests/lang/make_marathi_golden.py > tests/lang/marathi_numbers.tsv

Numbertext separates the groups of large numbers with commas (बारा कोटी, चौतीस लाख, ...);
they are left out, since they are not said; and its words are put in NFC (it writes ऱ as
र + nukta)."""
import subprocess
import unicodedata

SPELLOUT = "/usr/lib/libnumbertext/spellout"


def main():
    numbers = list(range(0, 1001)) + [1947, 2024, 9999, 10000, 45678, 99999, 100000, 250000, 1000000, 1234567,
                                      10000000, 123456789, 1000000000]
    out = subprocess.run([SPELLOUT, "-l", "mr"] + [str(n) for n in numbers], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(out) == len(numbers), (len(out), len(numbers))
    print("# kind\tnumber\twords  (libnumbertext, Marathi)")
    for n, words in zip(numbers, out):
        print(f"cardinal\t{n}\t{unicodedata.normalize('NFC', words.replace(',', ''))}")


if __name__ == "__main__":
    main()
