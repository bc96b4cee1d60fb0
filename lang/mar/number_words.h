// Marathi number words with Indian grouping (शंभर, हजार, लाख, कोटी, अब्ज, खर्व): 0..99
// from a table (irregular, as in Maharashtra's school number tables), hundreds fused with
// their count (दोनशे, नऊशे; एकशे before more, शंभर alone); ordinals पहिला..चौथा, then
// -वा after a vowel or a one-syllable number (पाचवा, दहावा) and -आवा after the others
// (विसावा, एकोणिसावा, शंभरावा), with feminine -वी and oblique -व्या; years by hundreds
// (1947: एकोणीसशे सत्तेचाळीस); decimals with पूर्णांक; negatives with उणे.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::mar {

class MarathiNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "उणे"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "पूर्णांक"; }
};

}  // namespace vachak::lang::mar
