#include "lang/mar/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::mar {
namespace {

// 0..99, spelled as LibreOffice's Numbertext spells them (tests/lang/marathi_numbers.tsv);
// the corpora (../shared) also attest spellings that sound alike: बेहत्तर (72), अठ्याऐंशी (88).
constexpr std::array<const char*, 100> kUnder100 = {
    "शून्य", "एक", "दोन", "तीन", "चार", "पाच", "सहा", "सात", "आठ", "नऊ",
    "दहा", "अकरा", "बारा", "तेरा", "चौदा", "पंधरा", "सोळा", "सतरा", "अठरा", "एकोणीस",
    "वीस", "एकवीस", "बावीस", "तेवीस", "चोवीस", "पंचवीस", "सव्वीस", "सत्तावीस", "अठ्ठावीस", "एकोणतीस",
    "तीस", "एकतीस", "बत्तीस", "तेहतीस", "चौतीस", "पस्तीस", "छत्तीस", "सदतीस", "अडतीस", "एकोणचाळीस",
    "चाळीस", "एक्केचाळीस", "बेचाळीस", "त्रेचाळीस", "चव्वेचाळीस", "पंचेचाळीस", "सेहेचाळीस", "सत्तेचाळीस", "अठ्ठेचाळीस", "एकोणपन्नास",
    "पन्नास", "एकावन्न", "बावन्न", "त्रेपन्न", "चौपन्न", "पंचावन्न", "छप्पन्न", "सत्तावन्न", "अठ्ठावन्न", "एकोणसाठ",
    "साठ", "एकसष्ट", "बासष्ट", "त्रेसष्ट", "चौसष्ट", "पासष्ट", "सहासष्ट", "सदुसष्ट", "अडुसष्ट", "एकोणसत्तर",
    "सत्तर", "एकाहत्तर", "बाहत्तर", "त्र्याहत्तर", "चौऱ्याहत्तर", "पंचाहत्तर", "शाहत्तर", "सत्त्याहत्तर", "अठ्ठ्याहत्तर", "एकोणऐंशी",
    "ऐंशी", "एक्याऐंशी", "ब्याऐंशी", "त्र्याऐंशी", "चौऱ्याऐंशी", "पंचाऐंशी", "शहाऐंशी", "सत्त्याऐंशी", "अठ्ठ्याऐंशी", "एकोणनव्वद",
    "नव्वद", "एक्याण्णव", "ब्याण्णव", "त्र्याण्णव", "चौऱ्याण्णव", "पंचाण्णव", "शहाण्णव", "सत्त्याण्णव", "अठ्ठ्याण्णव", "नव्याण्णव",
};

const std::vector<indic::ScaleWord> kScales = {{100000000000ULL, "खर्व"}, {1000000000ULL, "अब्ज"},
                                              {10000000ULL, "कोटी"},      {100000ULL, "लाख"},
                                              {1000ULL, "हजार"}};

// The hundreds of n < 1000 and what follows: शंभर alone, एकशे before more, दोनशे..नऊशे.
void below_thousand(uint64_t n, std::string& s) {
  const uint64_t h = n / 100, rest = n % 100;
  if (h == 1 && rest == 0) indic::append_word(s, "शंभर");
  else if (h > 0) indic::append_word(s, std::string(kUnder100[h]) + "शे");
  if (rest > 0) indic::append_word(s, kUnder100[rest]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string MarathiNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string MarathiNumberWords::year(int64_t n) const {
  // 1100-1999 and 2100-9999 that are not round thousands: by hundreds, एकोणीसशे सत्तेचाळीस.
  if (n >= 1100 && n <= 9999 && !(n >= 2000 && n <= 2099) && (n / 100) % 10 != 0) {
    std::string s = std::string(kUnder100[n / 100]) + "शे";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string MarathiNumberWords::ordinal(int64_t n, bool feminine, bool oblique) const {
  static const char* const kIrregular[][3] = {{"पहिला", "पहिली", "पहिल्या"},
                                              {"दुसरा", "दुसरी", "दुसऱ्या"},
                                              {"तिसरा", "तिसरी", "तिसऱ्या"},
                                              {"चौथा", "चौथी", "चौथ्या"}};
  const int form = feminine ? 1 : (oblique ? 2 : 0);
  if (n >= 1 && n <= 4) return kIrregular[n - 1][form];
  // The stem the ending joins: after a vowel (दहा, ऐंशी, कोटी) or a one-syllable number
  // (पाच, सात, आठ; नऊ -> नव) -वा; else -आवा, a long ी before the last consonant shortened
  // (वीस -> विसावा, चाळीस -> चाळिसावा).
  std::string stem = cardinal(n);
  const std::string ending = feminine ? "वी" : (oblique ? "व्या" : "वा");
  if (n == 9 || indic::ends_with(stem, " नऊ")) return stem.substr(0, stem.size() - std::string("ऊ").size()) + "व" + ending;
  const size_t space = stem.rfind(' ');
  const std::string last = space == std::string::npos ? stem : stem.substr(space + 1);
  const bool vowel_final = indic::ends_with(last, "ा") || indic::ends_with(last, "ी") || indic::ends_with(last, "े");
  const bool one_syllable = last == "पाच" || last == "सात" || last == "आठ";
  if (vowel_final || one_syllable) return stem + ending;
  const std::string long_i = "ी", short_i = "ि";
  // The vowel sign before the final consonant letter (one code point, 3 bytes in UTF-8).
  if (stem.size() >= 6 && stem.compare(stem.size() - 6, 3, long_i) == 0)
    stem.replace(stem.size() - 6, 3, short_i);
  return stem + "ा" + ending;
}

std::string MarathiNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }


}  // namespace vachak::lang::mar
