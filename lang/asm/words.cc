#include "lang/asm/words.h"

#include "lang/asm/number_words.h"

namespace vachak::lang::asm_ {

const SpeechWords& words() {
  static const SpeechWords w = {
      "asm",
      [] { return std::unique_ptr<NumberWords>(new AssameseNumberWords()); },
      {"জানুৱাৰী", "ফেব্ৰুৱাৰী", "মাৰ্চ", "এপ্ৰিল", "মে", "জুন", "জুলাই", "আগষ্ট", "ছেপ্টেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ",
       "ডিচেম্বৰ"},
      // "10-12 দিন": দহ বা বাৰ দিন (ten or twelve days), as a range is read aloud
      "আৰু", "বা", "শতাংশ", "প্লাছ", "টকা", "পইচা",
      // 7:00 সাত বজাত; 2:20 দুই বাজি বিছ মিনিট
      "বজাত", "বাজি", "মিনিট", "ছেকেণ্ড",
      "সোৱা", "সাৰে", "পোনে", "ডেৰ", "আঢ়ৈ",
      // ½ আধা; quarters and thirds "a বাই b", as fractions are read aloud (তিনি বাই চাৰি)
      "আধা", nullptr, nullptr, "বাই",
      {U"লাখ", U"কোটি", U"হাজাৰ", U"million", U"billion", U"মিলিয়ন", U"বিলিয়ন"},
      {U"চন", U"খ্ৰীষ্টাব্দ"},
      {U"চনত", U"চনৰ", U"চন", U"চনতে", U"চনলৈ", U"খ্ৰীষ্টাব্দত", U"খ্ৰীষ্টাব্দৰ"},
      {U"নম্বৰ", U"নং", U"নং.", U"ফোন", U"ম'বাইল", U"মোবাইল", U"পিন", U"কোড", U"OTP", U"No"},
      // ১ম, ২য়, ৪ৰ্থ, ৬ষ্ঠ, ২১তম
      {U"তম", U"ম", U"য়", U"ৰ্থ", U"ষ্ঠ"},
      {},
      {},
      {},
  };
  return w;
}

namespace {

// Assamese says শ ষ স as x (অসম ɔxɔm), but s before a stop, a nasal or l (স্কুল, ষ্ট); চ ছ as
// s and জ ঝ য as z. Its inherent vowel is ɔ (PhoneRules), dropped at a word's end as
// Hindi's is; ৰ is r and ৱ ʋ (lang/indic/to_devanagari.cc; the voice has no ɹ or w).
void assamese_adjust(std::vector<std::string>& p) {
  static const char* const kBeforeS[] = {"k", "kʰ", "t̪", "t̪ʰ", "ʈ", "ʈʰ", "p", "pʰ", "n", "m", "l"};
  for (size_t i = 0; i < p.size(); ++i) {
    std::string& x = p[i];
    if (x == "tʃ" || x == "tʃʰ") {
      x = "s";
    } else if (x == "dʒ" || x == "dʒʱ") {
      x = "z";
    } else if (x == "ʃ" || x == "ʂ" || x == "s") {
      const std::string next = i + 1 < p.size() ? p[i + 1] : std::string();
      bool s_next = false;
      for (const char* c : kBeforeS) s_next |= next == c;
      x = s_next ? "s" : "x";
    }
  }
}

}  // namespace

const PhoneRules& phone_rules() {
  static const PhoneRules r = {false, "ɔ", &assamese_adjust};
  return r;
}

}  // namespace vachak::lang::asm_
