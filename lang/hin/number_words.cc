#include "lang/hin/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::hin {
namespace {

// 0..99 are irregular in Hindi and must be listed. These are the words CLDR's Hindi
// spell-out rules give (checked one by one against ICU 72's RuleBasedNumberFormat, which
// this file replaced to keep libicui18n and its rule data out of the process: ~3 MB of
// peak RSS, see the TTS memory budget).
constexpr std::array<const char*, 100> kUnder100 = {
    "शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ",
    "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पन्द्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस",
    "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस",
    "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस",
    "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चौवालीस", "पैंतालीस", "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास",
    "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
    "साठ", "इकसठ", "बासठ", "तिरेसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर",
    "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उनासी",
    "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी",
    "नब्बे", "इक्यानबे", "बानबे", "तिरानबे", "चौरानबे", "पंचानबे", "छियानबे", "सत्तानबे", "अट्ठानबे", "निन्यानबे",
};

// Indian grouping, largest first: खरब 10^11, अरब 10^9, करोड़ 10^7, लाख 10^5, हज़ार 10^3, सौ 10^2.
const std::vector<indic::ScaleWord> kScales = {{100000000000ULL, "खरब"}, {1000000000ULL, "अरब"}, {10000000ULL, "करोड़"},
                                              {100000ULL, "लाख"},       {1000ULL, "हज़ार"},     {100ULL, "सौ"}};

std::string positive(uint64_t n) {
  return indic::grouped(n, kScales, [](uint64_t m, std::string& s) { indic::append_word(s, kUnder100[m]); });
}

}  // namespace

std::string HindiNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string HindiNumberWords::year(int64_t n) const {
  // Hundreds of years, as spoken: 1100-1999 and 2100-9999 that are not round thousands.
  if (n >= 1100 && n <= 9999 && !(n >= 2000 && n <= 2099) && (n / 100) % 10 != 0) {
    std::string s = cardinal(n / 100) + " सौ";
    if (n % 100) s += " " + cardinal(n % 100);
    return s;
  }
  return cardinal(n);
}

std::string HindiNumberWords::ordinal(int64_t n, bool feminine, bool oblique) const {
  // पहला दूसरा तीसरा चौथा छठा are irregular; the rest add -वाँ / -वीं / -वें to the cardinal.
  static const char* const kIrregular[][3] = {
      {"पहला", "पहली", "पहले"}, {"दूसरा", "दूसरी", "दूसरे"}, {"तीसरा", "तीसरी", "तीसरे"}, {"चौथा", "चौथी", "चौथे"}};
  const int form = feminine ? 1 : (oblique ? 2 : 0);
  if (n >= 1 && n <= 4) return kIrregular[n - 1][form];
  if (n == 6) return feminine ? "छठी" : (oblique ? "छठे" : "छठा");
  const char* suffix = feminine ? "वीं" : (oblique ? "वें" : "वाँ");
  return cardinal(n) + suffix;
}

std::string HindiNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }


}  // namespace vachak::lang::hin
