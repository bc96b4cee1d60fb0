#include "lang/tel/words.h"

#include "lang/tel/number_words.h"

namespace vachak::lang::tel {

const SpeechWords& words() {
  // Telugu's quarter amounts follow the number (ఏడున్నర, రెండున్నర); none comes before
  // it, so 7:30 and 2.5 లక్షలు are said plainly.
  static const SpeechWords w = {
      "tel",
      [] { return std::unique_ptr<NumberWords>(new TeluguNumberWords()); },
      {"జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్",
       "డిసెంబర్"},
      "మరియు", "నుండి", "శాతం", "ప్లస్", "రూపాయలు", "పైసలు",
      "గంటలు", "గంటల", "నిమిషాలు", "సెకన్లు",
      nullptr, nullptr, nullptr, nullptr, nullptr,
      // ½ సగం; others "a బై b", as fractions are read aloud (మూడు బై నాలుగు)
      "సగం", nullptr, nullptr, "బై",
      {U"లక్ష", U"లక్షలు", U"లక్షల", U"కోటి", U"కోట్లు", U"కోట్ల", U"వేలు", U"వేల", U"million", U"billion",
       U"మిలియన్", U"బిలియన్"},
      {U"క్రీ.శ.", U"సంవత్సరం"},
      {U"లో", U"సంవత్సరం", U"సంవత్సరంలో", U"నాటికి"},
      {U"నంబర్", U"నెంబర్", U"నం.", U"ఫోన్", U"మొబైల్", U"పిన్", U"కోడ్", U"OTP", U"No"},
      {U"వ", U"వ.", U"-వ"},
      {},
      {},
      {},
  };
  return w;
}

const PhoneRules& phone_rules() {
  // Telugu says every inherent vowel (a vowelless consonant is written with a virama).
  static const PhoneRules r = {true, "ə", nullptr};
  return r;
}

}  // namespace vachak::lang::tel
