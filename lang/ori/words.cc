#include "lang/ori/words.h"

#include "lang/ori/number_words.h"

namespace vachak::lang::ori {

const SpeechWords& words() {
  static const SpeechWords w = {
      "ori",
      [] { return std::unique_ptr<NumberWords>(new OdiaNumberWords()); },
      {"ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଏପ୍ରିଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର",
       "ଡିସେମ୍ବର"},
      "ଏବଂ", "ରୁ", "ପ୍ରତିଶତ", "ପ୍ଲସ", "ଟଙ୍କା", "ପଇସା",
      // 7:00 ସାତଟା (ଟା said as a word after the hour), 2:20 ଦୁଇଟା ବାଜି କୋଡ଼ିଏ ମିନିଟ
      "ଟା", "ବାଜି", "ମିନିଟ", "ସେକେଣ୍ଡ",
      "ସୱା", "ସାଢ଼େ", "ପାଉଣେ", "ଦେଢ଼", "ଅଢ଼େଇ",
      // ½ ଅଧା; quarters and thirds "a ବଟା b", as fractions are read aloud
      "ଅଧା", nullptr, nullptr, "ବଟା",
      {U"ଲକ୍ଷ", U"କୋଟି", U"ହଜାର", U"million", U"billion", U"ମିଲିୟନ", U"ବିଲିୟନ"},
      {U"ସନ", U"ସାଲ", U"ଖ୍ରୀଷ୍ଟାବ୍ଦ"},
      {U"ମସିହା", U"ମସିହାରେ", U"ମସିହାର", U"ସାଲରେ", U"ଖ୍ରୀଷ୍ଟାବ୍ଦରେ", U"ରୁ"},
      {U"ନମ୍ବର", U"ନଂ", U"ନଂ.", U"ଫୋନ", U"ମୋବାଇଲ", U"ପିନ", U"କୋଡ", U"OTP", U"No", U"ଆକାଉଣ୍ଟ"},
      // 1ମ, 2ୟ, 4ର୍ଥ, 6ଷ୍ଠ, 21ତମ
      {U"ତମ", U"ମ", U"ୟ", U"ର୍ଥ", U"ଷ୍ଠ"},
      {},
      {},
      {},
  };
  return w;
}

namespace {

// Odia says its three sibilants ଶ ଷ ସ alike, as s.
void odia_adjust(std::vector<std::string>& p) {
  for (std::string& x : p)
    if (x == "ʃ" || x == "ʂ") x = "s";
}

}  // namespace

// Odia keeps its inherent vowel, ɔ, at a word's end too (ଘର ɡʱɔrɔ); a consonant without one
// is written with a virama. ଯ is ja and ୟ ya (lang/indic/to_devanagari.cc).
const PhoneRules& phone_rules() {
  static const PhoneRules r = {true, "ɔ", &odia_adjust};
  return r;
}

}  // namespace vachak::lang::ori
