#include "lang/ngram/char_ngram.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace vachak::lang {
namespace {

constexpr char kMagic[8] = {'V', 'C', 'H', 'K', 'C', 'L', 'M', '2'};
constexpr size_t kHeader = 32;
constexpr size_t kRecord = 4;
constexpr float kBackoff = -0.916290731874155f;  // log(0.4)

uint32_t fnv1a32(const char32_t* cps, size_t n) {
  uint32_t h = 0x811C9DC5u;
  for (size_t i = 0; i < n; ++i)
    for (int shift = 0; shift < 24; shift += 8) {
      h ^= (static_cast<uint32_t>(cps[i]) >> shift) & 0xFFu;
      h *= 0x01000193u;
    }
  return h;
}

template <typename T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

Result<CharNgramModel> CharNgramModel::open(const std::string& path) {
  Result<rt::MappedFile> f = rt::MappedFile::map(path);
  if (!f.is_ok()) return f.status();
  return from_mapping(path, std::move(f).value());
}

Result<CharNgramModel> CharNgramModel::from_mapping(const std::string& name, rt::MappedFile bytes) {
  CharNgramModel m;
  if (bytes.size() < kHeader || std::memcmp(bytes.data(), kMagic, 8) != 0)
    return corrupt(name + ": not a Vachak character language model (bad magic)");
  const uint8_t* p = bytes.data();
  const uint32_t order = load<uint32_t>(p + 8);
  const uint32_t entries = load<uint32_t>(p + 12);
  m.total_ = load<uint64_t>(p + 16);
  m.vocab_ = load<uint32_t>(p + 24);
  const uint32_t bits = load<uint32_t>(p + 28);
  if (order < 1 || order > 12) return corrupt(name + ": order " + std::to_string(order) + " outside 1..12");
  if (bits < 4 || bits > 20) return corrupt(name + ": bucket bits " + std::to_string(bits) + " outside 4..20");
  const uint64_t buckets = uint64_t{1} << bits;
  const uint64_t expected = kHeader + (buckets + 1) * 4 + uint64_t{entries} * kRecord;
  if (bytes.size() != expected)
    return corrupt(name + ": " + std::to_string(bytes.size()) + " bytes do not hold " + std::to_string(entries) +
                   " records in " + std::to_string(buckets) + " buckets: truncated?");
  if (m.total_ == 0 || m.vocab_ == 0) return corrupt(name + ": empty model");
  const uint8_t* starts = p + kHeader;
  const uint8_t* records = starts + (buckets + 1) * 4;
  if (load<uint32_t>(starts) != 0 || load<uint32_t>(starts + buckets * 4) != entries)
    return corrupt(name + ": bucket starts do not span the records");
  for (uint64_t b = 0; b < buckets; ++b) {
    const uint32_t begin = load<uint32_t>(starts + b * 4), end = load<uint32_t>(starts + (b + 1) * 4);
    if (end < begin || end > entries) return corrupt(name + ": bucket " + std::to_string(b) + " out of order");
    for (uint32_t i = begin + 1; i < end; ++i)
      if (load<uint16_t>(records + (i - 1) * kRecord) >= load<uint16_t>(records + i * kRecord))
        return corrupt(name + ": records not sorted by fingerprint in bucket " + std::to_string(b));
  }
  m.order_ = static_cast<int>(order);
  m.entries_ = entries;
  m.bucket_bits_ = bits;
  m.bytes_ = std::move(bytes);
  m.starts_ = m.bytes_.data() + kHeader;
  m.records_ = m.starts_ + (buckets + 1) * 4;
  return m;
}

uint32_t CharNgramModel::bucket_start(uint32_t bucket) const { return load<uint32_t>(starts_ + size_t{bucket} * 4); }

uint32_t CharNgramModel::count(const char32_t* gram, size_t n) const {
  const uint32_t h = fnv1a32(gram, n);
  const uint32_t bucket = h >> (32 - bucket_bits_);
  const uint16_t fingerprint = static_cast<uint16_t>(h & 0xFFFFu);
  uint32_t lo = bucket_start(bucket), hi = bucket_start(bucket + 1);
  while (lo < hi) {  // about 32 records (128 bytes) to search
    const uint32_t mid = lo + (hi - lo) / 2;
    const uint16_t f = load<uint16_t>(records_ + size_t{mid} * kRecord);
    if (f < fingerprint) lo = mid + 1;
    else hi = mid;
  }
  if (lo < bucket_start(bucket + 1) && load<uint16_t>(records_ + size_t{lo} * kRecord) == fingerprint)
    return load<uint16_t>(records_ + size_t{lo} * kRecord + 2);
  return 0;
}

float CharNgramModel::score(const char32_t* history, size_t history_len, char32_t next) const {
  char32_t gram[16];
  float penalty = 0.0f;
  size_t ctx = std::min<size_t>(history_len, static_cast<size_t>(order_ - 1));
  for (; ctx > 0; --ctx, penalty += kBackoff) {
    std::memcpy(gram, history + history_len - ctx, ctx * sizeof(char32_t));
    gram[ctx] = next;
    const uint32_t joint = count(gram, ctx + 1);
    if (joint == 0) continue;
    const uint32_t context = count(gram, ctx);
    if (context == 0) continue;  // a hash collision or pruning artefact: back off
    return penalty + std::log(static_cast<float>(joint) / static_cast<float>(std::max(joint, context)));
  }
  const uint32_t uni = count(&next, 1);
  return penalty + std::log((static_cast<float>(uni) + 1.0f) / static_cast<float>(total_ + vocab_));
}

}  // namespace vachak::lang
