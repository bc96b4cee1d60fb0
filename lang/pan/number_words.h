// Punjabi number words with Indian grouping (ਸੌ, ਹਜ਼ਾਰ, ਲੱਖ, ਕਰੋੜ, ਅਰਬ): 0..99 from a table
// (irregular, as Punjab's school number tables spell them: ਉੱਨੀ, ਪੰਜਤਾਲੀ, ਨੜਿੰਨਵੇਂ), hundreds
// as "<count> ਸੌ"; years by hundreds (ਉੱਨੀ ਸੌ ਸੰਤਾਲੀ); ordinals ਪਹਿਲਾ..ਚੌਥਾ, then -ਵਾਂ
// (ਪੰਜਵਾਂ, ਵੀਹਵਾਂ) with feminine -ਵੀਂ and oblique -ਵੇਂ; decimals with ਦਸ਼ਮਲਵ; negatives ਮਾਇਨਸ.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::pan {

class PunjabiNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "ਮਾਇਨਸ"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "ਦਸ਼ਮਲਵ"; }
};

}  // namespace vachak::lang::pan
