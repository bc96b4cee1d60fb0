// Odia's number words, normalizer words and letter rules (lang/ori), cases written from Odia
// number tables and usage, not from the code's output (the whole 0-99 table is also checked
// in sound against espeak-ng's Odia: tests/lang/check_odia_numbers.py).
#include <gtest/gtest.h>

#include "lang/ori/words.h"
#include "tests/lang/speech_helpers.h"

namespace vachak::lang {
namespace {

const NumberWords& numbers() {
  static const auto n = ori::words().make_numbers();
  return *n;
}

TEST(OdiaNumbers, Cardinals) {
  const std::pair<int64_t, const char*> cases[] = {
      {0, "ଶୂନ୍ୟ"}, {6, "ଛଅ"}, {9, "ନଅ"}, {16, "ଷୋହଳ"}, {19, "ଉଣେଇଶି"}, {20, "କୋଡ଼ିଏ"},
      {21, "ଏକୋଇଶି"}, {29, "ଅଣତିରିଶି"}, {35, "ପଇଁତିରିଶି"}, {40, "ଚାଳିଶି"}, {50, "ପଚାଶ"},
      {52, "ବାଉନ"}, {60, "ଷାଠିଏ"}, {70, "ସତୁରୀ"}, {80, "ଅଶୀ"}, {90, "ନବେ"}, {99, "ଅନେଶତ"},
      {100, "ଏକ ଶହ"}, {305, "ତିନି ଶହ ପାଞ୍ଚ"}, {1000, "ଏକ ହଜାର"}, {2024, "ଦୁଇ ହଜାର ଚବିଶି"},
      {100000, "ଏକ ଲକ୍ଷ"}, {2500000, "ପଚିଶି ଲକ୍ଷ"}, {10000000, "ଏକ କୋଟି"}, {-5, "ମାଇନସ ପାଞ୍ଚ"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(numbers().cardinal(n), words) << n;
  EXPECT_EQ(numbers().year(1947), "ଏକ ହଜାର ନଅ ଶହ ସତଚାଳିଶି");
  EXPECT_EQ(numbers().ordinal(1, false, false), "ପ୍ରଥମ");
  EXPECT_EQ(numbers().ordinal(2, false, false), "ଦ୍ୱିତୀୟ");
  EXPECT_EQ(numbers().ordinal(21, false, false), "ଏକୋଇଶିତମ");
  EXPECT_EQ(numbers().decimal("3", "5"), "ତିନି ଦଶମିକ ପାଞ୍ଚ");
}

TEST(OdiaNormalizer, SaysOdiaWords) {
  EXPECT_EQ(said(ori::words(), "୧୯୪୭ ମସିହାରେ"), "ଏକ ହଜାର ନଅ ଶହ ସତଚାଳିଶି ମସିହାରେ");  // Odia digits too
  EXPECT_EQ(said(ori::words(), "୪୯ ଟି ଖେଳ"), "ଅଣଚାଶ ଟି ଖେଳ");
  EXPECT_EQ(said(ori::words(), "21ତମ"), "ଏକୋଇଶିତମ");
  EXPECT_EQ(said(ori::words(), "15/08/1947"), "ପନ୍ଦର ଅଗଷ୍ଟ ଏକ ହଜାର ନଅ ଶହ ସତଚାଳିଶି");
  EXPECT_EQ(said(ori::words(), "ଠିକ୍ 11.00ଟା ପରେ"), "ଠିକ୍ ଏଗାର ଟା ପରେ");  // h.mm glued to ଟା: a time
  EXPECT_EQ(said(ori::words(), "7:30 ଟା"), "ସାଢ଼େ ସାତ ଟା");
  EXPECT_EQ(said(ori::words(), "₹1,250.50"), "ଏକ ହଜାର ଦୁଇ ଶହ ପଚାଶ ଟଙ୍କା ପଚାଶ ପଇସା");
  EXPECT_EQ(said(ori::words(), "2.5 ଲକ୍ଷ"), "ଅଢ଼େଇ ଲକ୍ଷ");
  EXPECT_EQ(said(ori::words(), "88%"), "ଅଠାଅଶୀ ପ୍ରତିଶତ");
  EXPECT_EQ(said(ori::words(), "10-12 ଦିନ"), "ଦଶ ରୁ ବାର ଦିନ");
  EXPECT_EQ(said(ori::words(), "1½"), "ଦେଢ଼");
  EXPECT_EQ(said(ori::words(), "3/4"), "ତିନି ବଟା ଚାରି");
}

TEST(OdiaPhones, InherentVowelKeptAndOneSibilant) {
  EXPECT_EQ(phones(&ori::phone_rules(), "ଘର"), "ɡʱ ɔ r ɔ");            // the final inherent vowel is said
  EXPECT_EQ(phones(&ori::phone_rules(), "ସମ୍ବାଦ"), "s ɔ m b aː d̪ ɔ");  // none after a virama
  EXPECT_EQ(phones(&ori::phone_rules(), "ଭାଷା"), "bʱ aː s aː");        // ଷ: s
  EXPECT_EQ(phones(&ori::phone_rules(), "ଦେଶ"), "d̪ eː s ɔ");           // ଶ: s
  EXPECT_EQ(phones(&ori::phone_rules(), "ଯାତ୍ରା"), "dʒ aː t̪ r aː");     // ଯ is ja
  EXPECT_EQ(phones(&ori::phone_rules(), "ୟୁନିଟ"), "j ʊ n ɪ ʈ ɔ");       // ୟ is ya
  EXPECT_EQ(phones(&ori::phone_rules(), "ଓଡ଼ିଆ"), "oː ɽ ɪ aː");
}

}  // namespace
}  // namespace vachak::lang
