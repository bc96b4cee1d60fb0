// Lets the CTC beam search use a code-point n-gram model over a recognizer's class ids.
#pragma once

#include <vector>

#include "lang/ngram/char_ngram.h"
#include "pipelines/ocr/recognize/ctc_decode.h"

namespace vachak::ocr {

class ClassLanguageModel : public CharLanguageModel {
 public:
  // class_codepoints[k] is the code point class k emits (0 for blank).
  ClassLanguageModel(const lang::CharNgramModel* lm, std::vector<char32_t> class_codepoints)
      : lm_(lm), cps_(std::move(class_codepoints)) {}
  float score(const std::vector<int>& prefix, int next) const override;

 private:
  const lang::CharNgramModel* lm_;
  std::vector<char32_t> cps_;
};

}  // namespace vachak::ocr
