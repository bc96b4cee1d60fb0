#include "lang/kan/number_words.h"

#include <array>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::kan {
namespace {

constexpr std::array<const char*, 20> kUnder20 = {
    "ಸೊನ್ನೆ", "ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು",
    "ಹತ್ತು", "ಹನ್ನೊಂದು", "ಹನ್ನೆರಡು", "ಹದಿಮೂರು", "ಹದಿನಾಲ್ಕು", "ಹದಿನೈದು", "ಹದಿನಾರು", "ಹದಿನೇಳು", "ಹದಿನೆಂಟು",
    "ಹತ್ತೊಂಬತ್ತು"};
constexpr std::array<const char*, 8> kTens = {"ಇಪ್ಪತ್ತು", "ಮೂವತ್ತು", "ನಲವತ್ತು", "ಐವತ್ತು",
                                              "ಅರವತ್ತು", "ಎಪ್ಪತ್ತು", "ಎಂಬತ್ತು", "ತೊಂಬತ್ತು"};
constexpr std::array<const char*, 9> kHundreds = {"ನೂರು", "ಇನ್ನೂರು", "ಮುನ್ನೂರು", "ನಾನೂರು", "ಐನೂರು",
                                                  "ಆರುನೂರು", "ಏಳುನೂರು", "ಎಂಟುನೂರು", "ಒಂಬೈನೂರು"};

const std::string kU = "ು";

std::string without_u(const std::string& w) { return indic::ends_with(w, kU) ? w.substr(0, w.size() - kU.size()) : w; }

// A tens word and a unit, fused: the tens word loses its final u; a vowel-initial unit
// gives the joint its vowel sign (ಇಪ್ಪತ್ತ + ಒಂದು = ಇಪ್ಪತ್ತೊಂದು), a consonant-initial one
// follows the inherent a (ಇಪ್ಪತ್ತಮೂರು).
std::string fuse(const std::string& tens, const std::string& unit) {
  static const std::pair<const char*, const char*> kSigns[] = {
      {"ಆ", "ಾ"}, {"ಇ", "ಿ"}, {"ಈ", "ೀ"}, {"ಉ", "ು"}, {"ಊ", "ೂ"}, {"ಎ", "ೆ"},
      {"ಏ", "ೇ"}, {"ಐ", "ೈ"}, {"ಒ", "ೊ"}, {"ಓ", "ೋ"}, {"ಔ", "ೌ"}};
  const std::string stem = without_u(tens);
  for (const auto& [vowel, sign] : kSigns) {
    const std::string v = vowel;
    if (unit.compare(0, v.size(), v) == 0) return stem + sign + unit.substr(v.size());
  }
  return stem + unit;
}

std::string under100(uint64_t n) {
  if (n < 20) return kUnder20[n];
  if (n % 10 == 0) return kTens[n / 10 - 2];
  return fuse(kTens[n / 10 - 2], kUnder20[n % 10]);
}

std::string positive(uint64_t n) {
  std::string s;
  const uint64_t crore = n / 10000000, lakh = n / 100000 % 100, thousand = n / 1000 % 100, hundred = n / 100 % 10,
                 rest = n % 100;
  if (crore > 0) {
    indic::append_word(s, positive(crore));
    indic::append_word(s, "ಕೋಟಿ");
  }
  if (lakh > 0) {
    indic::append_word(s, under100(lakh));
    indic::append_word(s, n % 100000 ? "ಲಕ್ಷದ" : "ಲಕ್ಷ");
  }
  if (thousand > 0) {
    if (thousand > 1) indic::append_word(s, under100(thousand));  // 1000 is ಸಾವಿರ alone
    indic::append_word(s, n % 1000 ? "ಸಾವಿರದ" : "ಸಾವಿರ");
  }
  if (hundred > 0) indic::append_word(s, rest ? without_u(kHundreds[hundred - 1]) : kHundreds[hundred - 1]);
  if (rest > 0) indic::append_word(s, under100(rest));
  return s;
}

}  // namespace

std::string KannadaNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string KannadaNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  const std::string w = cardinal(n);
  // ಒಂದು -> ಒಂದನೇ, ಸಾವಿರ -> ಸಾವಿರನೇ, ಕೋಟಿ -> ಕೋಟಿಯನೇ
  if (indic::ends_with(w, "ಿ")) return w + "ಯನೇ";
  return without_u(w) + "ನೇ";
}

std::string KannadaNumberWords::digit(char d) const { return kUnder20[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::kan
