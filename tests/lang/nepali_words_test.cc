// Nepali's number words and normalizer words (lang/nep). The numbers are checked against
// CLDR's Nepali spell-out rules through ICU (nepali_numbers.tsv, written by
// make_nepali_golden.py); the normalizer cases are written from Nepali usage, not from the
// code's output.
#include <gtest/gtest.h>

#include "lang/nep/words.h"
#include "tests/lang/golden_numbers.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = nep::words().make_numbers();
  return *n;
}

TEST(NepaliNumbers, AgreeWithCldr) { EXPECT_GT(check_golden_numbers("nepali_numbers.tsv", numbers()), 1000); }

TEST(NepaliNumbers, OwnChoices) {
  EXPECT_EQ(numbers().year(2024), "दुई हजार चौबिस");  // not ICU's बिस सय चौबिस
  EXPECT_EQ(numbers().year(2081), "दुई हजार एकासी");  // a Bikram Sambat year
  EXPECT_EQ(numbers().ordinal(1, true, false), "पहिली");
  EXPECT_EQ(numbers().ordinal(60, false, false), "साठीऔँ");
  EXPECT_EQ(numbers().ordinal(59, false, false), "उनन्साठीऔँ");  // ICU: उनन्साठीौँ, malformed
  EXPECT_EQ(numbers().cardinal(-5), "माइनस पाँच");
  EXPECT_EQ(numbers().decimal("3", "05"), "तिन दशमलव शून्य पाँच");
}

TEST(NepaliNormalizer, SaysNepaliWords) {
  EXPECT_EQ(said(nep::words(), "सन् 1947 मा"), "सन् उन्नाइस सय सतचालिस मा");
  EXPECT_EQ(said(nep::words(), "15/08/2024"), "पन्ध्र अगस्ट दुई हजार चौबिस");
  EXPECT_EQ(said(nep::words(), "14:20"), "चौध बजेर बिस मिनेट");
  EXPECT_EQ(said(nep::words(), "7:00"), "सात बजे");
  EXPECT_EQ(said(nep::words(), "₹1,250.50"), "एक हजार दुई सय पचास रुपैयाँ पचास पैसा");
  EXPECT_EQ(said(nep::words(), "रु 2.5 करोड"), "अढाई करोड रुपैयाँ");
  EXPECT_EQ(said(nep::words(), "18%"), "अठार प्रतिशत");
  EXPECT_EQ(said(nep::words(), "10-12 दिन"), "दस देखि बाह्र दिन");
  EXPECT_EQ(said(nep::words(), "21औँ शताब्दी"), "एक्काइसौँ शताब्दी");
  EXPECT_EQ(said(nep::words(), "1ली छोरी"), "पहिली छोरी");
  EXPECT_EQ(said(nep::words(), "2रो पटक"), "दोस्रो पटक");
  EXPECT_EQ(said(nep::words(), "नम्बर 98412"), "नम्बर नौ आठ चार एक दुई");
  EXPECT_EQ(said(nep::words(), "1½ घण्टा"), "डेढ घण्टा");
  EXPECT_EQ(said(nep::words(), "3/4"), "तिन चौथाइ");
  EXPECT_EQ(said(nep::words(), "-5°C"), "माइनस पाँच डिग्री सेल्सियस");
}

}  // namespace
}  // namespace vachak::lang
