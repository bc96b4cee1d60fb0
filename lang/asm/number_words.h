// Assamese number words with Indian grouping (শ, হাজাৰ, লাখ, কোটি): 0..99 from a table
// (irregular: ঊনৈশ, বিছ, চৌবিশ, পঁয়ত্ৰিশ, পঁসত্তৰ, নিৰানব্বৈ), hundreds fused with their count
// (এশ, দুশ, নশ); years by hundreds (ঊনৈশশ সাতচল্লিশ); ordinals প্ৰথম..দশম, then -তম; decimals
// with দশমিক; negatives with মাইনাছ. Written by hand from number tables; the forms
// `../shared`'s Assamese text spells out are checked (AssameseNumbers.CorpusAttestedForms).
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::asm_ {

class AssameseNumberWords final : public NumberWords {
 public:
  std::string positive_words(uint64_t n) const override;
  const char* minus_word() const override { return "মাইনাছ"; }
  std::string year(int64_t n) const override;
  std::string ordinal(int64_t n, bool feminine, bool oblique) const override;
  std::string digit(char d) const override;
  const char* decimal_word() const override { return "দশমিক"; }
};

}  // namespace vachak::lang::asm_
