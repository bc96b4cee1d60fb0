#include "lang/tam/number_words.h"

#include <array>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::tam {
namespace {

constexpr std::array<const char*, 20> kUnder20 = {
    "பூஜ்ஜியம்", "ஒன்று", "இரண்டு", "மூன்று", "நான்கு", "ஐந்து", "ஆறு", "ஏழு", "எட்டு", "ஒன்பது",
    "பத்து", "பதினொன்று", "பன்னிரண்டு", "பதின்மூன்று", "பதினான்கு", "பதினைந்து", "பதினாறு", "பதினேழு",
    "பதினெட்டு", "பத்தொன்பது"};
// 20..90 alone, and the stems a unit joins.
constexpr std::array<const char*, 8> kTens = {"இருபது", "முப்பது", "நாற்பது", "ஐம்பது",
                                              "அறுபது", "எழுபது", "எண்பது", "தொண்ணூறு"};
constexpr std::array<const char*, 8> kTensStem = {"இருபத்து", "முப்பத்து", "நாற்பத்து", "ஐம்பத்து",
                                                  "அறுபத்து", "எழுபத்து", "எண்பத்து", "தொண்ணூற்று"};
// 100..900 alone, and before more.
constexpr std::array<const char*, 9> kHundreds = {"நூறு", "இருநூறு", "முந்நூறு", "நானூறு", "ஐந்நூறு",
                                                  "அறுநூறு", "எழுநூறு", "எண்ணூறு", "தொள்ளாயிரம்"};
constexpr std::array<const char*, 9> kHundredsStem = {"நூற்று", "இருநூற்று", "முந்நூற்று", "நானூற்று", "ஐந்நூற்று",
                                                      "அறுநூற்று", "எழுநூற்று", "எண்ணூற்று", "தொள்ளாயிரத்து"};

const std::string kU = "ு";         // the vowel sign u that ends a joining stem
const std::string kVirama = "்";

// The vowel sign of an independent vowel at the start of `word` (UTF-8), or "" when it
// starts with a consonant; *len gets the vowel's byte length.
std::string initial_vowel_sign(const std::string& word, size_t* len) {
  static const std::pair<const char*, const char*> kSigns[] = {
      {"அ", ""}, {"ஆ", "ா"}, {"இ", "ி"}, {"ஈ", "ீ"}, {"உ", "ு"}, {"ஊ", "ூ"},
      {"எ", "ெ"}, {"ஏ", "ே"}, {"ஐ", "ை"}, {"ஒ", "ொ"}, {"ஓ", "ோ"}, {"ஔ", "ௌ"}};
  for (const auto& [vowel, sign] : kSigns) {
    const std::string v = vowel;
    if (word.compare(0, v.size(), v) == 0) {
      *len = v.size();
      return sign[0] ? sign : "\x01";  // அ: the stem's own inherent vowel
    }
  }
  *len = 0;
  return "";
}

// A stem ending in -u followed by a word: a vowel-initial word takes the stem's last
// consonant (இருபத்து + ஐந்து = இருபத்தைந்து); else the two are written together.
std::string fuse(const std::string& stem, const std::string& word) {
  size_t len = 0;
  const std::string sign = initial_vowel_sign(word, &len);
  if (len == 0 || !indic::ends_with(stem, kU)) return stem + word;
  const std::string base = stem.substr(0, stem.size() - kU.size());
  return base + (sign == "\x01" ? "" : sign) + word.substr(len);
}

std::string under100(uint64_t n) {
  if (n < 20) return kUnder20[n];
  if (n % 10 == 0) return kTens[n / 10 - 2];
  return fuse(kTensStem[n / 10 - 2], kUnder20[n % 10]);
}

// 1..99 thousands, alone or before more.
std::string thousands(uint64_t t, bool more) {
  std::string w;
  if (t == 1) w = "ஆயிரம்";
  else if (t == 3) w = "மூவாயிரம்";
  else if (t == 5) w = "ஐயாயிரம்";
  else w = fuse(under100(t), "ஆயிரம்");
  if (more) w = w.substr(0, w.size() - std::string("ம்").size()) + "த்து";  // ஆயிரம் -> ஆயிரத்து
  return w;
}

std::string positive(uint64_t n) {
  std::string s;
  const uint64_t crore = n / 10000000, lakh = n / 100000 % 100, thousand = n / 1000 % 100, hundred = n / 100 % 10,
                 rest = n % 100;
  if (crore > 0) {
    indic::append_word(s, crore == 1 ? "ஒரு" : positive(crore));
    indic::append_word(s, n % 10000000 ? "கோடியே" : "கோடி");
  }
  if (lakh > 0) {
    indic::append_word(s, lakh == 1 ? "ஒரு" : under100(lakh));
    indic::append_word(s, n % 100000 ? "லட்சத்து" : "லட்சம்");
  }
  if (thousand > 0) indic::append_word(s, thousands(thousand, n % 1000 != 0));
  if (hundred > 0) indic::append_word(s, rest ? kHundredsStem[hundred - 1] : kHundreds[hundred - 1]);
  if (rest > 0) indic::append_word(s, under100(rest));
  return s;
}

}  // namespace

std::string TamilNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string TamilNumberWords::ordinal(int64_t n, bool feminine, bool /*oblique*/) const {
  const std::string ending = feminine ? "ாம்" : "ாவது";
  if (n == 1) return feminine ? "ஒன்றாம்" : "முதலாவது";
  std::string w = cardinal(n);
  if (indic::ends_with(w, kU)) return w.substr(0, w.size() - kU.size()) + ending;        // இரண்டு -> இரண்டாவது
  if (indic::ends_with(w, kVirama)) return w.substr(0, w.size() - kVirama.size()) + ending;  // ஆயிரம் -> ஆயிரமாவது
  return w + "ய" + ending;                                                         // கோடி -> கோடியாவது
}

std::string TamilNumberWords::digit(char d) const { return kUnder20[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::tam
