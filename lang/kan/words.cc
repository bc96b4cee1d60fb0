#include "lang/kan/words.h"

#include "lang/kan/number_words.h"

namespace vachak::lang::kan {

const SpeechWords& words() {
  // Kannada's quarter amounts follow the number (ಏಳೂವರೆ); none comes before it, so 7:30
  // and 2.5 ಲಕ್ಷ are said plainly.
  static const SpeechWords w = {
      "kan",
      [] { return std::unique_ptr<NumberWords>(new KannadaNumberWords()); },
      {"ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್",
       "ಡಿಸೆಂಬರ್"},
      "ಮತ್ತು", "ರಿಂದ", "ಪ್ರತಿಶತ", "ಪ್ಲಸ್", "ರೂಪಾಯಿ", "ಪೈಸೆ",
      "ಗಂಟೆ", "ಗಂಟೆ", "ನಿಮಿಷ", "ಸೆಕೆಂಡು",
      nullptr, nullptr, nullptr, nullptr, nullptr,
      // ½ ಅರ್ಧ; others "a ಬೈ b", as fractions are read aloud
      "ಅರ್ಧ", nullptr, nullptr, "ಬೈ",
      {U"ಲಕ್ಷ", U"ಕೋಟಿ", U"ಸಾವಿರ", U"million", U"billion", U"ಮಿಲಿಯನ್", U"ಬಿಲಿಯನ್"},
      {U"ಕ್ರಿ.ಶ.", U"ಇಸವಿ"},
      {U"ರಲ್ಲಿ", U"ನೇ", U"ಇಸವಿ", U"ಇಸವಿಯಲ್ಲಿ"},
      {U"ಸಂಖ್ಯೆ", U"ನಂಬರ್", U"ಫೋನ್", U"ಮೊಬೈಲ್", U"ಪಿನ್", U"ಕೋಡ್", U"OTP", U"No"},
      {U"ನೇ", U"ನೆಯ", U"-ನೇ"},
      {},
      {},
      {},
  };
  return w;
}

const PhoneRules& phone_rules() {
  // Kannada says every inherent vowel (a vowelless consonant is written with a virama).
  static const PhoneRules r = {true, "ə", nullptr};
  return r;
}

}  // namespace vachak::lang::kan
