#include "lang/hin/english_lexicon.h"

#include <cstring>

namespace vachak::lang::hin {
namespace {

constexpr char kMagic[4] = {'V', 'L', 'E', 'X'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 40;
constexpr size_t kMaxPhoneBytes = 16;   // the longest IPA string of a phone, in bytes
constexpr size_t kMaxPerBlock = 1024;

uint32_t read_u32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

}  // namespace

Result<std::unique_ptr<EnglishLexicon>> EnglishLexicon::load(const std::string& path) {
  auto file = rt::MappedFile::map(path);
  if (!file.is_ok()) return file.status();
  return validate(std::move(file).value(), path);
}

Result<std::unique_ptr<EnglishLexicon>> EnglishLexicon::from_bytes(std::vector<uint8_t> bytes, const std::string& name) {
  return validate(rt::MappedFile::from_bytes(std::move(bytes)), name);
}

Result<std::unique_ptr<EnglishLexicon>> EnglishLexicon::validate(rt::MappedFile file, const std::string& name) {
  const uint8_t* p = file.data();
  const size_t size = file.size();
  if (size < kHeaderBytes) return corrupt(name + ": too short for an English lexicon header");
  if (std::memcmp(p, kMagic, 4) != 0) return corrupt(name + ": not an English lexicon (bad magic)");
  if (read_u32(p + 4) != kVersion) return unsupported(name + ": lexicon version " + std::to_string(read_u32(p + 4)));
  std::unique_ptr<EnglishLexicon> lex(new EnglishLexicon());
  lex->entries_ = read_u32(p + 8);
  lex->blocks_ = read_u32(p + 12);
  lex->per_block_ = read_u32(p + 16);
  const size_t phone_count = read_u32(p + 20), phone_offset = read_u32(p + 24);
  lex->index_offset_ = read_u32(p + 28);
  lex->blocks_offset_ = read_u32(p + 32);
  if (read_u32(p + 36) != size) return corrupt(name + ": size differs from its header (truncated?)");
  // Sizes come from the file: each bound is checked against it before it is used.
  if (lex->per_block_ == 0 || lex->per_block_ > kMaxPerBlock || phone_count == 0 || phone_count > 256 ||
      lex->blocks_ == 0 || lex->blocks_ > size / 4 ||
      uint64_t{lex->entries_} > uint64_t{lex->blocks_} * lex->per_block_ ||
      uint64_t{lex->entries_} <= uint64_t{lex->blocks_ - 1} * lex->per_block_)
    return corrupt(name + ": inconsistent counts");
  if (phone_offset < kHeaderBytes || phone_offset > size || lex->index_offset_ < phone_offset ||
      lex->index_offset_ > size || (size - lex->index_offset_) / 4 < lex->blocks_ ||
      lex->blocks_offset_ != lex->index_offset_ + 4 * lex->blocks_ || lex->blocks_offset_ > size)
    return corrupt(name + ": section offsets outside the file");
  size_t at = phone_offset;
  for (size_t i = 0; i < phone_count; ++i) {
    if (at >= lex->index_offset_) return corrupt(name + ": phone table runs past its section");
    const size_t len = p[at++];
    if (len == 0 || len > kMaxPhoneBytes || lex->index_offset_ - at < len) return corrupt(name + ": bad phone entry");
    lex->phones_.emplace_back(reinterpret_cast<const char*>(p + at), len);
    at += len;
  }
  uint32_t prev = 0;
  for (size_t b = 0; b < lex->blocks_; ++b) {
    const uint32_t off = read_u32(p + lex->index_offset_ + 4 * b);
    if (off < lex->blocks_offset_ || off >= size || (b > 0 && off <= prev))
      return corrupt(name + ": block " + std::to_string(b) + " offset outside the entries");
    prev = off;
  }
  lex->file_ = std::move(file);
  return lex;
}

std::string_view EnglishLexicon::first_word(size_t b) const {
  const uint8_t* p = file_.data();
  const size_t off = read_u32(p + index_offset_ + 4 * b);
  if (file_.size() - off < 2 || p[off] != 0 || file_.size() - off - 2 < p[off + 1]) return {};
  return {reinterpret_cast<const char*>(p + off + 2), p[off + 1]};
}

bool EnglishLexicon::lookup(std::string_view word, std::vector<std::string>& out) const {
  if (word.empty() || word.size() > 255) return false;
  // The last block whose first word is <= word.
  size_t lo = 0, hi = blocks_;
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    if (first_word(mid) <= word) lo = mid;
    else hi = mid;
  }
  const uint8_t* p = file_.data();
  const size_t size = file_.size();
  const size_t end = lo + 1 < blocks_ ? read_u32(p + index_offset_ + 4 * (lo + 1)) : size;
  size_t at = read_u32(p + index_offset_ + 4 * lo);
  std::string current;
  for (size_t k = 0; k < per_block_ && at < end; ++k) {
    if (end - at < 2) return false;
    const size_t shared = p[at], suffix = p[at + 1];
    at += 2;
    if (shared > current.size() || end - at < suffix + 1) return false;
    current.resize(shared);
    current.append(reinterpret_cast<const char*>(p + at), suffix);
    at += suffix;
    const size_t count = p[at++];
    if (end - at < count) return false;
    if (current == word) {
      for (size_t i = 0; i < count; ++i) {
        if (p[at + i] >= phones_.size()) return false;
      }
      for (size_t i = 0; i < count; ++i) out.push_back(phones_[p[at + i]]);
      return count > 0;
    }
    if (current > word) return false;
    at += count;
  }
  return false;
}

}  // namespace vachak::lang::hin
