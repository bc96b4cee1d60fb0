// Malayalam number words with Indian grouping (നൂറ്, ആയിരം, ലക്ഷം, കോടി): 0..19 and the tens
// from tables; tens and units fused as Malayalam writes them, the tens' joining form ending
// in -ി and a vowel-initial unit taking a y glide (ഇരുപത്തി + ഒന്ന് = ഇരുപത്തിയൊന്ന്,
// ഇരുപത്തിമൂന്ന്); hundreds in their own words (ഇരുനൂറ്, തൊള്ളായിരം) and joining forms
// before more (നൂറ്റി, ആയിരത്തി, ലക്ഷത്തി, കോടി); thousands fused with their count
// (രണ്ടായിരം); ordinals -ആം (രണ്ടാം, ഇരുപത്തിയൊന്നാം; ഒന്നാം); years as numbers; decimals
// with പോയിന്റ്; negatives with മൈനസ്.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::mal {

class MalayalamNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "മൈനസ്"; }
  std::string year(int64_t n) const override { return cardinal(n); }
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "പോയിന്റ്"; }
};

}  // namespace vachak::lang::mal
