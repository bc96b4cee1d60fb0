// Tamil's number words, normalizer words and letter rules (lang/tam), cases written from
// Tamil grammar and usage (number words as Tamil Nadu school books write them; stop
// voicing as the grammars describe it), not from the code's output.
#include <gtest/gtest.h>

#include "lang/tam/words.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = tam::words().make_numbers();
  return *n;
}

TEST(TamilNumbers, Cardinals) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "பூஜ்ஜியம்"}, {3, "மூன்று"}, {10, "பத்து"}, {11, "பதினொன்று"}, {12, "பன்னிரண்டு"},
      {19, "பத்தொன்பது"}, {20, "இருபது"}, {21, "இருபத்தொன்று"}, {22, "இருபத்திரண்டு"},
      {25, "இருபத்தைந்து"}, {27, "இருபத்தேழு"}, {34, "முப்பத்துநான்கு"}, {48, "நாற்பத்தெட்டு"},
      {50, "ஐம்பது"}, {66, "அறுபத்தாறு"}, {80, "எண்பது"}, {90, "தொண்ணூறு"}, {99, "தொண்ணூற்றொன்பது"},
      {100, "நூறு"}, {105, "நூற்று ஐந்து"}, {200, "இருநூறு"}, {300, "முந்நூறு"}, {500, "ஐந்நூறு"},
      {900, "தொள்ளாயிரம்"}, {1000, "ஆயிரம்"}, {2000, "இரண்டாயிரம்"}, {3000, "மூவாயிரம்"},
      {5000, "ஐயாயிரம்"}, {10000, "பத்தாயிரம்"}, {1947, "ஆயிரத்து தொள்ளாயிரத்து நாற்பத்தேழு"},
      {2024, "இரண்டாயிரத்து இருபத்துநான்கு"}, {100000, "ஒரு லட்சம்"}, {300000, "மூன்று லட்சம்"},
      {10000000, "ஒரு கோடி"}, {25000000, "இரண்டு கோடியே ஐம்பது லட்சம்"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(numbers().cardinal(n), words) << n;
  EXPECT_EQ(numbers().cardinal(-7), "மைனஸ் ஏழு");
}

TEST(TamilNumbers, OrdinalsDecimals) {
  EXPECT_EQ(numbers().ordinal(1, false, false), "முதலாவது");
  EXPECT_EQ(numbers().ordinal(2, false, false), "இரண்டாவது");
  EXPECT_EQ(numbers().ordinal(10, false, false), "பத்தாவது");
  EXPECT_EQ(numbers().ordinal(1000, false, false), "ஆயிரமாவது");
  EXPECT_EQ(numbers().ordinal(5, true, false), "ஐந்தாம்");  // the -ஆம் form (5ஆம் வகுப்பு)
  EXPECT_EQ(numbers().decimal("3", "14"), "மூன்று புள்ளி ஒன்று நான்கு");
}

TEST(TamilNormalizer, SaysTamilWords) {
  EXPECT_EQ(said(tam::words(), "1947ஆம் ஆண்டு"), "ஆயிரத்து தொள்ளாயிரத்து நாற்பத்தேழாம் ஆண்டு");
  EXPECT_EQ(said(tam::words(), "21வது"), "இருபத்தொன்றாவது");
  EXPECT_EQ(said(tam::words(), "15/08/1947"), "பதினைந்து ஆகஸ்ட் ஆயிரத்து தொள்ளாயிரத்து நாற்பத்தேழு");
  EXPECT_EQ(said(tam::words(), "14:20"), "பதினான்கு மணி இருபது நிமிடம்");
  EXPECT_EQ(said(tam::words(), "₹1,250.50"), "ஆயிரத்து இருநூற்று ஐம்பது ரூபாய் ஐம்பது பைசா");
  EXPECT_EQ(said(tam::words(), "18%"), "பதினெட்டு சதவீதம்");
  EXPECT_EQ(said(tam::words(), "10-12 நாட்கள்"), "பத்து முதல் பன்னிரண்டு நாட்கள்");
  // No quarter words before a number in Tamil: said plainly.
  EXPECT_EQ(said(tam::words(), "2.5 லட்சம்"), "இரண்டு புள்ளி ஐந்து லட்சம்");
  EXPECT_EQ(said(tam::words(), "1½"), "ஒன்று மற்றும் அரை");
  EXPECT_EQ(said(tam::words(), "3/4"), "மூன்று வகுத்தல் நான்கு");
  EXPECT_EQ(said(tam::words(), "எண் 98412"), "எண் ஒன்பது எட்டு நான்கு ஒன்று இரண்டு");
}

TEST(TamilPhones, InherentVowelKeptAndStopsVoicedByPosition) {
  EXPECT_EQ(phones(&tam::phone_rules(), "பல"), "p ə l ə");             // every inherent vowel said
  EXPECT_EQ(phones(&tam::phone_rules(), "மகன்"), "m ə ɡ ə n");         // k between vowels: ɡ
  EXPECT_EQ(phones(&tam::phone_rules(), "படம்"), "p ə ɖ ə m");         // ʈ between vowels: ɖ
  EXPECT_EQ(phones(&tam::phone_rules(), "பந்து"), "p ə n d̪ ʊ");        // after a nasal: voiced
  EXPECT_EQ(phones(&tam::phone_rules(), "அக்கா"), "ə k k aː");         // doubled: voiceless
  EXPECT_EQ(phones(&tam::phone_rules(), "சாப்பாடு"), "s aː p p aː ɖ ʊ");  // a word's first ச: s
  EXPECT_EQ(phones(&tam::phone_rules(), "ஒன்று"), "o n d̪ r ʊ");        // ன்ற: ndr
  EXPECT_EQ(phones(&tam::phone_rules(), "வெற்றி"), "ʋ e ʈ r ɪ");        // ற்ற: ʈr; short e
  EXPECT_EQ(phones(&tam::phone_rules(), "தமிழ்"), "t̪ ə m ɪ ɭ");         // ழ: the voice's closest, ɭ
  // A Devanagari word (a unit name from the normalizer's Hindi table) keeps Hindi's rules:
  // its final schwa goes, where Tamil's rule would say every one.
  EXPECT_EQ(phones(&tam::phone_rules(), "किलोमीटर"), "k ɪ l oː m iː ʈ ə r");
}

}  // namespace
}  // namespace vachak::lang
