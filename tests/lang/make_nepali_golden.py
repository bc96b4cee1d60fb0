"""Writes tests/lang/nepali_numbers.tsv: Nepali number words as CLDR's spell-out rules say
them, through ICU (Debian's python3-icu) -- golden cases from outside our code for
NepaliNumbers.* (lang/nep). Rerun when ICU's data changes:

    /usr/bin/python3 tests/lang/make_nepali_golden.py > tests/lang/nepali_numbers.tsv

ICU's ordinals of a few numbers ending in ी are malformed (उनन्साठीौँ, a vowel sign after a
vowel sign); those are left out. Years: ICU says 2000-2099 by hundreds too (बिस सय चौबिस),
where Nepali speech says दुई हजार चौबिस, so only 1100-1999 are kept. Zero is left out: ICU
writes शुन्य, our table the dictionary spelling शून्य."""
import icu


def rules(name):
    f = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("ne"))
    f.setDefaultRuleSet(name)
    return f


def main():
    card = rules("%spellout-cardinal")
    masc = rules("%spellout-ordinal-masculine")
    year = rules("%spellout-numbering-year")
    print(f"# kind\tnumber\twords  (ICU {icu.ICU_VERSION}, CLDR Nepali)")
    numbers = list(range(1, 1001)) + [1947, 2024, 9999, 10000, 45678, 99999, 100000, 250000, 1000000, 1234567,
                                      10000000, 123456789, 1000000000, 98765432109, 100000000000]
    for n in numbers:
        print(f"cardinal\t{n}\t{card.format(n)}")
    for n in list(range(1, 101)) + [101, 200, 1000, 100000]:
        w = masc.format(n)
        if "ीौ" not in w:
            print(f"ordinal\t{n}\t{w}")
    for n in (1100, 1200, 1857, 1947, 1999):
        print(f"year\t{n}\t{year.format(n)}")


if __name__ == "__main__":
    main()
