// Bengali's number words, normalizer words and letter rules (lang/ben), cases written from
// Bengali number tables and usage, not from the code's output.
#include <gtest/gtest.h>

#include "lang/ben/words.h"
#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = ben::words().make_numbers();
  return *n;
}

std::string said(const std::string& text) {
  static const auto normalizer = indic::TextNormalizer::create(ben::words()).value();
  auto w = normalizer->normalize(text);
  EXPECT_TRUE(w.is_ok()) << text;
  std::string s;
  for (const std::string& x : w.value()) s += (s.empty() ? "" : " ") + x;
  return s;
}

TEST(BengaliNumbers, Cardinals) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "শূন্য"}, {6, "ছয়"}, {14, "চোদ্দ"}, {19, "উনিশ"}, {20, "কুড়ি"}, {29, "উনত্রিশ"},
      {45, "পঁয়তাল্লিশ"}, {50, "পঞ্চাশ"}, {52, "বাহান্ন"}, {64, "চৌষট্টি"}, {75, "পঁচাত্তর"},
      {82, "বিরাশি"}, {99, "নিরানব্বই"}, {100, "একশো"}, {200, "দুশো"}, {305, "তিনশো পাঁচ"},
      {1000, "এক হাজার"}, {2024, "দুই হাজার চব্বিশ"}, {100000, "এক লাখ"},
      {2500000, "পঁচিশ লাখ"}, {10000000, "এক কোটি"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(numbers().cardinal(n), words) << n;
  EXPECT_EQ(numbers().year(1947), "উনিশশো সাতচল্লিশ");
  EXPECT_EQ(numbers().ordinal(1, false, false), "প্রথম");
  EXPECT_EQ(numbers().ordinal(4, false, false), "চতুর্থ");
  EXPECT_EQ(numbers().ordinal(21, false, false), "একুশতম");
  EXPECT_EQ(numbers().decimal("3", "5"), "তিন দশমিক পাঁচ");
}

TEST(BengaliNormalizer, SaysBengaliWords) {
  EXPECT_EQ(said("১৯৪৭ সালে"), "উনিশশো সাতচল্লিশ সালে");  // Bengali digits too
  EXPECT_EQ(said("২১তম"), "একুশতম");
  EXPECT_EQ(said("15/08/1947"), "পনেরো আগস্ট উনিশশো সাতচল্লিশ");
  EXPECT_EQ(said("7:30 বাজে"), "সাড়ে সাত বাজে");
  EXPECT_EQ(said("₹১,২৫০.৫০"), "এক হাজার দুশো পঞ্চাশ টাকা পঞ্চাশ পয়সা");
  EXPECT_EQ(said("2.5 লাখ"), "আড়াই লাখ");
  EXPECT_EQ(said("৮৮%"), "আটাশি শতাংশ");
  EXPECT_EQ(said("10-12 দিন"), "দশ থেকে বারো দিন");
  EXPECT_EQ(said("1½"), "দেড়");
  EXPECT_EQ(said("3/4"), "তিন বাই চার");
  EXPECT_EQ(said("¾"), "তিন বাই চার");
}

std::string phones(const std::string& word) {
  static const auto g2p = hin::G2p::load(std::string(VACHAK_SOURCE_DIR) + "/models/tts/hin-schwa.vsch", "",
                                         &ben::phone_rules())
                              .value();
  auto p = g2p->phones(word);
  EXPECT_TRUE(p.is_ok()) << word;
  std::string s;
  for (const std::string& x : p.value()) s += (s.empty() ? "" : " ") + x;
  return s;
}

TEST(BengaliPhones, InherentVowelSibilantsAndPhalas) {
  EXPECT_EQ(phones("কলকাতা"), "k ɔ l k aː t̪ aː");  // inherent vowel ɔ
  EXPECT_EQ(phones("অনেক"), "ɔ n eː k");           // অ alone too; the final one dropped
  EXPECT_EQ(phones("বাংলা"), "b aː ŋ l aː");       // ং is ŋ
  EXPECT_EQ(phones("মানুষ"), "m aː n ʊ ʃ");        // ষ: ʃ
  EXPECT_EQ(phones("স্কুল"), "s k ʊ l");           // s before a stop
  EXPECT_EQ(phones("শ্রী"), "ʃ r iː");
  EXPECT_EQ(phones("বিদ্যালয়"), "b ɪ d̪ d̪ aː l ɔ j");  // ya-phala doubles; য় is y
  EXPECT_EQ(phones("যদি"), "dʒ ɔ d̪ ɪ");            // য is ja
}

}  // namespace
}  // namespace vachak::lang
