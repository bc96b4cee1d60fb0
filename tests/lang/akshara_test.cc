#include <gtest/gtest.h>

#include "lang/deva/akshara.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang::deva {
namespace {

std::string joined(const char* text) {
  std::string out;
  for (const auto& a : split_aksharas(utf8_decode(text).value())) out += (out.empty() ? "" : "|") + utf8_encode(a);
  return out;
}

TEST(Akshara, ConjunctsVowelSignsAndMarks) {
  EXPECT_EQ(joined("धर्मस्य"), "ध|र्म|स्य");
  EXPECT_EQ(joined("क्षत्रिय"), "क्ष|त्रि|य");
  EXPECT_EQ(joined("संस्कृत"), "सं|स्कृ|त");
  EXPECT_EQ(joined("हँसना"), "हँ|स|ना");
  EXPECT_EQ(joined("दुःख"), "दुः|ख");
  EXPECT_EQ(joined("ज़िंदगी"), "ज़िं|द|गी");  // nukta (decomposed, as NFC keeps it)
  EXPECT_EQ(joined("आओ"), "आ|ओ");
  EXPECT_EQ(joined("वाक्"), "वा|क्");  // a final halant stays with its consonant
  EXPECT_EQ(joined("ॐ राम"), "ॐ| |रा|म");
  EXPECT_EQ(joined("ळ ऋषि"), "ळ| |ऋ|षि");
  EXPECT_EQ(joined("स्त्री"), "स्त्री");
}

TEST(Akshara, OtherScriptsAndStrayMarks) {
  EXPECT_EQ(joined("A1 २"), "A|1| |२");
  EXPECT_EQ(joined("ािक"), "ाि|क");  // signs with no consonant before them form one segment
}

TEST(Akshara, BoundariesForCuttingText) {
  EXPECT_TRUE(akshara_boundary(U'क', U'म'));
  EXPECT_TRUE(akshara_boundary(U'ि', U'क'));
  EXPECT_TRUE(akshara_boundary(U'a', U'b'));
  EXPECT_FALSE(akshara_boundary(U'क', U'ि'));     // vowel sign
  EXPECT_FALSE(akshara_boundary(U'क', kVirama));
  EXPECT_FALSE(akshara_boundary(kVirama, U'ष'));  // a conjunct
  EXPECT_FALSE(akshara_boundary(U'क', kNukta));
  EXPECT_FALSE(akshara_boundary(U'ह', U'ँ'));
  EXPECT_FALSE(akshara_boundary(U'e', 0x0301));   // a combining accent
}

}  // namespace
}  // namespace vachak::lang::deva
