// What sd_vachak does to a message's text: punctuation and spelling modes touch the
// character data only; CHAR and KEY become speakable SSML.
#include <gtest/gtest.h>

#include "apps/sd_vachak/ssml_text.h"

namespace vachak::sd {
namespace {

using lang::hin::PunctuationMode;

TEST(SdText, PunctuationModesNameMarksInTextOnly) {
  const std::string doc = "<speak>नमस्ते, (दुनिया)! <mark name=\"a,b\"/>a &amp; b</speak>";
  EXPECT_EQ(apply_reading_modes(doc, PunctuationMode::kNone, false), doc);
  EXPECT_EQ(apply_reading_modes(doc, PunctuationMode::kSome, false), doc);
  EXPECT_EQ(apply_reading_modes(doc, PunctuationMode::kMost, false),
            "<speak>नमस्ते,  कोष्ठक खुला दुनिया कोष्ठक बंद ! <mark name=\"a,b\"/>a  ऐंड  b</speak>");
  EXPECT_EQ(apply_reading_modes(doc, PunctuationMode::kAll, false),
            "<speak>नमस्ते अल्पविराम   कोष्ठक खुला दुनिया कोष्ठक बंद  विस्मयादिबोधक चिह्न  <mark name=\"a,b\"/>a  ऐंड  b</speak>");
}

TEST(SdText, SpellingSplitsAksharas) {
  EXPECT_EQ(apply_reading_modes("<speak>क्षत्रिय ok</speak>", PunctuationMode::kNone, true),
            "<speak>क्ष त्रि य  o k </speak>");
}

TEST(SdText, CharAndKeyNames) {
  EXPECT_EQ(char_ssml(","), "<speak><say-as interpret-as=\"characters\">अल्पविराम</say-as></speak>");
  EXPECT_EQ(char_ssml("space"), "<speak><say-as interpret-as=\"characters\">स्पेस</say-as></speak>");
  EXPECT_EQ(char_ssml("<"), "<speak><say-as interpret-as=\"characters\">से कम</say-as></speak>");
  EXPECT_EQ(key_ssml("shift_control_a"), "<speak>शिफ़्ट कंट्रोल a</speak>");
  EXPECT_EQ(key_ssml("enter"), "<speak>एंटर</speak>");
}

}  // namespace
}  // namespace vachak::sd
