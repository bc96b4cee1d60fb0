// Nepali number words with Indian grouping (सय, हजार, लाख, करोड, अरब, खरब), spelled as
// CLDR's Nepali spell-out rules spell them (तिन, बिस, उनान्सय; the golden cases in
// tests/lang/nepali_numbers.tsv come from ICU, tests/lang/make_nepali_golden.py): 0..99 from a
// table (irregular), hundreds as "<count> सय"; ordinals पहिलो..चौथो, छैटौँ, then -औँ
// (पाँचौँ, बिसौँ, साठीऔँ) with feminine पहिली..चौथी; years 1100-1999 by hundreds
// (उन्नाइस सय सतचालिस); decimals with दशमलव; negatives with माइनस, as temperatures are said.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::nep {

class NepaliNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "माइनस"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "दशमलव"; }
};

}  // namespace vachak::lang::nep
