#include "lang/hin/schwa_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "lang/hin/schwa_features.h"

namespace vachak::lang::hin {
namespace {

constexpr char kMagic[4] = {'V', 'S', 'C', 'H'};
constexpr uint32_t kVersion = 2;
constexpr size_t kHeaderBytes = 20;
constexpr char32_t kWordStart = 0x0002;  // as models/train/g2p/schwa_decoder.py writes them
constexpr char32_t kWordEnd = 0x0003;

uint32_t read_u32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

float read_f32(const uint8_t* p) {
  float v;
  std::memcpy(&v, p, 4);
  return v;
}

double log_sigmoid(double x) { return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x)); }

std::string sibling_lm_path(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash);
  return (has_ext ? path.substr(0, dot) : path) + ".vclm";
}

}  // namespace

Result<std::unique_ptr<SchwaModel>> SchwaModel::load(const std::string& path) {
  auto file = rt::MappedFile::map(path);
  if (!file.is_ok()) return file.status();
  std::optional<CharNgramModel> lm;
  if (file.value().size() >= kHeaderBytes && read_f32(file.value().data() + 16) != 0.0f) {
    auto opened = CharNgramModel::open(sibling_lm_path(path));
    if (!opened.is_ok()) return opened.status();
    lm = std::move(opened).value();
  }
  return validate(std::move(file).value(), path, std::move(lm));
}

Result<std::unique_ptr<SchwaModel>> SchwaModel::from_bytes(std::vector<uint8_t> bytes, const std::string& name,
                                                           std::optional<CharNgramModel> pronunciations) {
  return validate(rt::MappedFile::from_bytes(std::move(bytes)), name, std::move(pronunciations));
}

Result<std::unique_ptr<SchwaModel>> SchwaModel::validate(rt::MappedFile file, const std::string& name,
                                                         std::optional<CharNgramModel> pronunciations) {
  const uint8_t* p = file.data();
  if (file.size() < kHeaderBytes) return corrupt(name + ": too short for a schwa model header");
  if (std::memcmp(p, kMagic, 4) != 0) return corrupt(name + ": not a schwa model (bad magic)");
  uint32_t version = read_u32(p + 4);
  if (version != kVersion) {
    return unsupported(name + ": schwa model version " + std::to_string(version) + ", this build reads " +
                       std::to_string(kVersion));
  }
  uint32_t bits = read_u32(p + 8);
  if (bits < 8 || bits > 20) return corrupt(name + ": hash bits " + std::to_string(bits) + " outside 8..20");
  const float scale = read_f32(p + 12);
  if (!std::isfinite(scale) || scale <= 0) return corrupt(name + ": weight scale is not a positive number");
  const float lm_weight = read_f32(p + 16);
  if (!std::isfinite(lm_weight) || lm_weight < 0 || lm_weight > 100) {
    return corrupt(name + ": pronunciation-model weight is not a number in 0..100");
  }
  if (lm_weight > 0 && !pronunciations) return corrupt(name + ": needs its pronunciation model (.vclm)");
  size_t expected = kHeaderBytes + (size_t{1} << bits);
  if (file.size() != expected) {
    return corrupt(name + ": " + std::to_string(file.size()) + " bytes, the header implies " +
                   std::to_string(expected));
  }
  std::unique_ptr<SchwaModel> m(new SchwaModel(std::move(file)));
  m->weights_ = {reinterpret_cast<const int8_t*>(m->file_.data() + kHeaderBytes), size_t{1} << bits};
  m->mask_ = (uint32_t{1} << bits) - 1;
  m->scale_ = scale;
  m->lm_weight_ = lm_weight;
  if (lm_weight > 0) m->pronunciations_ = std::move(pronunciations);
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

double SchwaModel::pronunciation_score(const std::u32string& symbols, const std::vector<bool>& keep) const {
  std::u32string said(1, kWordStart);
  size_t cand = 0;
  for (char32_t s : symbols) {
    if (s != kSchwaCandidate) said.push_back(s);
    else if (keep[cand++]) said.push_back(kSchwaCandidate);
  }
  said.push_back(kWordEnd);
  double total = 0;
  for (size_t i = 1; i < said.size(); ++i) total += pronunciations_->score(said.data(), i, said[i]);
  return total;
}

std::vector<bool> SchwaModel::decide(const std::u32string& symbols) const {
  std::vector<bool> keep;
  std::vector<int> scores;
  std::vector<size_t> free;  // candidates past the first syllable
  bool vowel_before = false;
  for (size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i] == kSchwaCandidate) {
      const int s = score(symbols, i);
      if (vowel_before) free.push_back(keep.size());
      keep.push_back(!vowel_before || s > 0);
      scores.push_back(s);
    }
    vowel_before = vowel_before || schwa_vowel_like(symbols[i]);
  }
  if (!pronunciations_ || free.empty() || free.size() > kMaxFreeCandidates) return keep;
  // Every assignment of the free candidates, the first one the most significant bit.
  std::vector<bool> best = keep, trial = keep;
  double best_score = -INFINITY;
  const size_t n = free.size();
  for (uint32_t mask = 0; mask < (uint32_t{1} << n); ++mask) {
    double total = 0;
    for (size_t j = 0; j < n; ++j) {
      const bool k = (mask >> (n - 1 - j)) & 1u;
      trial[free[j]] = k;
      const double x = double{scale_} * scores[free[j]];
      total += log_sigmoid(k ? x : -x);
    }
    total += double{lm_weight_} * pronunciation_score(symbols, trial);
    if (total > best_score) {
      best_score = total;
      best = trial;
    }
  }
  return best;
}

}  // namespace vachak::lang::hin
