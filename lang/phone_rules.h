// How a language's letters become phones beyond what every Indic script shares (the one
// akshara reader in lang/hin/g2p.cc, fed through lang/indic/to_devanagari.h): whether an
// inherent vowel is ever dropped, what it sounds like, and the language's own rewrites of
// a word's phones (Tamil voices its stops between vowels, Assamese says চ as s). Each
// language that needs them defines them in its folder and names them in its registry row;
// none named: Hindi's (the schwa model decides, ə).
#pragma once

#include <string>
#include <vector>

namespace vachak::lang {

struct PhoneRules {
  // true: every inherent vowel is said (Odia, the Dravidian languages: a vowelless consonant
  // is written with a virama); false: the schwa model decides, as in Hindi.
  bool keep_inherent_vowel;
  const char* inherent_vowel;  // its phone, one of the voice's: "ə", "ɔ" (Bengali, Odia)
  // The language's own rewrites of one word's phones, or nullptr.
  void (*adjust)(std::vector<std::string>& phones);
};

using PhoneRulesFn = const PhoneRules& (*)();

// Whether `p` is one of the voice's plain vowel phones ("ə", "aː", "e"...; a nasalized one,
// "aː̃", is not: strip its tilde first).
inline bool is_vowel_phone(const std::string& p) {
  static const char* const kVowels[] = {"ə", "aː", "ɪ", "iː", "ʊ", "uː", "eː", "ɛː", "oː", "ɔː", "ɔ", "æ", "e", "o"};
  for (const char* v : kVowels)
    if (p == v) return true;
  return false;
}

}  // namespace vachak::lang
