#include "lang/tam/words.h"

#include "lang/tam/number_words.h"

namespace vachak::lang::tam {

const SpeechWords& words() {
  // Tamil puts quarter amounts after the number (ஏழரை, ஏழேகால்) and says fractions
  // "b-இல் a"; it has no quarter words before a number, so those stay empty: 7:30 is said
  // ஏழு மணி முப்பது நிமிடம், 2.5 லட்சம் இரண்டு புள்ளி ஐந்து லட்சம், 1/4 ஒன்று வகுத்தல் நான்கு.
  static const SpeechWords w = {
      "tam",
      [] { return std::unique_ptr<NumberWords>(new TamilNumberWords()); },
      {"ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்",
       "டிசம்பர்"},
      "மற்றும்", "முதல்", "சதவீதம்", "பிளஸ்", "ரூபாய்", "பைசா",
      "மணி", "மணி", "நிமிடம்", "வினாடி",
      nullptr, nullptr, nullptr, nullptr, nullptr,
      "அரை", nullptr, nullptr, "வகுத்தல்",
      {U"லட்சம்", U"கோடி", U"ஆயிரம்", U"million", U"billion", U"மில்லியன்", U"பில்லியன்"},
      {U"கி.பி.", U"கி.மு.", U"ஆண்டு"},
      {U"ஆம்", U"ஆண்டு", U"ல்", U"இல்"},
      {U"எண்", U"நம்பர்", U"தொலைபேசி", U"கைபேசி", U"மொபைல்", U"பின்", U"OTP", U"No"},
      {U"வது", U"ஆவது", U"-வது", U"-ஆவது"},
      {U"ஆம்", U"-ஆம்", U"ம்"},
      {},
      {},
  };
  return w;
}

namespace {

// A vowel phone of the voice, nasalized or not.
bool is_vowel(const std::string& p) {
  const std::string tilde = "\u0303";
  const bool nasal = p.size() > tilde.size() && p.compare(p.size() - tilde.size(), tilde.size(), tilde) == 0;
  return is_vowel_phone(nasal ? p.substr(0, p.size() - tilde.size()) : p);
}

bool is_nasal(const std::string& p) { return p == "ŋ" || p == "ɲ" || p == "ɳ" || p == "n" || p == "m"; }

// Tamil writes one letter for a stop, voiced or not; where it is voiced: after a nasal
// (பந்து pand̪u, தங்கம் t̪aŋɡam) and between vowels (மகன் maɡan, படம் paɖam; ச between
// vowels is s). At a word's start and doubled it stays voiceless (பத்து, அக்கா), and a word's
// first ச is s (சாப்பாடு). ற்ற is ʈr and ன்ற ndr (ஒன்று ondru).
void tamil_adjust(std::vector<std::string>& p) {
  static const std::pair<const char*, const char*> kVoiced[] = {
      {"k", "ɡ"}, {"tʃ", "dʒ"}, {"ʈ", "ɖ"}, {"t̪", "d̪"}, {"p", "b"}};
  std::vector<std::string> out;
  out.reserve(p.size() + 2);
  for (size_t i = 0; i < p.size(); ++i) {
    const std::string& cur = p[i];
    const std::string prev = i > 0 ? p[i - 1] : std::string();
    const std::string next = i + 1 < p.size() ? p[i + 1] : std::string();
    if (cur == "r" && prev == "r") {  // ற்ற
      out.back() = "ʈ";
      out.push_back("r");
      continue;
    }
    if (cur == "r" && prev == "n") {  // ன்ற
      out.push_back("d̪");
      out.push_back("r");
      continue;
    }
    std::string said = cur;
    for (const auto& [voiceless, voiced] : kVoiced) {
      if (cur != voiceless) continue;
      if (i == 0) {
        if (cur == "tʃ") said = "s";
      } else if (prev == cur || next == cur) {
        // doubled: voiceless
      } else if (is_nasal(prev)) {
        said = voiced;
      } else if (is_vowel(prev) && !next.empty() && is_vowel(next)) {
        said = cur == "tʃ" ? "s" : voiced;
      }
    }
    out.push_back(said);
  }
  p = std::move(out);
}

}  // namespace

const PhoneRules& phone_rules() {
  static const PhoneRules r = {true, "ə", &tamil_adjust};
  return r;
}

}  // namespace vachak::lang::tam
