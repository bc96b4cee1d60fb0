// The English lexicon (models/tts/hin-english.vlex) against the Python builder's own
// phones (tests/lang/english_lexicon_golden.tsv, written by build_english_lexicon.py
// --golden), the G2P's use of it, and damaged files.
#include "lang/hin/english_lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "lang/hin/g2p.h"

namespace vachak::lang::hin {
namespace {

const std::string kLexicon = std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-english.vlex";

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
  return s;
}

std::vector<uint8_t> file_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

TEST(EnglishLexicon, GivesThePhonesTheBuilderWrote) {
  auto lex = EnglishLexicon::load(kLexicon);
  ASSERT_TRUE(lex.is_ok()) << lex.status().message();
  EXPECT_GT(lex.value()->size(), 30000u);
  std::ifstream golden(std::string(VACHAK_SOURCE_DIR) + "/tests/lang/english_lexicon_golden.tsv");
  size_t checked = 0;
  for (std::string line; std::getline(golden, line);) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::vector<std::string> phones;
    ASSERT_TRUE(lex.value()->lookup(line.substr(0, tab), phones)) << line.substr(0, tab);
    EXPECT_EQ(joined(phones), line.substr(tab + 1)) << line.substr(0, tab);
    ++checked;
  }
  EXPECT_GT(checked, 200u);
}

TEST(EnglishLexicon, MissesAreMisses) {
  auto lex = EnglishLexicon::load(kLexicon);
  ASSERT_TRUE(lex.is_ok());
  std::vector<std::string> phones;
  for (const char* w : {"", "a", "aaaaaaaaaaaa", "qzxv", "zzzzzzzz", "googl", "googlee", "Google"})
    EXPECT_FALSE(lex.value()->lookup(w, phones)) << w;
  EXPECT_TRUE(phones.empty());
}

TEST(EnglishLexicon, DamagedFilesAreRefused) {
  const std::vector<uint8_t> good = file_bytes(kLexicon);
  ASSERT_GT(good.size(), 1000u);
  auto refused = [](std::vector<uint8_t> bytes) { return !EnglishLexicon::from_bytes(std::move(bytes), "x").is_ok(); };
  EXPECT_TRUE(refused({}));
  EXPECT_TRUE(refused(std::vector<uint8_t>(good.begin(), good.begin() + 100)));  // truncated
  std::vector<uint8_t> b = good;
  b[0] = 'X';
  EXPECT_TRUE(refused(b));  // magic
  b = good;
  b[12] = 0xFF, b[13] = 0xFF, b[14] = 0xFF, b[15] = 0x7F;  // block count
  EXPECT_TRUE(refused(b));
  b = good;
  const size_t index = b[28] | b[29] << 8 | b[30] << 16 | static_cast<size_t>(b[31]) << 24;
  b[index + 4] = 0xFF, b[index + 5] = 0xFF, b[index + 6] = 0xFF, b[index + 7] = 0x00;  // block 1 past the end
  EXPECT_TRUE(refused(b));
}

TEST(EnglishLexicon, DamagedEntriesAreMissesNotReadsOutside) {
  std::vector<uint8_t> b = file_bytes(kLexicon);
  const size_t blocks = b[32] | b[33] << 8 | b[34] << 16 | static_cast<size_t>(b[35]) << 24;
  for (size_t i = blocks; i < b.size(); i += 7) b[i] = 0xFF;  // every seventh byte of the entries
  auto lex = EnglishLexicon::from_bytes(std::move(b), "damaged");
  ASSERT_TRUE(lex.is_ok());
  std::vector<std::string> phones;
  for (const char* w : {"about", "google", "search", "zoo", "the"}) (void)lex.value()->lookup(w, phones);
  for (const std::string& p : phones) EXPECT_FALSE(p.empty());
}

TEST(EnglishLexicon, TheG2pSaysEnglishWordsFromIt) {
  auto g2p = G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch", kLexicon);
  ASSERT_TRUE(g2p.is_ok()) << g2p.status().message();
  auto ipa = [&](const char* w) { return joined(g2p.value()->phones(w).value()); };
  EXPECT_EQ(ipa("search"), "s ə r tʃ");
  EXPECT_EQ(ipa("Google"), "ɡ uː ɡ ə l");        // case folded
  EXPECT_EQ(ipa("doctor"), "ɖ ɔ k ʈ ə r");       // retroflex t/d, the o of doctor
  EXPECT_EQ(ipa("think"), "t̪ʰ ɪ ŋ k");
  EXPECT_EQ(ipa("mobile"), "m oː b aː ɪ l");     // as India says it (the supplement)
  EXPECT_EQ(ipa("xyzzyq"), "ks j z z j k");      // unlisted: the letter rules
  EXPECT_EQ(ipa("BlackRock"), "b l ɛː k r ɔ k");  // a compound of two listed words
  EXPECT_EQ(ipa("Sharma"), "ʃ ə r m aː");         // an Indian name: a is ə, long at the end
  using S = G2p::LatinSource;
  EXPECT_EQ(g2p.value()->latin_source("search"), S::kLexicon);
  EXPECT_EQ(g2p.value()->latin_source("smartwatch"), S::kCompound);
  EXPECT_EQ(g2p.value()->latin_source("Mahindra"), S::kLetters);
  EXPECT_FALSE(G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch", "/nonexistent.vlex").is_ok());
}

}  // namespace
}  // namespace vachak::lang::hin
