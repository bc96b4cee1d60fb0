#include "lang/pan/number_words.h"

#include <array>
#include <vector>

#include "lang/indic/indian_grouping.h"

namespace vachak::lang::pan {
namespace {

constexpr std::array<const char*, 100> kUnder100 = {
    "ਸਿਫ਼ਰ", "ਇੱਕ", "ਦੋ", "ਤਿੰਨ", "ਚਾਰ", "ਪੰਜ", "ਛੇ", "ਸੱਤ", "ਅੱਠ", "ਨੌਂ",
    "ਦਸ", "ਗਿਆਰਾਂ", "ਬਾਰਾਂ", "ਤੇਰਾਂ", "ਚੌਦਾਂ", "ਪੰਦਰਾਂ", "ਸੋਲ਼ਾਂ", "ਸਤਾਰਾਂ", "ਅਠਾਰਾਂ", "ਉੱਨੀ",
    "ਵੀਹ", "ਇੱਕੀ", "ਬਾਈ", "ਤੇਈ", "ਚੌਵੀ", "ਪੱਚੀ", "ਛੱਬੀ", "ਸਤਾਈ", "ਅਠਾਈ", "ਉਨੱਤੀ",
    "ਤੀਹ", "ਇਕੱਤੀ", "ਬੱਤੀ", "ਤੇਤੀ", "ਚੌਂਤੀ", "ਪੈਂਤੀ", "ਛੱਤੀ", "ਸੈਂਤੀ", "ਅਠੱਤੀ", "ਉਨਤਾਲੀ",
    "ਚਾਲੀ", "ਇਕਤਾਲੀ", "ਬਿਆਲੀ", "ਤਿਰਤਾਲੀ", "ਚੁਤਾਲੀ", "ਪੰਜਤਾਲੀ", "ਛਿਆਲੀ", "ਸੰਤਾਲੀ", "ਅਠਤਾਲੀ", "ਉਨੰਜਾ",
    "ਪੰਜਾਹ", "ਇਕਵੰਜਾ", "ਬਵੰਜਾ", "ਤਰਵੰਜਾ", "ਚਰਵੰਜਾ", "ਪਚਵੰਜਾ", "ਛਪੰਜਾ", "ਸਤਵੰਜਾ", "ਅਠਵੰਜਾ", "ਉਨਾਹਠ",
    "ਸੱਠ", "ਇਕਾਹਠ", "ਬਾਹਠ", "ਤਰੇਹਠ", "ਚੌਂਹਠ", "ਪੈਂਹਠ", "ਛਿਆਹਠ", "ਸਤਾਹਠ", "ਅਠਾਹਠ", "ਉਨੱਤਰ",
    "ਸੱਤਰ", "ਇਕਹੱਤਰ", "ਬਹੱਤਰ", "ਤਿਹੱਤਰ", "ਚੌਹੱਤਰ", "ਪਚੱਤਰ", "ਛਿਹੱਤਰ", "ਸਤੱਤਰ", "ਅਠੱਤਰ", "ਉਨਾਸੀ",
    "ਅੱਸੀ", "ਇਕਾਸੀ", "ਬਿਆਸੀ", "ਤਿਰਾਸੀ", "ਚੁਰਾਸੀ", "ਪਚਾਸੀ", "ਛਿਆਸੀ", "ਸਤਾਸੀ", "ਅਠਾਸੀ", "ਉਨਾਨਵੇਂ",
    "ਨੱਬੇ", "ਇਕਾਨਵੇਂ", "ਬਿਆਨਵੇਂ", "ਤਿਰਾਨਵੇਂ", "ਚੁਰਾਨਵੇਂ", "ਪਚਾਨਵੇਂ", "ਛਿਆਨਵੇਂ", "ਸਤਾਨਵੇਂ", "ਅਠਾਨਵੇਂ", "ਨੜਿੰਨਵੇਂ",
};

const std::vector<indic::ScaleWord> kScales = {{1000000000ULL, "ਅਰਬ"}, {10000000ULL, "ਕਰੋੜ"},
                                              {100000ULL, "ਲੱਖ"},      {1000ULL, "ਹਜ਼ਾਰ"}};

void below_thousand(uint64_t n, std::string& s) {
  if (n >= 100) {
    indic::append_word(s, kUnder100[n / 100]);
    indic::append_word(s, "ਸੌ");
  }
  if (n % 100 > 0) indic::append_word(s, kUnder100[n % 100]);
}

std::string positive(uint64_t n) { return indic::grouped(n, kScales, below_thousand); }

}  // namespace

std::string PunjabiNumberWords::positive_words(uint64_t n) const { return positive(n); }

std::string PunjabiNumberWords::year(int64_t n) const {
  if (n >= 1100 && n <= 1999) {  // ਉੱਨੀ ਸੌ ਸੰਤਾਲੀ; 2024 ਦੋ ਹਜ਼ਾਰ ਚੌਵੀ
    std::string s = std::string(kUnder100[n / 100]) + " ਸੌ";
    if (n % 100) s += std::string(" ") + kUnder100[n % 100];
    return s;
  }
  return cardinal(n);
}

std::string PunjabiNumberWords::ordinal(int64_t n, bool feminine, bool oblique) const {
  static const char* const kIrregular[][3] = {{"ਪਹਿਲਾ", "ਪਹਿਲੀ", "ਪਹਿਲੇ"}, {"ਦੂਜਾ", "ਦੂਜੀ", "ਦੂਜੇ"},
                                              {"ਤੀਜਾ", "ਤੀਜੀ", "ਤੀਜੇ"}, {"ਚੌਥਾ", "ਚੌਥੀ", "ਚੌਥੇ"}};
  const int form = feminine ? 1 : (oblique ? 2 : 0);
  if (n >= 1 && n <= 4) return kIrregular[n - 1][form];
  std::string stem = cardinal(n);
  // A final nasal (ਨੌਂ, -ਵੇਂ) gives way to the ending: ਨੌਵਾਂ.
  if (indic::ends_with(stem, "ਂ")) stem = stem.substr(0, stem.size() - std::string("ਂ").size());
  return stem + (feminine ? "ਵੀਂ" : (oblique ? "ਵੇਂ" : "ਵਾਂ"));
}

std::string PunjabiNumberWords::digit(char d) const { return kUnder100[static_cast<size_t>(d - '0')]; }

}  // namespace vachak::lang::pan
