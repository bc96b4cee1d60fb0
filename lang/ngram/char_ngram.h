// The character n-gram model built by models/train/charlm/build_charlm.py (.vclm),
// mapped in place, scored with stupid backoff over Unicode code points. The file
// format and the scoring rule are documented in that script. The OCR beam search scores
// text with it; schwa deletion scores pronunciations with it.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"

namespace vachak::lang {

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
  uint32_t bucket_start(uint32_t bucket) const;
  rt::MappedFile bytes_;
  int order_ = 0;
  size_t entries_ = 0;
  uint64_t total_ = 0;
  uint32_t vocab_ = 0;
  uint32_t bucket_bits_ = 0;
  const uint8_t* starts_ = nullptr;   // 2^bucket_bits + 1 u32
  const uint8_t* records_ = nullptr;  // entries_ x (u16 fingerprint, u16 count)
};

}  // namespace vachak::lang
