#include "pipelines/ocr/eval/error_rates.h"

#include <algorithm>

namespace vachak::ocr {
namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x200B; }

std::vector<std::u32string> split_words(const std::u32string& s) {
  std::vector<std::u32string> words;
  std::u32string cur;
  for (char32_t c : s) {
    if (is_space(c)) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

}  // namespace

template <typename T>
size_t edit_distance(const std::vector<T>& a, const std::vector<T>& b) {
  // Two rows of the Levenshtein table: O(|b|) memory for page-length texts.
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

template size_t edit_distance(const std::vector<char32_t>&, const std::vector<char32_t>&);
template size_t edit_distance(const std::vector<std::u32string>&, const std::vector<std::u32string>&);

std::u32string fold_whitespace(const std::u32string& s) {
  std::u32string out;
  for (char32_t c : s) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

EditCounts character_errors(const std::u32string& hyp, const std::u32string& ref) {
  const std::u32string h = fold_whitespace(hyp), r = fold_whitespace(ref);
  return {edit_distance(std::vector<char32_t>(h.begin(), h.end()), std::vector<char32_t>(r.begin(), r.end())), r.size()};
}

EditCounts word_errors(const std::u32string& hyp, const std::u32string& ref) {
  const auto hw = split_words(hyp), rw = split_words(ref);
  return {edit_distance(hw, rw), rw.size()};
}

}  // namespace vachak::ocr
