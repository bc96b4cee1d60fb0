#include "lang/hin/schwa_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "lang/hin/schwa_features.h"

namespace vachak::lang::hin {
namespace {

constexpr char kMagic[4] = {'V', 'S', 'C', 'H'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 16;

uint32_t read_u32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

}  // namespace

Result<std::unique_ptr<SchwaModel>> SchwaModel::load(const std::string& path) {
  auto file = rt::MappedFile::map(path);
  if (!file.is_ok()) return file.status();
  return validate(std::move(file).value(), path);
}

Result<std::unique_ptr<SchwaModel>> SchwaModel::from_bytes(std::vector<uint8_t> bytes, const std::string& name) {
  return validate(rt::MappedFile::from_bytes(std::move(bytes)), name);
}

Result<std::unique_ptr<SchwaModel>> SchwaModel::validate(rt::MappedFile file, const std::string& name) {
  const uint8_t* p = file.data();
  if (file.size() < kHeaderBytes) return corrupt(name + ": too short for a schwa model header");
  if (std::memcmp(p, kMagic, 4) != 0) return corrupt(name + ": not a schwa model (bad magic)");
  uint32_t version = read_u32(p + 4);
  if (version != kVersion) {
    return unsupported(name + ": schwa model version " + std::to_string(version) + ", this build reads 1");
  }
  uint32_t bits = read_u32(p + 8);
  if (bits < 8 || bits > 20) return corrupt(name + ": hash bits " + std::to_string(bits) + " outside 8..20");
  float scale;
  std::memcpy(&scale, p + 12, 4);
  if (!std::isfinite(scale) || scale <= 0) return corrupt(name + ": weight scale is not a positive number");
  size_t expected = kHeaderBytes + (size_t{1} << bits);
  if (file.size() != expected) {
    return corrupt(name + ": " + std::to_string(file.size()) + " bytes, the header implies " +
                   std::to_string(expected));
  }
  std::unique_ptr<SchwaModel> m(new SchwaModel(std::move(file)));
  m->weights_ = {reinterpret_cast<const int8_t*>(m->file_.data() + kHeaderBytes), size_t{1} << bits};
  m->mask_ = (uint32_t{1} << bits) - 1;
  return m;
}

int SchwaModel::score(const std::u32string& symbols, size_t pos) const {
  std::vector<uint32_t> ids;
  for (const std::string& f : schwa_features(symbols, pos)) ids.push_back(fnv1a32(f) & mask_);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());  // each bucket counts once
  int total = 0;
  for (uint32_t id : ids) total += weights_[id];
  return total;
}

std::vector<bool> SchwaModel::decide(const std::u32string& symbols) const {
  std::vector<bool> keep;
  bool vowel_before = false;
  for (size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i] == kSchwaCandidate) {
      keep.push_back(!vowel_before || score(symbols, i) > 0);
    }
    vowel_before = vowel_before || schwa_vowel_like(symbols[i]);
  }
  return keep;
}

}  // namespace vachak::lang::hin
