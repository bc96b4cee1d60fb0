#include "lang/hin/schwa_features.h"

#include <algorithm>

#include "lang/deva/akshara.h"
#include "lang/unicode/utf8.h"

namespace vachak::lang::hin {
namespace {

constexpr char32_t kPadLeft = U'^';
constexpr char32_t kPadRight = U'$';

char symbol_class(char32_t s) {
  if (s == kSchwaCandidate) return '@';
  if (s == kPadLeft) return '^';
  if (s == kPadRight) return '$';
  if (deva::is_consonant(s)) return 'C';
  if (s == deva::kNukta) return 'N';
  if (s == deva::kVirama) return 'H';
  if (deva::is_vowel_sign(s)) return 'V';
  if (s == 0x0901 || s == 0x0902 || s == 0x0903) return 'M';
  if ((s >= 0x0904 && s <= 0x0914) || s == 0x0960 || s == 0x0961 || s == 0x0972) return 'I';
  return 'O';
}


std::string enc(std::u32string_view s) { return utf8_encode(s); }

}  // namespace

std::u32string schwa_symbols(const std::u32string& w) {
  std::u32string out;
  size_t i = 0;
  while (i < w.size()) {
    char32_t ch = w[i++];
    out.push_back(ch);
    if (!deva::is_consonant(ch)) continue;
    if (i < w.size() && w[i] == deva::kNukta) out.push_back(w[i++]);
    bool has_vowel = i < w.size() && (deva::is_vowel_sign(w[i]) || w[i] == deva::kVirama);
    if (!has_vowel) out.push_back(kSchwaCandidate);
  }
  return out;
}

std::vector<std::string> schwa_features(const std::u32string& symbols, size_t pos) {
  const int W = kSchwaWindow;
  std::u32string win;
  std::string cls;
  for (int k = -W; k <= W; ++k) {
    long j = static_cast<long>(pos) + k;
    char32_t s = j < 0 ? kPadLeft : (j >= static_cast<long>(symbols.size()) ? kPadRight : symbols[j]);
    win.push_back(s);
    cls.push_back(symbol_class(s));
  }
  auto at = [&](int k) { return std::u32string_view(win).substr(k + W, 1); };
  std::vector<std::string> f;
  f.reserve(40);
  f.emplace_back("b");
  for (int k = -W; k <= W; ++k) {
    if (k != 0) f.push_back("u" + std::to_string(k) + "=" + enc(at(k)));
  }
  for (int k = -W; k < W; ++k) {
    f.push_back("g" + std::to_string(k) + "=" + enc(std::u32string_view(win).substr(k + W, 2)));
  }
  for (int k = -3; k < 2; ++k) {
    f.push_back("t" + std::to_string(k) + "=" + enc(std::u32string_view(win).substr(k + W, 3)));
  }
  f.push_back("c9=" + cls);
  f.push_back("c5=" + cls.substr(W - 2, 5));
  f.push_back("cL=" + cls.substr(0, W + 1));
  f.push_back("cR=" + cls.substr(W));

  int va = 0, vb = 0, ca = 0;
  for (size_t j = 0; j < pos; ++j) vb += schwa_vowel_like(symbols[j]);
  for (size_t j = pos + 1; j < symbols.size(); ++j) {
    va += schwa_vowel_like(symbols[j]);
    ca += symbols[j] == kSchwaCandidate;
  }
  va = std::min(va, 4);
  vb = std::min(vb, 4);
  ca = std::min(ca, 3);
  f.push_back("va=" + std::to_string(va));
  f.push_back("vb=" + std::to_string(vb));
  f.push_back("ca=" + std::to_string(ca));
  f.push_back("vavb=" + std::to_string(va) + "," + std::to_string(vb));

  // Syllable structure: the symbols back to the previous vowel and on to the next one.
  long j = static_cast<long>(pos) - 1;
  while (j >= 0 && !schwa_vowel_like(symbols[j])) --j;
  std::string left = j >= 0 ? enc(std::u32string_view(symbols).substr(j, pos - j))
                            : "^" + enc(std::u32string_view(symbols).substr(0, pos));
  size_t k = pos + 1;
  while (k < symbols.size() && !schwa_vowel_like(symbols[k])) ++k;
  std::string right = k < symbols.size() ? enc(std::u32string_view(symbols).substr(pos + 1, k - pos))
                                         : enc(std::u32string_view(symbols).substr(pos + 1)) + "$";
  f.push_back("L=" + left);
  f.push_back("R=" + right);
  f.push_back("LR=" + left + "|" + right);
  size_t tail = symbols.size() >= 3 ? symbols.size() - 3 : 0;
  int to_end = static_cast<int>(std::min<size_t>(symbols.size() - 1 - pos, 6));
  f.push_back("E=" + enc(std::u32string_view(symbols).substr(tail)) + "|" + std::to_string(to_end));
  return f;
}

bool schwa_vowel_like(char32_t s) {
  char c = symbol_class(s);
  return c == '@' || c == 'V' || c == 'I';
}

uint32_t fnv1a32(const std::string& bytes) {
  uint32_t h = 0x811C9DC5u;
  for (unsigned char b : bytes) {
    h ^= b;
    h *= 0x01000193u;
  }
  return h;
}

}  // namespace vachak::lang::hin
