#include "lang/tel/number_words.h"

#include <array>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::tel {
namespace {

constexpr std::array<const char*, 20> kUnder20 = {
    "సున్నా", "ఒకటి", "రెండు", "మూడు", "నాలుగు", "ఐదు", "ఆరు", "ఏడు", "ఎనిమిది", "తొమ్మిది",
    "పది", "పదకొండు", "పన్నెండు", "పదమూడు", "పద్నాలుగు", "పదిహేను", "పదహారు", "పదిహేడు", "పద్దెనిమిది",
    "పందొమ్మిది"};
constexpr std::array<const char*, 8> kTens = {"ఇరవై", "ముప్పై", "నలభై", "యాభై", "అరవై", "డెబ్బై", "ఎనభై", "తొంభై"};

std::string under100(uint64_t n) {
  if (n < 20) return kUnder20[n];
  std::string s = kTens[n / 10 - 2];
  if (n % 10) indic::append_word(s, kUnder20[n % 10]);
  return s;
}

// A count (1..99) before a scale word: ఒక for one (ఒక లక్ష), else the number.
std::string count(uint64_t c) { return c == 1 ? "ఒక" : under100(c); }

std::string positive(uint64_t n) {
  std::string s;
  const uint64_t crore = n / 10000000, lakh = n / 100000 % 100, thousand = n / 1000 % 100, hundred = n / 100 % 10,
                 rest = n % 100;
  const bool more_after_crore = n % 10000000 != 0, more_after_lakh = n % 100000 != 0,
             more_after_thousand = n % 1000 != 0;
  if (crore > 0) {
    indic::append_word(s, crore == 1 ? "ఒక" : positive(crore));
    indic::append_word(s, crore == 1 ? "కోటి" : (more_after_crore ? "కోట్ల" : "కోట్లు"));
  }
  if (lakh > 0) {
    indic::append_word(s, count(lakh));
    indic::append_word(s, lakh == 1 ? "లక్ష" : (more_after_lakh ? "లక్షల" : "లక్షలు"));
  }
  if (thousand > 0) {
    if (thousand == 1) indic::append_word(s, "వెయ్యి");
    else indic::append_word(s, under100(thousand) + (more_after_thousand ? " వేల" : " వేలు"));
  }
  if (hundred > 0) {
    if (hundred == 1) indic::append_word(s, rest ? "నూట" : "వంద");
    else indic::append_word(s, std::string(kUnder20[hundred]) + (rest ? " వందల" : " వందలు"));
  }
  if (rest > 0) indic::append_word(s, under100(rest));
  return s;
}

}  // namespace

std::string TeluguNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string TeluguNumberWords::year(int64_t n) const {
  if (n >= 1100 && n <= 1999) {  // పందొమ్మిది వందల నలభై ఏడు
    std::string s = under100(static_cast<uint64_t>(n / 100)) + (n % 100 ? " వందల" : " వందలు");
    if (n % 100) indic::append_word(s, under100(static_cast<uint64_t>(n % 100)));
    return s;
  }
  return cardinal(n);
}

std::string TeluguNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  if (n == 1) return "మొదటి";
  const std::string w = cardinal(n);
  // The final vowel gives way to -వ: రెండు -> రెండవ, పది -> పదవ; -ై becomes -య్యవ
  // (ఇరవై -> ఇరవయ్యవ); రెండు వందలు -> రెండు వందలవ.
  for (const char* v : {"ు", "ి"})
    if (indic::ends_with(w, v)) return w.substr(0, w.size() - std::string(v).size()) + "వ";
  if (indic::ends_with(w, "ై")) return w.substr(0, w.size() - std::string("ై").size()) + "య్యవ";
  return w + "వ";
}

std::string TeluguNumberWords::digit(char d) const { return kUnder20[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::tel
