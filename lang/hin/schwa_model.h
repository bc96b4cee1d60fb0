// Schwa deletion, learned: a logistic regression over hashed features of each candidate
// (lang/hin/schwa_features.h), int8 weights, mmap'ed from a .vsch file, and a character
// n-gram model of pronounced words (.vclm beside it) that judges each word's decisions
// together; both made by models/train/g2p/train_schwa.py. The rule half: the schwa of a
// word's first syllable is always kept.
//
// File layout (little-endian): "VSCH", u32 version (2), u32 hash bits (8..20), f32 weight
// scale, f32 pronunciation-model weight (0: the classifier alone, no .vclm needed), then
// 2^bits int8 weights. The score of a candidate is the sum of the weights of its distinct
// feature buckets. decide() then picks, among every keep/delete assignment of the word's
// free candidates, the one with the highest
//   sum of log sigmoid(+-scale * score) + weight * log P(pronunciation)
// exactly as models/train/g2p/schwa_decoder.py does (same order, first best wins).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/ngram/char_ngram.h"
#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"

namespace vachak::lang::hin {

class SchwaModel {
 public:
  // Reads path and, when its pronunciation-model weight is not 0, the .vclm beside it
  // (same name, extension .vclm).
  static Result<std::unique_ptr<SchwaModel>> load(const std::string& path);
  static Result<std::unique_ptr<SchwaModel>> from_bytes(std::vector<uint8_t> bytes, const std::string& name,
                                                        std::optional<CharNgramModel> pronunciations = {});

  // Integer score of the candidate at symbols[pos] (symbols from schwa_symbols()).
  int score(const std::u32string& symbols, size_t pos) const;
  // Keep (true) or delete (false) for every candidate of the word, left to right.
  std::vector<bool> decide(const std::u32string& symbols) const;

  // Words with more free candidates than this take the classifier's decisions alone.
  static constexpr size_t kMaxFreeCandidates = 10;

 private:
  explicit SchwaModel(rt::MappedFile file) : file_(std::move(file)) {}
  static Result<std::unique_ptr<SchwaModel>> validate(rt::MappedFile file, const std::string& name,
                                                      std::optional<CharNgramModel> pronunciations);
  // Natural-log score of the word said with `keep` (START .. END, as the .vclm was counted).
  double pronunciation_score(const std::u32string& symbols, const std::vector<bool>& keep) const;

  rt::MappedFile file_;
  std::basic_string_view<int8_t> weights_;
  uint32_t mask_ = 0;
  float scale_ = 0;
  float lm_weight_ = 0;
  std::optional<CharNgramModel> pronunciations_;
};

}  // namespace vachak::lang::hin
