// The character LM as the Python builder writes it (the ctest fixture builds
// test_lm.vclm from tests/ocr/data/lm_text.txt before this suite runs).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <fstream>
#include <random>

#include "pipelines/ocr/recognize/class_language_model.h"

namespace vachak::ocr {
namespace {

using lang::CharNgramModel;

const std::string kModel = std::string(VACHAK_BINARY_DIR) + "/tests/test_lm.vclm";

TEST(CharNgram, SeenContinuationsScoreAboveUnseen) {
  auto lm = CharNgramModel::open(kModel);
  ASSERT_TRUE(lm.is_ok()) << lm.status().message();
  EXPECT_EQ(lm->order(), 4);
  const std::u32string h = U"\u0002भार";  // line start, "भार"
  const float seen = lm->score(h.data(), h.size(), U'त');
  const float unseen = lm->score(h.data(), h.size(), U'ज');
  EXPECT_GT(seen, -0.1f);  // "भारत" follows every time in the text
  EXPECT_LT(unseen, seen - 3.0f);
  // Unknown history backs off instead of failing.
  const std::u32string odd = U"xyz";
  EXPECT_LT(lm->score(odd.data(), odd.size(), U'q'), 0.0f);
}

TEST(CharNgram, ClassAdapterUsesLineStart) {
  auto lm = CharNgramModel::open(kModel);
  ASSERT_TRUE(lm.is_ok());
  // classes: 0 blank, 1 भ, 2 ा, 3 र, 4 त, 5 ज
  ClassLanguageModel adapter(&lm.value(), {0, U'भ', U'ा', U'र', U'त', U'ज'});
  EXPECT_GT(adapter.score({1, 2, 3}, 4), adapter.score({1, 2, 3}, 5));
  EXPECT_GT(adapter.score({}, 1), adapter.score({}, 4));  // "भ" starts lines, "त" never
}

TEST(CharNgram, RefusesDamagedFiles) {
  std::ifstream f(kModel, std::ios::binary);
  std::vector<uint8_t> good((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ASSERT_GT(good.size(), 40u);
  auto cut = CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes({good.begin(), good.end() - 3}));
  ASSERT_FALSE(cut.is_ok());
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos);
  auto bad = good;
  bad[0] = 'X';
  EXPECT_FALSE(CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes(bad)).is_ok());
  auto bits = good;
  bits[28] = 30;  // bucket bits outside 4..20
  EXPECT_FALSE(CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes(bits)).is_ok());
  auto starts = good;
  starts[32] = 1;  // the first bucket must start at record 0
  EXPECT_FALSE(CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes(starts)).is_ok());
  // Two records of one bucket swapped: fingerprints out of order.
  const uint32_t buckets = 1u << good[28];
  const size_t records = 32 + (buckets + 1) * 4;
  size_t bucket = 0;
  auto start_of = [&](size_t b) {
    uint32_t v;
    std::memcpy(&v, good.data() + 32 + b * 4, 4);
    return v;
  };
  while (bucket < buckets && start_of(bucket + 1) - start_of(bucket) < 2) ++bucket;
  ASSERT_LT(bucket, buckets) << "the fixture has a bucket with two records";
  auto swapped = good;
  std::swap_ranges(swapped.begin() + records + start_of(bucket) * 4, swapped.begin() + records + start_of(bucket) * 4 + 4,
                   swapped.begin() + records + (start_of(bucket) + 1) * 4);
  auto unsorted = CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes(swapped));
  ASSERT_FALSE(unsorted.is_ok());
  EXPECT_NE(unsorted.status().message().find("not sorted"), std::string::npos);
  EXPECT_EQ(CharNgramModel::open("/nonexistent.vclm").status().code(), StatusCode::kNotFound);
}

// Every truncation and a few thousand random byte flips of a model are either refused
// with a message or load and score without reading out of bounds (ASan runs this too).
TEST(CharNgram, DamagedFilesNeverCrash) {
  std::ifstream f(kModel, std::ios::binary);
  const std::vector<uint8_t> good((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ASSERT_GT(good.size(), 40u);
  const std::u32string text = U"\u0002भारत एक देश है";
  auto try_bytes = [&](std::vector<uint8_t> bytes) {
    auto lm = CharNgramModel::from_mapping("lm", rt::MappedFile::from_bytes(std::move(bytes)));
    if (!lm.is_ok()) {
      EXPECT_FALSE(lm.status().message().empty());
      return false;
    }
    for (size_t i = 1; i < text.size(); ++i) {
      const float s = lm->score(text.data(), i, text[i]);
      EXPECT_FALSE(std::isnan(s));
    }
    return true;
  };
  for (size_t n = 0; n < good.size(); ++n) EXPECT_FALSE(try_bytes({good.begin(), good.begin() + static_cast<long>(n)}));
  std::mt19937 rng(20261127);
  int loaded = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    auto bytes = good;
    for (int k = 0, flips = 1 + static_cast<int>(rng() % 3); k < flips; ++k)
      bytes[rng() % bytes.size()] ^= static_cast<uint8_t>(1u << (rng() % 8));
    loaded += try_bytes(std::move(bytes));
  }
  EXPECT_GT(loaded, 0);  // flipped counts still load: the check is not "refuse everything"
}

}  // namespace
}  // namespace vachak::ocr
