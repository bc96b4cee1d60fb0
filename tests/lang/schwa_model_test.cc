// The C++ schwa classifier against golden scores computed in Python from the shipped
// weights (models/train/g2p/make_schwa_golden.py), and the model file's validation.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "lang/hin/schwa_features.h"
#include "lang/hin/schwa_model.h"
#include "lang/unicode/normalize.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang::hin {
namespace {

const std::string kModel = std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch";

std::vector<uint8_t> read_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

TEST(SchwaModel, ReproducesPythonScoresExactly) {
  auto model = SchwaModel::load(kModel);
  ASSERT_TRUE(model.is_ok()) << model.status().message();
  std::ifstream golden(std::string(VACHAK_SOURCE_DIR) + "/tests/golden/schwa_scores.tsv");
  ASSERT_TRUE(golden.good());
  int words = 0, candidates = 0;
  for (std::string line; std::getline(golden, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string word, scores, kept;
    std::getline(fields, word, '\t');
    std::getline(fields, scores, '\t');
    std::getline(fields, kept, '\t');
    auto nfc = to_nfc(word);
    ASSERT_TRUE(nfc.is_ok());
    auto cps = utf8_decode(nfc.value());
    ASSERT_TRUE(cps.is_ok());
    std::u32string sym = schwa_symbols(cps.value());
    std::vector<int> expected;
    std::istringstream list(scores);
    for (std::string s; std::getline(list, s, ',');) expected.push_back(std::stoi(s));
    std::vector<int> got;
    for (size_t i = 0; i < sym.size(); ++i) {
      if (sym[i] == kSchwaCandidate) got.push_back(model.value()->score(sym, i));
    }
    EXPECT_EQ(got, expected) << word;
    std::string decided;
    for (bool k : model.value()->decide(sym)) decided += k ? '1' : '0';
    EXPECT_EQ(decided, kept) << word;
    ++words;
    candidates += static_cast<int>(expected.size());
  }
  EXPECT_GE(words, 200);
  EXPECT_GE(candidates, 200);
}

const std::string kPronunciations = std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vclm";

std::optional<CharNgramModel> pronunciations() {
  auto lm = CharNgramModel::open(kPronunciations);
  if (!lm.is_ok()) return std::nullopt;
  return std::move(lm).value();
}

TEST(SchwaModel, RefusesBrokenFiles) {
  std::vector<uint8_t> good = read_bytes(kModel);
  ASSERT_GT(good.size(), 20u);
  ASSERT_TRUE(pronunciations().has_value());
  EXPECT_TRUE(SchwaModel::from_bytes(good, "good", pronunciations()).is_ok());
  // The shipped model weighs its pronunciation model in: without one it is refused.
  auto alone = SchwaModel::from_bytes(good, "x.vsch");
  ASSERT_FALSE(alone.is_ok());
  EXPECT_NE(alone.status().message().find(".vclm"), std::string::npos);

  auto refused = [](std::vector<uint8_t> b, const char* what) {
    auto m = SchwaModel::from_bytes(std::move(b), "x.vsch", pronunciations());
    EXPECT_FALSE(m.is_ok()) << what;
    if (!m.is_ok()) {
      EXPECT_NE(m.status().message().find("x.vsch"), std::string::npos) << what;
    }
  };
  refused({}, "empty");
  refused(std::vector<uint8_t>(good.begin(), good.begin() + 10), "short header");
  refused(std::vector<uint8_t>(good.begin(), good.end() - 1), "truncated weights");
  auto extra = good;
  extra.push_back(0);
  refused(extra, "trailing byte");
  auto magic = good;
  magic[0] = 'X';
  refused(magic, "magic");
  auto version = good;
  version[4] = 9;
  refused(version, "version");
  auto bits = good;
  bits[8] = 40;
  refused(bits, "hash bits");
  auto scale = good;
  scale[12] = scale[13] = 0xFF;
  scale[14] = 0xFF;
  scale[15] = 0x7F;  // NaN
  refused(scale, "scale");
  auto lm_weight = good;
  lm_weight[19] = 0xFF;  // a negative weight
  refused(lm_weight, "pronunciation-model weight");
}

TEST(SchwaModel, PronunciationModelFileMustBeThere) {
  // A copy of the .vsch without its .vclm beside it: a clear error, not the classifier alone.
  const std::string dir = ::testing::TempDir();
  const std::string copy = dir + "/lonely-schwa.vsch";
  {
    std::vector<uint8_t> bytes = read_bytes(kModel);
    std::ofstream out(copy, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  }
  auto m = SchwaModel::load(copy);
  ASSERT_FALSE(m.is_ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("lonely-schwa.vclm"), std::string::npos) << m.status().message();
  std::remove(copy.c_str());
}

TEST(SchwaSymbols, MarksOnlyConsonantsWithoutVowelSignOrVirama) {
  auto sym = [](const std::u32string& w) { return schwa_symbols(w); };
  EXPECT_EQ(sym(U"कमल"), U"क@म@ल@");
  EXPECT_EQ(sym(U"राज्य"), U"राज्य@");
  EXPECT_EQ(sym(U"ज़रा"), U"ज़@रा");   // the nukta stays with its consonant
  EXPECT_EQ(sym(U"अब"), U"अब@");      // an independent vowel has no candidate
  EXPECT_EQ(sym(U"सत्"), U"स@त्");   // a final halant removes the last schwa
}

}  // namespace
}  // namespace vachak::lang::hin
