// Telugu number words with Indian grouping (వంద, వెయ్యి, లక్ష, కోటి): 0..19 and the tens
// from tables, tens and units side by side (ఇరవై ఒకటి); hundreds as their count with
// వందలు, వందల before more (రెండు వందల యాభై), one hundred వంద and నూట before more (నూట
// ఒకటి); thousands వెయ్యి / రెండు వేలు / రెండు వేల ...; లక్ష(లు), కోటి / కోట్లు likewise, one
// lakh and one crore with ఒక; years by hundreds (పందొమ్మిది వందల నలభై ఏడు); ordinals -వ
// (రెండవ, ఇరవయ్యవ; మొదటి); decimals with పాయింట్; negatives with మైనస్.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::tel {

class TeluguNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "మైనస్"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "పాయింట్"; }
};

}  // namespace vachak::lang::tel
