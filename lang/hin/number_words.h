// Hindi number words with Indian grouping (सौ, हज़ार, लाख, करोड़, अरब, खरब): the
// irregular words for 0..99 from a table (CLDR's, as ICU 72 spells them), the rest
// composed; ordinals पहला..चौथा, छठा and cardinal + -वाँ/-वीं/-वें; years as spoken
// (1947 -> उन्नीस सौ सैंतालीस, where a plain cardinal would be एक हज़ार नौ सौ सैंतालीस).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "lang/speech_words.h"

namespace vachak::lang::hin {

class HindiNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "ऋण"; }
  std::string year(int64_t n) const override;      // 1947 -> उन्नीस सौ सैंतालीस; 2026 -> दो हज़ार छब्बीस
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;  // पहला/पहली/पहले, इक्कीसवाँ/वीं/वें
  std::string digit(char d) const override;  // '0'..'9'
  const char* decimal_word() const override { return "दशमलव"; }  // 3.05: तीन दशमलव शून्य पाँच
};

}  // namespace vachak::lang::hin
