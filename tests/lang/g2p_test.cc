// Hindi G2P with the shipped schwa model: phones of words whose pronunciation is not in
// doubt, and the error paths.
#include <gtest/gtest.h>

#include "lang/hin/g2p.h"

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

TEST_F(HindiG2p, BadInput) {
  EXPECT_FALSE(g2p_->phones("\xff\xfe").is_ok());
  auto p = g2p_->phones("।,!");
  ASSERT_TRUE(p.is_ok());
  EXPECT_TRUE(p.value().empty());
  EXPECT_FALSE(G2p::load("/nonexistent/hin-schwa.vsch").is_ok());
}

}  // namespace
}  // namespace vachak::lang::hin
