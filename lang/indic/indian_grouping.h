// Number words with Indian grouping, shared by every language's NumberWords: a number is
// said scale by scale, largest first (खरब, अरब, करोड़, लाख, हज़ार, ...), the count before
// each scale itself said the same way (एक हज़ार दो सौ चौंतीस खरब), and what is left below the
// smallest scale by the language's own words.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vachak::lang::indic {

struct ScaleWord {
  uint64_t value;
  const char* word;
};

// Appends `word` to `s`, a space between.
void append_word(std::string& s, const std::string& word);

// Whether UTF-8 `s` ends with `tail` (number words are built by trading endings:
// రెండు -> రెండవ, ஆயிரம் -> ஆயிரத்து).
inline bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The words of n > 0. `scales`: largest first. `below(m, s)` appends the words of
// 0 < m < the smallest scale.
std::string grouped(uint64_t n, const std::vector<ScaleWord>& scales,
                    const std::function<void(uint64_t, std::string&)>& below);

}  // namespace vachak::lang::indic
