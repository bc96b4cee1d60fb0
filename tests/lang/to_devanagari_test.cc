// The other Indic scripts read through their Devanagari counterparts (lang/indic): same
// offsets for the shared letters, the exceptions by hand. Expected spellings written from the
// Unicode charts, not from the code's output.
#include <gtest/gtest.h>

#include "lang/indic/to_devanagari.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang {
namespace {

std::string deva(const std::string& text) {
  auto cps = utf8_decode(text);
  EXPECT_TRUE(cps.is_ok());
  return utf8_encode(indic::to_devanagari(cps.value()));
}

TEST(ToDevanagari, SameOffsetLetters) {
  EXPECT_EQ(deva("ગુજરાતી"), "गुजराती");
  EXPECT_EQ(deva("ਪੰਜਾਬੀ"), "पंजाबी");
  EXPECT_EQ(deva("తెలుగు"), "तॆलुगु");  // Telugu's e is the short one: ॆ
  EXPECT_EQ(deva("ಕನ್ನಡ"), "कन्नड");
  EXPECT_EQ(deva("தமிழ்"), "तमिऴ्");
  EXPECT_EQ(deva("ଓଡ଼ିଆ"), "ओड़िआ");
  EXPECT_EQ(deva("नमस्ते hello"), "नमस्ते hello");  // Devanagari and Latin pass through
  EXPECT_EQ(deva("௧௨"), "१२");                      // digits too
}

TEST(ToDevanagari, Exceptions) {
  EXPECT_EQ(deva("ਸੱਤ"), "सत्त");          // addak doubles the next consonant
  EXPECT_EQ(deva("ਅੱਧਾ"), "अद्धा");        // an aspirate by its plain twin
  EXPECT_EQ(deva("ਪੰਜ"), "पंज");           // tippi: a nasal
  EXPECT_EQ(deva("মৎস্য"), "मत्स्स");       // khanda ta; ya-phala doubles
  EXPECT_EQ(deva("যদি"), "जदि");          // Bengali য is ja
  EXPECT_EQ(deva("ব্যবহার"), "बबहार");     // ya-phala after a word's first consonant: silent
  EXPECT_EQ(deva("বিদ্যা"), "बिद्दा");       // and doubling after a vowel
  EXPECT_EQ(deva("অম্বর"), "अम्बर");        // ম্ব stays mb
  EXPECT_EQ(deva("ৰাম"), "राम");           // Assamese ra
  EXPECT_EQ(deva("അവൻ"), "अवन्");          // Malayalam chillu n: a vowelless n
  EXPECT_EQ(deva("ଯାଅ"), "जाअ");           // Odia ଯ is ja
}

}  // namespace
}  // namespace vachak::lang
