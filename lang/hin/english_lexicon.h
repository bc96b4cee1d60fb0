// English words as a Hindi speaker says them (models/tts/hin-english.vlex, built from the
// CMU Pronouncing Dictionary by models/train/tts/build_english_lexicon.py, which documents
// the file layout and the phone mapping). Memory-mapped; a lookup reads one block of 32
// front-coded entries, so only the pages of words looked up become resident. Every offset
// is checked at load, every read inside a block at lookup: a damaged file gives errors or
// misses, never a read outside it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"

namespace vachak::lang::hin {

class EnglishLexicon {
 public:
  [[nodiscard]] static Result<std::unique_ptr<EnglishLexicon>> load(const std::string& path);
  [[nodiscard]] static Result<std::unique_ptr<EnglishLexicon>> from_bytes(std::vector<uint8_t> bytes,
                                                                         const std::string& name);

  // The phones of a word of lower-case ASCII letters; false when the word is not listed.
  bool lookup(std::string_view word, std::vector<std::string>& out) const;
  size_t size() const { return entries_; }

 private:
  EnglishLexicon() = default;
  [[nodiscard]] static Result<std::unique_ptr<EnglishLexicon>> validate(rt::MappedFile file, const std::string& name);
  // The first word of block b (empty when the block is damaged).
  std::string_view first_word(size_t b) const;

  rt::MappedFile file_;
  std::vector<std::string> phones_;  // the phone table
  size_t entries_ = 0, blocks_ = 0, per_block_ = 0;
  size_t index_offset_ = 0, blocks_offset_ = 0;
};

}  // namespace vachak::lang::hin
