// Kannada number words with Indian grouping (ನೂರು, ಸಾವಿರ, ಲಕ್ಷ, ಕೋಟಿ): 0..19 and the tens
// from tables, tens and units fused as Kannada writes them (ಇಪ್ಪತ್ತು + ಒಂದು = ಇಪ್ಪತ್ತೊಂದು,
// + ಮೂರು = ಇಪ್ಪತ್ತಮೂರು); hundreds in their own words (ಇನ್ನೂರು, ಒಂಬೈನೂರು) and before more
// without their final u (ನೂರ ಒಂದು, ಇನ್ನೂರ ಐವತ್ತು); ಸಾವಿರದ, ಲಕ್ಷದ before more; ordinals
// -ನೇ (ಒಂದನೇ, ಇಪ್ಪತ್ತೊಂದನೇ); years as numbers; decimals with ಪಾಯಿಂಟ್; negatives ಮೈನಸ್.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::kan {

class KannadaNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "ಮೈನಸ್"; }
  std::string year(int64_t n) const override { return cardinal(n); }
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "ಪಾಯಿಂಟ್"; }
};

}  // namespace vachak::lang::kan
