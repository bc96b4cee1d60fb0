#include "lang/indic/indian_grouping.h"

namespace vachak::lang::indic {

void append_word(std::string& s, const std::string& word) {
  if (!s.empty()) s += ' ';
  s += word;
}

std::string grouped(uint64_t n, const std::vector<ScaleWord>& scales,
                    const std::function<void(uint64_t, std::string&)>& below) {
  std::string s;
  for (const ScaleWord& sc : scales) {
    if (n >= sc.value) {
      append_word(s, grouped(n / sc.value, scales, below));
      append_word(s, sc.word);
      n %= sc.value;
    }
  }
  if (n > 0) below(n, s);
  return s;
}

}  // namespace vachak::lang::indic
