// Hindi number words with Indian grouping (सौ, हज़ार, लाख, करोड़, अरब, खरब): the
// irregular words for 0..99 from a table (CLDR's, as ICU 72 spells them), the rest
// composed; ordinals पहला..चौथा, छठा and cardinal + -वाँ/-वीं/-वें; years as spoken
// (1947 -> उन्नीस सौ सैंतालीस, where a plain cardinal would be एक हज़ार नौ सौ सैंतालीस).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "runtime/core/status.h"

namespace vachak::lang::hin {

class NumberWords {
 public:
  static Result<std::unique_ptr<NumberWords>> create();

  std::string cardinal(int64_t n) const;        // negative: ऋण ...
  std::string year(int64_t n) const;            // 1947 -> उन्नीस सौ सैंतालीस; 2026 -> दो हज़ार छब्बीस
  std::string ordinal(int64_t n, bool feminine, bool oblique) const;  // पहला/पहली/पहले, इक्कीसवाँ/वीं/वें
  // "3.05" -> तीन दशमलव शून्य पाँच (digits after the point one by one, as read aloud).
  std::string decimal(const std::string& integer_digits, const std::string& fraction_digits) const;
  std::string digit(char d) const;              // '0'..'9'

 private:
  NumberWords() = default;
};

}  // namespace vachak::lang::hin
