// The character LM as the Python builder writes it (the ctest fixture builds
// test_lm.vclm from tests/ocr/data/lm_text.txt before this suite runs).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>

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

}  // namespace
}  // namespace vachak::ocr
