#include "lang/pan/words.h"

#include "lang/pan/number_words.h"

namespace vachak::lang::pan {

const SpeechWords& words() {
  static const SpeechWords w = {
      "pan",
      [] { return std::unique_ptr<NumberWords>(new PunjabiNumberWords()); },
      {"ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"},
      "ਅਤੇ", "ਤੋਂ", "ਪ੍ਰਤੀਸ਼ਤ", "ਪਲੱਸ", "ਰੁਪਏ", "ਪੈਸੇ",
      "ਵਜੇ", "ਵੱਜ ਕੇ", "ਮਿੰਟ", "ਸਕਿੰਟ",
      "ਸਵਾ", "ਸਾਢੇ", "ਪੌਣੇ", "ਡੇਢ", "ਢਾਈ",
      "ਅੱਧਾ", "ਚੌਥਾਈ", "ਤਿਹਾਈ", "ਬਟਾ",
      {U"ਲੱਖ", U"ਕਰੋੜ", U"ਅਰਬ", U"ਹਜ਼ਾਰ", U"ਹਜਾਰ", U"million", U"billion", U"ਮਿਲੀਅਨ", U"ਬਿਲੀਅਨ"},
      {U"ਸੰਨ", U"ਸਾਲ", U"ਵਰ੍ਹੇ"},
      {U"ਵਿੱਚ", U"ਵਿਚ", U"ਤੋਂ", U"ਤੱਕ", U"ਦੇ", U"ਦੀ"},
      {U"ਨੰਬਰ", U"ਨੰ.", U"ਫ਼ੋਨ", U"ਫੋਨ", U"ਮੋਬਾਈਲ", U"ਪਿੰਨ", U"ਕੋਡ", U"OTP", U"No", U"ਖਾਤਾ"},
      {U"ਵਾਂ", U"ਲਾ", U"ਜਾ", U"ਥਾ"},
      {U"ਵੀਂ", U"ਲੀ", U"ਜੀ", U"ਥੀ"},
      {U"ਵੇਂ", U"ਲੇ", U"ਜੇ", U"ਥੇ"},
      {},
  };
  return w;
}

namespace {

// Punjabi lost the voiced aspirates: ਘ ਝ ਢ ਧ ਭ are said unaspirated, with a tone the voice
// cannot make (ਘਰ kàr); the closest it has is the plain voiced stop.
void punjabi_adjust(std::vector<std::string>& p) {
  for (std::string& x : p) {
    if (x == "ɡʱ") x = "ɡ";
    else if (x == "dʒʱ") x = "dʒ";
    else if (x == "ɖʱ") x = "ɖ";
    else if (x == "d̪ʱ") x = "d̪";
    else if (x == "bʱ") x = "b";
  }
}

}  // namespace

const PhoneRules& phone_rules() {
  static const PhoneRules r = {false, "ə", &punjabi_adjust};
  return r;
}

}  // namespace vachak::lang::pan
