// Tamil number words with Indian grouping (நூறு, ஆயிரம், லட்சம், கோடி): 0..19 and the tens
// from tables; tens and units fused as Tamil writes them, a vowel-initial unit joining the
// tens' stem (இருபத்து + ஒன்று = இருபத்தொன்று, இருபத்துமூன்று); hundreds and thousands in
// their own words (இருநூறு, தொள்ளாயிரம், மூவாயிரம், ஐயாயிரம்) and in their joining forms
// before more (நூற்று, ஆயிரத்து, லட்சத்து, கோடியே); one lakh and one crore with ஒரு.
// Ordinals -ஆவது (இரண்டாவது, முதலாவது), and the -ஆம் form (21ஆம் நூற்றாண்டு) in the
// feminine slot (Tamil ordinals have no gender). Years are said as numbers.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::tam {

class TamilNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "மைனஸ்"; }
  std::string year(int64_t n) const override { return cardinal(n); }
  // feminine: the -ஆம் form (இருபத்தொன்றாம்), else -ஆவது.
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "புள்ளி"; }
};

}  // namespace vachak::lang::tam
