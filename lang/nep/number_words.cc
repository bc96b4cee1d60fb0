#include "lang/nep/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::nep {
namespace {

// 0..99 in the spellings of CLDR's Nepali rules; the corpora also write तीन, बीस, तीस and
// दश, which sound the same to the voice.
constexpr std::array<const char*, 100> kUnder100 = {
    "शून्य", "एक", "दुई", "तिन", "चार", "पाँच", "छ", "सात", "आठ", "नौ",
    "दस", "एघार", "बाह्र", "तेह्र", "चौध", "पन्ध्र", "सोह्र", "सत्र", "अठार", "उन्नाइस",
    "बिस", "एक्काइस", "बाइस", "तेइस", "चौबिस", "पच्चिस", "छब्बिस", "सत्ताइस", "अट्ठाइस", "उनन्तिस",
    "तिस", "एकतिस", "बत्तिस", "तेत्तिस", "चौँतिस", "पैँतिस", "छत्तिस", "सैँतिस", "अठतिस", "उनन्चालिस",
    "चालिस", "एकचालिस", "बयालिस", "त्रिचालिस", "चवालिस", "पैँतालिस", "छयालिस", "सतचालिस", "अठचालिस", "उनन्चास",
    "पचास", "एकाउन्न", "बाउन्न", "त्रिपन्न", "चवन्न", "पचपन्न", "छपन्न", "सन्ताउन्न", "अन्ठाउन्न", "उनन्साठी",
    "साठी", "एकसट्ठी", "बयसट्ठी", "त्रिसट्ठी", "चौसट्ठी", "पैँसट्ठी", "छयसट्ठी", "सतसट्ठी", "अठसट्ठी", "उनन्सत्तरी",
    "सत्तरी", "एकहत्तर", "बहत्तर", "त्रिहत्तर", "चौहत्तर", "पचहत्तर", "छयहत्तर", "सतहत्तर", "अठहत्तर", "उनासी",
    "असी", "एकासी", "बयासी", "त्रियासी", "चौरासी", "पचासी", "छयासी", "सतासी", "अठासी", "उनान्नब्बे",
    "नब्बे", "एकानब्बे", "बयानब्बे", "त्रियानब्बे", "चौरानब्बे", "पन्चानब्बे", "छयानब्बे", "सन्तानब्बे", "अन्ठानब्बे", "उनान्सय",
};

const std::vector<indic::ScaleWord> kScales = {{100000000000ULL, "खरब"}, {1000000000ULL, "अरब"},
                                              {10000000ULL, "करोड"},     {100000ULL, "लाख"},
                                              {1000ULL, "हजार"}};

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) {
    indic::append_word(s, kUnder100[n / 100]);
    indic::append_word(s, "सय");
  }
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

// Whether the last code point of UTF-8 `s` is a Devanagari consonant (क..ह, U+0915..U+0939):
// the ordinal ending is then the vowel sign ौ, after a vowel the letter औ.
bool ends_in_consonant(const std::string& s) {
  if (s.size() < 3) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + s.size() - 3);
  if (p[0] != 0xE0 || p[1] != 0xA4) return false;  // U+0900..U+093F
  return p[2] >= 0x95 && p[2] <= 0xB9;
}

}  // namespace

std::string NepaliNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string NepaliNumberWords::year(int64_t n) const {
  // 1100-1999 not a round thousand: by hundreds (उन्नाइस सय सतचालिस); 2024 stays दुई हजार
  // चौबिस, as the Bikram Sambat years (2081) are said too.
  if (n >= 1100 && n <= 1999) {
    std::string s = std::string(kUnder100[n / 100]) + " सय";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string NepaliNumberWords::ordinal(int64_t n, bool feminine, bool /*oblique*/) const {
  static const char* const kIrregular[][2] = {
      {"पहिलो", "पहिली"}, {"दोस्रो", "दोस्री"}, {"तेस्रो", "तेस्री"}, {"चौथो", "चौथी"}};
  if (n >= 1 && n <= 4) return kIrregular[n - 1][feminine ? 1 : 0];
  if (n == 6) return "छैटौँ";
  if (n == 9) return "नवौँ";
  if (n == 10) return "दशौँ";
  const std::string stem = cardinal(n);
  return stem + (ends_in_consonant(stem) ? "ौँ" : "औँ");
}

std::string NepaliNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::nep
