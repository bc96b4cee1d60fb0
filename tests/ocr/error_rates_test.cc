#include <gtest/gtest.h>

#include "lang/unicode/utf8.h"
#include "pipelines/ocr/eval/error_rates.h"

namespace vachak::ocr {
namespace {

std::u32string u(const char* s) { return lang::utf8_decode(s).value(); }

TEST(ErrorRates, DroppedMatraAndReph) {
  // धर्मस्य read as धस्य: र्म (3 code points) lost -> 3 errors over 7.
  const EditCounts c = character_errors(u("धस्य"), u("धर्मस्य"));
  EXPECT_EQ(c.errors, 3u);
  EXPECT_EQ(c.reference, 7u);
  const EditCounts w = word_errors(u("राम  घर\nगया"), u("राम घर गया"));
  EXPECT_EQ(w.errors, 0u);
  EXPECT_EQ(word_errors(u("राम गया"), u("राम घर गया")).errors, 1u);
}

TEST(ErrorRates, WhitespaceFoldsAndEmptyReference) {
  EXPECT_EQ(fold_whitespace(u("  a \n\t b  ")), u("a b"));
  EXPECT_EQ(character_errors(u(""), u("")).rate(), 0.0);
  EXPECT_EQ(character_errors(u("x"), u("")).rate(), 1.0);
}

TEST(Utf8, RoundTripAndRefusals) {
  const std::string s = "क़ ₹ 😀 a";
  auto d = lang::utf8_decode(s);
  ASSERT_TRUE(d.is_ok());
  EXPECT_EQ(lang::utf8_encode(d.value()), s);
  EXPECT_FALSE(lang::utf8_decode("\xC0\xAF").is_ok());        // overlong '/'
  EXPECT_FALSE(lang::utf8_decode("\xED\xA0\x80").is_ok());    // surrogate
  EXPECT_FALSE(lang::utf8_decode("\xE0\xA4").is_ok());        // cut short
  EXPECT_FALSE(lang::utf8_decode("\xFF").is_ok());
  EXPECT_NE(lang::utf8_decode("ab\xE0\xA4").status().message().find("offset 2"), std::string::npos);
  // The bad byte in hexadecimal (it was printed as "0x255").
  EXPECT_NE(lang::utf8_decode("a\xFF").status().message().find("byte 0xFF at offset 1"), std::string::npos)
      << lang::utf8_decode("a\xFF").status().message();
}

}  // namespace
}  // namespace vachak::ocr
