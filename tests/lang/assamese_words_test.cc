// Assamese's number words, normalizer words and letter rules (lang/asm), cases written from
// Assamese number tables and usage, not from the code's output.
#include <gtest/gtest.h>

#include "lang/asm/words.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = asm_::words().make_numbers();
  return *n;
}

TEST(AssameseNumbers, Cardinals) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "শূন্য"}, {3, "তিনি"}, {4, "চাৰি"}, {9, "ন"}, {29, "ঊনত্ৰিশ"}, {45, "পঁয়তাল্লিশ"},
      {50, "পঞ্চাশ"}, {60, "ষাঠি"}, {90, "নব্বৈ"}, {99, "নিৰানব্বৈ"}, {100, "এশ"}, {200, "দুশ"},
      {305, "তিনিশ পাঁচ"}, {1000, "এক হাজাৰ"}, {2024, "দুই হাজাৰ চৌবিশ"}, {100000, "এক লাখ"},
      {10000000, "এক কোটি"}, {-5, "মাইনাছ পাঁচ"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(numbers().cardinal(n), words) << n;
  EXPECT_EQ(numbers().year(1947), "ঊনৈশশ সাতচল্লিশ");
  EXPECT_EQ(numbers().ordinal(1, false, false), "প্ৰথম");
  EXPECT_EQ(numbers().ordinal(9, false, false), "নৱম");
  EXPECT_EQ(numbers().ordinal(21, false, false), "একৈশতম");
  EXPECT_EQ(numbers().decimal("3", "5"), "তিনি দশমিক পাঁচ");
}

// Number words that `../shared`'s Assamese text (Common Voice, FLORES dev) spells out: ours
// must be those spellings (ঊনৈশ and চৌবিশ with শ, পঁসত্তৰ, not Bengali's forms).
TEST(AssameseNumbers, CorpusAttestedForms) {
  const std::pair<int64_t, const char*> attested[] = {
      {10, "দহ"}, {11, "এঘাৰ"}, {12, "বাৰ"}, {13, "তেৰ"}, {14, "চৈধ্য"}, {15, "পোন্ধৰ"},
      {16, "ষোল্ল"}, {18, "ওঠৰ"}, {19, "ঊনৈশ"}, {20, "বিছ"}, {24, "চৌবিশ"}, {30, "ত্ৰিশ"},
      {35, "পঁয়ত্ৰিশ"}, {37, "সাতত্ৰিশ"}, {40, "চল্লিশ"}, {70, "সত্তৰ"}, {75, "পঁসত্তৰ"}, {80, "আশী"},
  };
  for (const auto& [n, words] : attested) EXPECT_EQ(numbers().cardinal(n), words) << n;
}

TEST(AssameseNormalizer, SaysAssameseWords) {
  EXPECT_EQ(said(asm_::words(), "১৯৪৭ চনত"), "ঊনৈশশ সাতচল্লিশ চনত");  // Bengali-Assamese digits
  EXPECT_EQ(said(asm_::words(), "৪৯ খন খেল"), "ঊনপঞ্চাশ খন খেল");
  EXPECT_EQ(said(asm_::words(), "২১তম"), "একৈশতম");
  EXPECT_EQ(said(asm_::words(), "15/08/1947"), "পোন্ধৰ আগষ্ট ঊনৈশশ সাতচল্লিশ");
  EXPECT_EQ(said(asm_::words(), "7:30 বজাত"), "সাৰে সাত বজাত");
  EXPECT_EQ(said(asm_::words(), "₹1,250.50"), "এক হাজাৰ দুশ পঞ্চাশ টকা পঞ্চাশ পইচা");
  EXPECT_EQ(said(asm_::words(), "2.5 লাখ"), "আঢ়ৈ লাখ");
  EXPECT_EQ(said(asm_::words(), "৮৮%"), "অষ্টাশী শতাংশ");
  EXPECT_EQ(said(asm_::words(), "10-12 দিন"), "দহ বা বাৰ দিন");
  EXPECT_EQ(said(asm_::words(), "1½"), "ডেৰ");
}

TEST(AssamesePhones, SibilantsPalatalsAndRa) {
  EXPECT_EQ(phones(&asm_::phone_rules(), "অসম"), "ɔ x ɔ m");   // স: x; the final inherent vowel dropped
  EXPECT_EQ(phones(&asm_::phone_rules(), "চাহ"), "s aː ɦ");     // চ: s
  EXPECT_EQ(phones(&asm_::phone_rules(), "জীৱন"), "z iː ʋ ɔ n");  // জ: z; ৱ
  EXPECT_EQ(phones(&asm_::phone_rules(), "স্কুল"), "s k ʊ l");   // s before a stop
  EXPECT_EQ(phones(&asm_::phone_rules(), "ৰাতি"), "r aː t̪ ɪ");   // ৰ
}

}  // namespace
}  // namespace vachak::lang
