// Gujarati number words with Indian grouping (સો, હજાર, લાખ, કરોડ, અબજ): 0..99 from a
// table (irregular, as Gujarat's school number tables spell them: ઓગણીસ, પિસ્તાલીસ,
// નવ્વાણું), hundreds fused with their count (બસો, નવસો; સો alone, એકસો before more);
// years by hundreds (ઓગણીસસો સુડતાલીસ); ordinals પહેલો..છઠ્ઠો, then -મો (સાતમો, વીસમો), with
// feminine -મી and oblique -મા; decimals with દશાંશ; negatives with માઇનસ.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::guj {

class GujaratiNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "માઇનસ"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "દશાંશ"; }
};

}  // namespace vachak::lang::guj
