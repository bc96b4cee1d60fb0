// The learned half of schwa deletion: a logistic regression over hashed features of each
// candidate (lang/hin/schwa_features.h), int8 weights, mmap'ed from a .vsch file made by
// models/train/g2p/train_schwa.py. The rule half: the schwa of a word's first syllable is
// always kept.
//
// File layout (little-endian): "VSCH", u32 version (1), u32 hash bits (8..20), f32 weight
// scale, then 2^bits int8 weights. The score of a candidate is the sum of the weights of
// its distinct feature buckets; the schwa is kept when the score is positive.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"

namespace vachak::lang::hin {

class SchwaModel {
 public:
  static Result<std::unique_ptr<SchwaModel>> load(const std::string& path);
  static Result<std::unique_ptr<SchwaModel>> from_bytes(std::vector<uint8_t> bytes, const std::string& name);

  // Integer score of the candidate at symbols[pos] (symbols from schwa_symbols()).
  int score(const std::u32string& symbols, size_t pos) const;
  // Keep (true) or delete (false) for every candidate of the word, left to right.
  std::vector<bool> decide(const std::u32string& symbols) const;

  size_t weight_bytes() const { return weights_.size(); }

 private:
  explicit SchwaModel(rt::MappedFile file) : file_(std::move(file)) {}
  static Result<std::unique_ptr<SchwaModel>> validate(rt::MappedFile file, const std::string& name);

  rt::MappedFile file_;
  std::basic_string_view<int8_t> weights_;
  uint32_t mask_ = 0;
};

}  // namespace vachak::lang::hin
