// Hindi G2P with the shipped schwa model: phones of words whose pronunciation is not in
// doubt, and the error paths.
#include <gtest/gtest.h>

#include "lang/hin/g2p.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang::hin {
namespace {

class HindiG2p : public ::testing::Test {
 protected:
  void SetUp() override {
    auto g = G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch");
    ASSERT_TRUE(g.is_ok()) << g.status().message();
    g2p_ = std::move(g).value();
  }
  std::string ipa(const std::string& word) {
    auto p = g2p_->phones(word);
    EXPECT_TRUE(p.is_ok()) << word;
    std::string out;
    if (!p.is_ok()) return out;
    for (size_t i = 0; i < p.value().size(); ++i) out += (i ? " " : "") + p.value()[i];
    return out;
  }
  std::unique_ptr<G2p> g2p_;
};

TEST_F(HindiG2p, DeletesFinalAndMedialSchwas) {
  EXPECT_EQ(ipa("कमल"), "k ə m ə l");            // final deleted
  EXPECT_EQ(ipa("समझना"), "s ə m ə dʒʱ n aː");   // medial deleted before a syllable
  EXPECT_EQ(ipa("बचपन"), "b ə tʃ p ə n");
  EXPECT_EQ(ipa("राज्य"), "r aː dʒ j ə");         // kept after a final conjunct
}

TEST_F(HindiG2p, KeepsTheFirstSyllableSchwa) {
  EXPECT_EQ(ipa("न"), "n ə");
  EXPECT_EQ(ipa("घर"), "ɡʱ ə r");
}

TEST_F(HindiG2p, NasalsNuktaVisargaHalant) {
  EXPECT_EQ(ipa("हँसना"), "ɦ ə̃ s n aː");          // chandrabindu nasalizes
  EXPECT_EQ(ipa("गंगा"), "ɡ ə ŋ ɡ aː");            // anusvara before a velar stop
  EXPECT_EQ(ipa("संत"), "s ə n t̪");               // ... before a dental stop
  EXPECT_EQ(ipa("हैं"), "ɦ ɛː̃");                  // ... word-final: a nasal vowel
  EXPECT_EQ(ipa("ज़रूर"), "z ə r uː r");            // nukta
  EXPECT_EQ(ipa("\u0915\u093c\u093e\u0928\u0942\u0928"), "q aː n uː n");
  EXPECT_EQ(ipa("दुःख"), "d̪ ʊ ɦ kʰ");             // visarga
  EXPECT_EQ(ipa("सत्"), "s ə t̪");                 // halant
}

TEST_F(HindiG2p, LatinWordsAreTransliteratedNotDropped) {
  EXPECT_FALSE(ipa("computer").empty());
  EXPECT_EQ(ipa("ok"), "o k");
}

// ॸ..ॿ (Marwari, Sindhi, Kashmiri letters) used to give an empty phone, which the voice
// refused, failing the whole call: each is now the closest phone the voice has.
TEST_F(HindiG2p, RareLettersGetTheClosestPhone) {
  EXPECT_EQ(ipa("ॻ"), "ɡ ə");
  EXPECT_EQ(ipa("ॼ"), "dʒ ə");
  EXPECT_EQ(ipa("ॾ"), "ɖ ə");
  EXPECT_EQ(ipa("ॿ"), "b ə");
  EXPECT_EQ(ipa("ॹ"), "z ə");
  EXPECT_EQ(ipa("ॺ"), "j ə");
  EXPECT_EQ(ipa("ॸ"), "ɖ ə");
  EXPECT_EQ(ipa("ॽ"), "ə");  // the glottal stop: its vowel only
  EXPECT_EQ(ipa("ॐ"), "oː m");
  EXPECT_EQ(ipa("ऌ"), "l ɪ");
  EXPECT_EQ(ipa("ॷ"), "iː");
}

// No code point of the Devanagari block, alone, after a consonant or before a vowel
// sign, yields an empty phone.
TEST_F(HindiG2p, NoCodePointGivesAnEmptyPhone) {
  for (char32_t c = 0x0900; c <= 0x097F; ++c) {
    const std::string one = utf8_encode(std::u32string(1, c));
    for (const std::string& word : {one, "क" + one, one + "ा", "अ" + one + "क"}) {
      auto p = g2p_->phones(word);
      ASSERT_TRUE(p.is_ok()) << word;
      for (const std::string& phone : p.value()) EXPECT_FALSE(phone.empty()) << "U+" << std::hex << uint32_t(c) << " in " << word;
    }
  }
}

TEST_F(HindiG2p, BadInput) {
  EXPECT_FALSE(g2p_->phones("\xff\xfe").is_ok());
  auto p = g2p_->phones("।,!");
  ASSERT_TRUE(p.is_ok());
  EXPECT_TRUE(p.value().empty());
  EXPECT_FALSE(G2p::load("/nonexistent/hin-schwa.vsch").is_ok());
}

}  // namespace
}  // namespace vachak::lang::hin
