// Odia number words with Indian grouping (ଶହ, ହଜାର, ଲକ୍ଷ, କୋଟି): 0..99 from a table (irregular:
// ଉଣେଇଶି, କୋଡ଼ିଏ, ପଇଁତିରିଶି, ଅଣଷଠି, ଅନେଶତ), hundreds as their count and ଶହ (ଦୁଇ ଶହ); years as
// cardinals (ଏକ ହଜାର ନଅ ଶହ ସତଚାଳିଶି); ordinals ପ୍ରଥମ..ଦଶମ, then -ତମ; decimals with ଦଶମିକ;
// negatives with ମାଇନସ. The table was checked in sound, number by number, against
// espeak-ng's Odia (tests/lang/check_odia_numbers.py).
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::ori {

class OdiaNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "ମାଇନସ"; }
  std::string year(int64_t n) const override { return cardinal(n); }
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "ଦଶମିକ"; }
};

}  // namespace vachak::lang::ori
