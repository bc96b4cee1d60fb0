#include "lang/hin/number_words.h"

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace vachak::lang::hin {

struct NumberWords::Icu {
  std::unique_ptr<icu::RuleBasedNumberFormat> rbnf;
  std::string format(int64_t n, const char* ruleset) const {
    icu::UnicodeString out;
    UErrorCode err = U_ZERO_ERROR;
    icu::FieldPosition pos;
    rbnf->format(n, icu::UnicodeString(ruleset), out, pos, err);
    std::string s;
    out.toUTF8String(s);
    return U_FAILURE(err) ? std::to_string(n) : s;
  }
};

NumberWords::~NumberWords() = default;

Result<std::unique_ptr<NumberWords>> NumberWords::create() {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<NumberWords> w(new NumberWords());
  w->icu_ = std::make_unique<Icu>();
  w->icu_->rbnf = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("hi"), err);
  if (U_FAILURE(err)) return internal_error(std::string("ICU Hindi spell-out unavailable: ") + u_errorName(err));
  return w;
}

std::string NumberWords::cardinal(int64_t n) const { return icu_->format(n, "%spellout-cardinal"); }

std::string NumberWords::year(int64_t n) const {
  // Hundreds of years, as spoken: 1100-1999 and 2100-9999 that are not round thousands.
  if (n >= 1100 && n <= 9999 && !(n >= 2000 && n <= 2099) && (n / 100) % 10 != 0) {
    std::string s = cardinal(n / 100) + " सौ";
    if (n % 100) s += " " + cardinal(n % 100);
    return s;
  }
  return cardinal(n);
}

std::string NumberWords::ordinal(int64_t n, bool feminine, bool oblique) const {
  std::string s = icu_->format(n, feminine ? "%spellout-ordinal-feminine" : "%spellout-ordinal-masculine");
  auto ends_with = [&](const std::string& suf) { return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0; };
  if (feminine && ends_with("वी")) s += "ं";  // ICU drops the anusvara of -वीं
  if (oblique && !feminine) {
    if (ends_with("वाँ")) s = s.substr(0, s.size() - std::string("वाँ").size()) + "वें";
    else if (ends_with("ा")) s = s.substr(0, s.size() - std::string("ा").size()) + "े";  // पहला -> पहले
  }
  return s;
}

std::string NumberWords::digit(char d) const { return cardinal(d - '0'); }

std::string NumberWords::decimal(const std::string& integer_digits, const std::string& fraction_digits) const {
  int64_t whole = 0;
  for (char c : integer_digits) whole = whole * 10 + (c - '0');
  std::string s = cardinal(whole) + " दशमलव";
  for (char c : fraction_digits) s += " " + digit(c);
  return s;
}

}  // namespace vachak::lang::hin
