#include "lang/deva/akshara.h"

namespace vachak::lang::deva {

bool is_consonant(char32_t c) { return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F) || (c >= 0x0978 && c <= 0x097F); }

bool is_vowel(char32_t c) {
  return (c >= 0x0904 && c <= 0x0914) || c == 0x0960 || c == 0x0961 || (c >= 0x0972 && c <= 0x0977);
}

bool is_vowel_sign(char32_t c) {
  return (c >= 0x093E && c <= 0x094C) || c == 0x0962 || c == 0x0963 || c == 0x094E || c == 0x094F ||
         (c >= 0x0955 && c <= 0x0957) || c == 0x093A || c == 0x093B;
}

namespace {

bool is_modifier(char32_t c) {
  // candrabindu, anusvara, visarga; Vedic/ZWJ/ZWNJ ride along with the akshara.
  return c == 0x0900 || c == 0x0901 || c == 0x0902 || c == 0x0903 || c == 0x200C || c == 0x200D ||
         (c >= 0x0951 && c <= 0x0954);
}

}  // namespace

bool akshara_boundary(char32_t prev, char32_t next) {
  if (prev == kVirama || prev == 0x200C || prev == 0x200D) return false;
  return !(is_vowel_sign(next) || is_modifier(next) || next == kNukta || next == kVirama ||
           (next >= 0x0300 && next <= 0x036F));
}

std::vector<std::u32string> split_aksharas(const std::u32string& s) {
  std::vector<std::u32string> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    if (is_consonant(s[i])) {
      ++i;
      if (i < s.size() && s[i] == kNukta) ++i;
      // C (nukta)? (virama ZWJ/ZWNJ? C (nukta)?)*, a final virama (halant) stays with it.
      while (i < s.size() && s[i] == kVirama) {
        ++i;
        if (i < s.size() && (s[i] == 0x200C || s[i] == 0x200D)) ++i;
        if (i < s.size() && is_consonant(s[i])) {
          ++i;
          if (i < s.size() && s[i] == kNukta) ++i;
        } else {
          break;
        }
      }
      if (i < s.size() && is_vowel_sign(s[i])) ++i;
      while (i < s.size() && is_modifier(s[i])) ++i;
    } else if (is_vowel(s[i])) {
      ++i;
      while (i < s.size() && is_modifier(s[i])) ++i;
    } else {
      ++i;
      // Stray combining marks (a typo or an OCR slip) attach to what precedes them.
      while (i < s.size() && (is_vowel_sign(s[i]) || is_modifier(s[i]) || s[i] == kNukta || s[i] == kVirama)) ++i;
    }
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace vachak::lang::deva
