#include "lang/ben/words.h"

#include "lang/ben/number_words.h"

namespace vachak::lang::ben {

const SpeechWords& words() {
  static const SpeechWords w = {
      "ben",
      [] { return std::unique_ptr<NumberWords>(new BengaliNumberWords()); },
      {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
       "ডিসেম্বর"},
      "এবং", "থেকে", "শতাংশ", "প্লাস", "টাকা", "পয়সা",
      "বাজে", "বেজে", "মিনিট", "সেকেন্ড",
      "সোয়া", "সাড়ে", "পৌনে", "দেড়", "আড়াই",
      // ½ অর্ধেক; quarters and thirds have no word of their own here: "a বাই b", as
      // fractions are read aloud (তিন বাই চার)
      "অর্ধেক", nullptr, nullptr, "বাই",
      {U"লাখ", U"লক্ষ", U"কোটি", U"হাজার", U"million", U"billion", U"মিলিয়ন", U"বিলিয়ন"},
      {U"সন", U"সাল", U"খ্রিস্টাব্দ"},
      {U"সালে", U"সালের", U"সাল", U"খ্রিস্টাব্দে", U"খ্রিস্টাব্দের", U"থেকে"},
      {U"নম্বর", U"নং", U"নং.", U"ফোন", U"মোবাইল", U"পিন", U"কোড", U"ওটিপি", U"OTP", U"No", U"অ্যাকাউন্ট"},
      {U"তম", U"ম", U"য়", U"র্থ", U"ষ্ঠ"},
      {},
      {},
      {},
  };
  return w;
}

namespace {

// Bengali says its three sibilants শ ষ স as ʃ, but s before a stop, a nasal or l (স্কুল,
// স্ত, স্ন, স্ল); before r each keeps its own (শ্রী ʃri, স্রোত sroːt̪). Its inherent vowel is ɔ
// (PhoneRules), dropped at a word's end as Hindi's is; ং is ŋ (lang/indic/to_devanagari.cc).
void bengali_adjust(std::vector<std::string>& p) {
  static const char* const kBeforeS[] = {"k", "kʰ", "t̪", "t̪ʰ", "ʈ", "ʈʰ", "p", "pʰ", "n", "m", "l"};
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] != "ʃ" && p[i] != "ʂ" && p[i] != "s") continue;
    const std::string next = i + 1 < p.size() ? p[i + 1] : std::string();
    bool s_next = false;
    for (const char* c : kBeforeS) s_next |= next == c;
    if (s_next) p[i] = "s";
    else if (next == "r") p[i] = p[i] == "s" ? "s" : "ʃ";
    else p[i] = "ʃ";
  }
}

}  // namespace

const PhoneRules& phone_rules() {
  static const PhoneRules r = {false, "ɔ", &bengali_adjust};
  return r;
}

}  // namespace vachak::lang::ben
