// The character n-gram model built by models/train/charlm/build_charlm.py (.vclm),
// mapped in place, scored with stupid backoff over Unicode code points. The file
// format and the scoring rule are documented in that script.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pipelines/ocr/recognize/ctc_decode.h"
#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

class CharNgramModel {
 public:
  static Result<CharNgramModel> open(const std::string& path);
  static Result<CharNgramModel> from_mapping(const std::string& name, rt::MappedFile bytes);

  // Natural-log score of `next` after `history` (code points; only the last order-1 count).
  float score(const char32_t* history, size_t history_len, char32_t next) const;
  int order() const { return order_; }
  size_t entries() const { return entries_; }

  static constexpr char32_t kLineStart = 0x0002;

 private:
  uint32_t count(const char32_t* gram, size_t n) const;
  rt::MappedFile bytes_;
  int order_ = 0;
  size_t entries_ = 0;
  uint64_t total_ = 0;
  uint32_t vocab_ = 0;
  const uint8_t* records_ = nullptr;
};

// Lets the CTC beam search use a code-point model over a recognizer's class ids.
class ClassLanguageModel : public CharLanguageModel {
 public:
  // class_codepoints[k] is the code point class k emits (0 for blank).
  ClassLanguageModel(const CharNgramModel* lm, std::vector<char32_t> class_codepoints)
      : lm_(lm), cps_(std::move(class_codepoints)) {}
  float score(const std::vector<int>& prefix, int next) const override;

 private:
  const CharNgramModel* lm_;
  std::vector<char32_t> cps_;
};

}  // namespace vachak::ocr
