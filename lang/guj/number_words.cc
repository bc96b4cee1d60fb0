#include "lang/guj/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::guj {
namespace {

constexpr std::array<const char*, 100> kUnder100 = {
    "શૂન્ય", "એક", "બે", "ત્રણ", "ચાર", "પાંચ", "છ", "સાત", "આઠ", "નવ",
    "દસ", "અગિયાર", "બાર", "તેર", "ચૌદ", "પંદર", "સોળ", "સત્તર", "અઢાર", "ઓગણીસ",
    "વીસ", "એકવીસ", "બાવીસ", "તેવીસ", "ચોવીસ", "પચ્ચીસ", "છવ્વીસ", "સત્તાવીસ", "અઠ્ઠાવીસ", "ઓગણત્રીસ",
    "ત્રીસ", "એકત્રીસ", "બત્રીસ", "તેત્રીસ", "ચોત્રીસ", "પાંત્રીસ", "છત્રીસ", "સાડત્રીસ", "આડત્રીસ", "ઓગણચાલીસ",
    "ચાલીસ", "એકતાલીસ", "બેતાલીસ", "તેતાલીસ", "ચુંમાલીસ", "પિસ્તાલીસ", "છેતાલીસ", "સુડતાલીસ", "અડતાલીસ", "ઓગણપચાસ",
    "પચાસ", "એકાવન", "બાવન", "ત્રેપન", "ચોપન", "પંચાવન", "છપ્પન", "સત્તાવન", "અઠ્ઠાવન", "ઓગણસાઠ",
    "સાઠ", "એકસઠ", "બાસઠ", "ત્રેસઠ", "ચોસઠ", "પાંસઠ", "છાસઠ", "સડસઠ", "અડસઠ", "અગણોસિત્તેર",
    "સિત્તેર", "એકોતેર", "બોતેર", "તોતેર", "ચુંમોતેર", "પંચોતેર", "છોતેર", "સિત્યોતેર", "ઇઠ્યોતેર", "ઓગણાએંસી",
    "એંસી", "એક્યાસી", "બ્યાસી", "ત્યાસી", "ચોર્યાસી", "પંચાસી", "છ્યાસી", "સિત્યાસી", "ઈઠ્યાસી", "નેવ્યાસી",
    "નેવું", "એકાણું", "બાણું", "ત્રાણું", "ચોરાણું", "પંચાણું", "છન્નું", "સત્તાણું", "અઠ્ઠાણું", "નવ્વાણું",
};

const std::vector<indic::ScaleWord> kScales = {{1000000000ULL, "અબજ"}, {10000000ULL, "કરોડ"},
                                              {100000ULL, "લાખ"},      {1000ULL, "હજાર"}};

// The hundreds: સો alone, એકસો before more; બસો (200) fused irregularly, the others count + સો.
std::string hundreds(uint64_t h, bool more) {
  if (h == 1) return more ? "એકસો" : "સો";
  if (h == 2) return "બસો";
  return std::string(kUnder100[h]) + "સો";
}

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) indic::append_word(s, hundreds(n / 100, n % 100 != 0));
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string GujaratiNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string GujaratiNumberWords::year(int64_t n) const {
  if (n >= 1100 && n <= 1999) {  // ઓગણીસસો સુડતાલીસ; 2024 બે હજાર ચોવીસ
    std::string s = std::string(kUnder100[n / 100]) + "સો";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string GujaratiNumberWords::ordinal(int64_t n, bool feminine, bool oblique) const {
  static const char* const kIrregular[][3] = {{"પહેલો", "પહેલી", "પહેલા"}, {"બીજો", "બીજી", "બીજા"},
                                              {"ત્રીજો", "ત્રીજી", "ત્રીજા"}, {"ચોથો", "ચોથી", "ચોથા"},
                                              {"પાંચમો", "પાંચમી", "પાંચમા"}, {"છઠ્ઠો", "છઠ્ઠી", "છઠ્ઠા"}};
  const int form = feminine ? 1 : (oblique ? 2 : 0);
  if (n >= 1 && n <= 6) return kIrregular[n - 1][form];
  return cardinal(n) + (feminine ? "મી" : (oblique ? "મા" : "મો"));
}

std::string GujaratiNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::guj
