#include "lang/mal/number_words.h"

#include <array>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::mal {
namespace {

constexpr std::array<const char*, 20> kUnder20 = {
    "പൂജ്യം", "ഒന്ന്", "രണ്ട്", "മൂന്ന്", "നാല്", "അഞ്ച്", "ആറ്", "ഏഴ്", "എട്ട്", "ഒമ്പത്",
    "പത്ത്", "പതിനൊന്ന്", "പന്ത്രണ്ട്", "പതിമൂന്ന്", "പതിനാല്", "പതിനഞ്ച്", "പതിനാറ്", "പതിനേഴ്", "പതിനെട്ട്",
    "പത്തൊമ്പത്"};
constexpr std::array<const char*, 8> kTens = {"ഇരുപത്", "മുപ്പത്", "നാൽപത്", "അമ്പത്",
                                              "അറുപത്", "എഴുപത്", "എൺപത്", "തൊണ്ണൂറ്"};
constexpr std::array<const char*, 8> kTensJoin = {"ഇരുപത്തി", "മുപ്പത്തി", "നാൽപത്തി", "അമ്പത്തി",
                                                  "അറുപത്തി", "എഴുപത്തി", "എൺപത്തി", "തൊണ്ണൂറ്റി"};
constexpr std::array<const char*, 9> kHundreds = {"നൂറ്", "ഇരുനൂറ്", "മുന്നൂറ്", "നാനൂറ്", "അഞ്ഞൂറ്",
                                                  "അറുനൂറ്", "എഴുനൂറ്", "എണ്ണൂറ്", "തൊള്ളായിരം"};
constexpr std::array<const char*, 9> kHundredsJoin = {"നൂറ്റി", "ഇരുനൂറ്റി", "മുന്നൂറ്റി", "നാനൂറ്റി", "അഞ്ഞൂറ്റി",
                                                      "അറുനൂറ്റി", "എഴുനൂറ്റി", "എണ്ണൂറ്റി", "തൊള്ളായിരത്തി"};

// The vowel sign of an independent vowel starting `word`, or nullptr (a consonant);
// *len: the vowel's byte length.
const char* vowel_sign(const std::string& word, size_t* len) {
  static const std::pair<const char*, const char*> kSigns[] = {
      {"അ", ""}, {"ആ", "ാ"}, {"ഇ", "ി"}, {"ഈ", "ീ"}, {"ഉ", "ു"}, {"ഊ", "ൂ"},
      {"എ", "െ"}, {"ഏ", "േ"}, {"ഐ", "ൈ"}, {"ഒ", "ൊ"}, {"ഓ", "ോ"}, {"ഔ", "ൌ"}};
  for (const auto& [vowel, sign] : kSigns) {
    const std::string v = vowel;
    if (word.compare(0, v.size(), v) == 0) {
      *len = v.size();
      return sign;
    }
  }
  return nullptr;
}

// A joining form in -ി and what follows: a vowel-initial word through a y glide
// (ഇരുപത്തി + അഞ്ച് = ഇരുപത്തിയഞ്ച്), else written together.
std::string join(const std::string& stem, const std::string& word) {
  size_t len = 0;
  const char* sign = vowel_sign(word, &len);
  if (!sign) return stem + word;
  return stem + "യ" + sign + word.substr(len);
}

// A count word fused with a following vowel-initial word (ആയിരം, the ordinal ending ആം):
// the count's final ്-u (samvruthokaram) or -ു gives way to the vowel sign (രണ്ട് + ആയിരം =
// രണ്ടായിരം), a final ം becomes മ, a final ി takes a y glide.
std::string fuse_count(const std::string& count, const std::string& word) {
  size_t len = 0;
  const char* sign = vowel_sign(word, &len);
  std::string stem = count;
  for (const char* tail : {"്", "ു"})
    if (indic::ends_with(stem, tail)) stem = stem.substr(0, stem.size() - std::string(tail).size());
  if (indic::ends_with(stem, "ം")) stem = stem.substr(0, stem.size() - std::string("ം").size()) + "മ";  // ആയിരം -> ആയിരമാം
  else if (indic::ends_with(stem, "ി")) stem += "യ";                                                  // കോടി -> കോടിയാം
  if (!sign) return stem + word;
  return stem + sign + word.substr(len);
}

std::string under100(uint64_t n) {
  if (n < 20) return kUnder20[n];
  if (n % 10 == 0) return kTens[n / 10 - 2];
  return join(kTensJoin[n / 10 - 2], kUnder20[n % 10]);
}

// Replaces the final -ം of a scale word by its joining form -ത്തി (ആയിരം -> ആയിരത്തി).
std::string joining(const std::string& w) {
  const std::string m = "ം";
  return indic::ends_with(w, m) ? w.substr(0, w.size() - m.size()) + "ത്തി" : w;
}

std::string positive(uint64_t n) {
  std::string s;
  const uint64_t crore = n / 10000000, lakh = n / 100000 % 100, thousand = n / 1000 % 100, hundred = n / 100 % 10,
                 rest = n % 100;
  if (crore > 0) {
    indic::append_word(s, crore == 1 ? "ഒരു" : positive(crore));
    indic::append_word(s, "കോടി");
  }
  if (lakh > 0) {
    indic::append_word(s, lakh == 1 ? "ഒരു" : under100(lakh));
    indic::append_word(s, n % 100000 ? "ലക്ഷത്തി" : "ലക്ഷം");
  }
  if (thousand > 0) {
    const std::string w = thousand == 1 ? "ആയിരം" : fuse_count(under100(thousand), "ആയിരം");
    indic::append_word(s, n % 1000 ? joining(w) : w);
  }
  if (hundred > 0) indic::append_word(s, rest ? kHundredsJoin[hundred - 1] : kHundreds[hundred - 1]);
  if (rest > 0) indic::append_word(s, under100(rest));
  return s;
}

}  // namespace

std::string MalayalamNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string MalayalamNumberWords::ordinal(int64_t n, bool /*feminine*/, bool /*oblique*/) const {
  // -ആം joins as ആയിരം does: രണ്ട് -> രണ്ടാം, ഇരുപത്തിയൊന്ന് -> ഇരുപത്തിയൊന്നാം, ആയിരം -> ആയിരമാം.
  return fuse_count(cardinal(n), "ആം");
}

std::string MalayalamNumberWords::digit(char d) const { return kUnder20[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::mal
