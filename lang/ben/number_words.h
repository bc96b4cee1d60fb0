// Bengali number words with Indian grouping (শো, হাজার, লাখ, কোটি): 0..99 from a table
// (irregular, as West Bengal's school books spell them: উনিশ, কুড়ি, পঁয়তাল্লিশ, নিরানব্বই),
// hundreds fused with their count (একশো, দুশো, নশো); years by hundreds (উনিশশো
// সাতচল্লিশ); ordinals প্রথম..দশম, then -তম (একুশতম); decimals with দশমিক; negatives with
// মাইনাস.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::ben {

class BengaliNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "মাইনাস"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "দশমিক"; }
};

}  // namespace vachak::lang::ben
