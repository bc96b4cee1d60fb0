#include "lang/mal/words.h"

#include "lang/mal/number_words.h"

namespace vachak::lang::mal {

const SpeechWords& words() {
  // Malayalam's quarter amounts follow the number (ഏഴര); none comes before it, so 7:30
  // and 2.5 ലക്ഷം are said plainly.
  static const SpeechWords w = {
      "mal",
      [] { return std::unique_ptr<NumberWords>(new MalayalamNumberWords()); },
      {"ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ",
       "ഡിസംബർ"},
      "ഒപ്പം", "മുതൽ", "ശതമാനം", "പ്ലസ്", "രൂപ", "പൈസ",
      "മണി", "മണി", "മിനിറ്റ്", "സെക്കൻഡ്",
      nullptr, nullptr, nullptr, nullptr, nullptr,
      // ½ അര; others "a ബൈ b", as fractions are read aloud
      "അര", nullptr, nullptr, "ബൈ",
      {U"ലക്ഷം", U"കോടി", U"ആയിരം", U"million", U"billion", U"മില്യൺ", U"ബില്യൺ"},
      {U"എ.ഡി.", U"വർഷം"},
      {U"ൽ", U"ലെ", U"ആം", U"വർഷം"},
      {U"നമ്പർ", U"ഫോൺ", U"മൊബൈൽ", U"പിൻ", U"കോഡ്", U"OTP", U"No"},
      {U"ആം", U"-ആം", U"ാം", U"ാമത്തെ", U"ആമത്തെ"},
      {},
      {},
      {},
  };
  return w;
}

const PhoneRules& phone_rules() {
  // Malayalam says every inherent vowel; a word-final virama is a short u (samvruthokaram,
  // lang/indic/to_devanagari.cc); ം is m there too.
  static const PhoneRules r = {true, "ə", nullptr};
  return r;
}

}  // namespace vachak::lang::mal
