// Hindi number words. ICU's rule-based spell-out (Indian grouping: लाख, करोड़, अरब)
// does the cardinals and ordinals; years and a few ICU slips are ours: ICU reads 1947
// as एक हज़ार नौ सौ सैंतालीस where a Hindi reader says उन्नीस सौ सैंतालीस, and writes
// feminine ordinals without their anusvara (इक्कीसवी for इक्कीसवीं).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "runtime/core/status.h"

namespace vachak::lang::hin {

class NumberWords {
 public:
  static Result<std::unique_ptr<NumberWords>> create();
  ~NumberWords();

  std::string cardinal(int64_t n) const;        // negative: ऋण ...
  std::string year(int64_t n) const;            // 1947 -> उन्नीस सौ सैंतालीस; 2026 -> दो हज़ार छब्बीस
  std::string ordinal(int64_t n, bool feminine, bool oblique) const;  // पहला/पहली/पहले, इक्कीसवाँ/वीं/वें
  // "3.05" -> तीन दशमलव शून्य पाँच (digits after the point one by one, as read aloud).
  std::string decimal(const std::string& integer_digits, const std::string& fraction_digits) const;
  std::string digit(char d) const;              // '0'..'9'

 private:
  NumberWords() = default;
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

}  // namespace vachak::lang::hin
