// Marathi's number words and normalizer words (lang/mar), cases written from Marathi number
// tables and usage, not from the code's output; the numbers also checked against
// LibreOffice's Numbertext (marathi_numbers.tsv, written by make_marathi_golden.py).
#include <gtest/gtest.h>

#include "lang/mar/words.h"
#include "tests/lang/golden_numbers.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = mar::words().make_numbers();
  return *n;
}

TEST(MarathiNumbers, Cardinals) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "शून्य"}, {5, "पाच"}, {9, "नऊ"}, {11, "अकरा"}, {16, "सोळा"}, {19, "एकोणीस"}, {20, "वीस"},
      {29, "एकोणतीस"}, {33, "तेहतीस"}, {40, "चाळीस"}, {49, "एकोणपन्नास"}, {56, "छप्पन्न"},
      {64, "चौसष्ट"}, {75, "पंचाहत्तर"}, {80, "ऐंशी"}, {96, "शहाण्णव"}, {99, "नव्याण्णव"},
      {100, "शंभर"}, {105, "एकशे पाच"}, {250, "दोनशे पन्नास"}, {900, "नऊशे"}, {1000, "एक हजार"},
      {1100, "एक हजार शंभर"}, {2026, "दोन हजार सव्वीस"}, {45678, "पंचेचाळीस हजार सहाशे अठ्ठ्याहत्तर"},
      {100000, "एक लाख"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(numbers().cardinal(n), words) << n;
  EXPECT_EQ(numbers().cardinal(350000), "तीन लाख पन्नास हजार");
  EXPECT_EQ(numbers().cardinal(10000000), "एक कोटी");
  EXPECT_EQ(numbers().cardinal(123456789), "बारा कोटी चौतीस लाख छप्पन्न हजार सातशे एकोणनव्वद");
  EXPECT_EQ(numbers().cardinal(1000000000), "एक अब्ज");
  EXPECT_EQ(numbers().cardinal(-12), "उणे बारा");
}

TEST(MarathiNumbers, AgreeWithNumbertext) {
  EXPECT_GT(check_golden_numbers("marathi_numbers.tsv", numbers()), 1000);
}

TEST(MarathiNumbers, YearsOrdinalsDecimals) {
  EXPECT_EQ(numbers().year(1947), "एकोणीसशे सत्तेचाळीस");
  EXPECT_EQ(numbers().year(1800), "अठराशे");
  EXPECT_EQ(numbers().year(2024), "दोन हजार चोवीस");
  EXPECT_EQ(numbers().ordinal(1, false, false), "पहिला");
  EXPECT_EQ(numbers().ordinal(2, true, false), "दुसरी");
  EXPECT_EQ(numbers().ordinal(3, false, true), "तिसऱ्या");
  EXPECT_EQ(numbers().ordinal(5, false, false), "पाचवा");
  EXPECT_EQ(numbers().ordinal(9, false, false), "नववा");
  EXPECT_EQ(numbers().ordinal(10, false, false), "दहावा");
  EXPECT_EQ(numbers().ordinal(20, false, false), "विसावा");
  EXPECT_EQ(numbers().ordinal(21, true, false), "एकविसावी");
  EXPECT_EQ(numbers().ordinal(40, false, true), "चाळिसाव्या");
  EXPECT_EQ(numbers().ordinal(100, false, false), "शंभरावा");
  EXPECT_EQ(numbers().decimal("3", "05"), "तीन पूर्णांक शून्य पाच");
}

TEST(MarathiNormalizer, SaysMarathiWords) {
  EXPECT_EQ(said(mar::words(), "सन 1947 मध्ये"), "सन एकोणीसशे सत्तेचाळीस मध्ये");
  EXPECT_EQ(said(mar::words(), "15/08/1947"), "पंधरा ऑगस्ट एकोणीसशे सत्तेचाळीस");
  EXPECT_EQ(said(mar::words(), "14:20"), "चौदा वाजून वीस मिनिटे");
  EXPECT_EQ(said(mar::words(), "7:00"), "सात वाजता");
  EXPECT_EQ(said(mar::words(), "10:30 वाजता"), "साडे दहा वाजता");
  EXPECT_EQ(said(mar::words(), "₹1,250.50"), "एक हजार दोनशे पन्नास रुपये पन्नास पैसे");
  EXPECT_EQ(said(mar::words(), "₹2.5 कोटी"), "अडीच कोटी रुपये");
  EXPECT_EQ(said(mar::words(), "18%"), "अठरा टक्के");
  EXPECT_EQ(said(mar::words(), "10-12 दिवस"), "दहा ते बारा दिवस");
  EXPECT_EQ(said(mar::words(), "21वे शतक"), "एकविसावे शतक");
  EXPECT_EQ(said(mar::words(), "5वा दिवस"), "पाचवा दिवस");
  EXPECT_EQ(said(mar::words(), "2ऱ्या फेरीत"), "दुसऱ्या फेरीत");
  EXPECT_EQ(said(mar::words(), "1ली इयत्ता"), "पहिली इयत्ता");
  EXPECT_EQ(said(mar::words(), "क्रमांक 12345"), "क्रमांक एक दोन तीन चार पाच");
  EXPECT_EQ(said(mar::words(), "1½ तास"), "दीड तास");
  EXPECT_EQ(said(mar::words(), "3/4"), "तीन पाव");
  EXPECT_EQ(said(mar::words(), "राम & श्याम"), "राम आणि श्याम");
}

}  // namespace
}  // namespace vachak::lang
