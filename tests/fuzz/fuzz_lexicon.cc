// libFuzzer: an English lexicon file (.vlex) from hostile bytes -> validation -> lookups of
// words before, inside and after its entries, and of words taken from the bytes. Seeds: a
// small lexicon in tests/fuzz/corpus/lexicon (build_english_lexicon.py's layout).
#include <cstdint>
#include <string>
#include <vector>

#include "lang/hin/english_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto lex = vachak::lang::hin::EnglishLexicon::from_bytes(std::vector<uint8_t>(data, data + size), "fuzz.vlex");
  if (!lex.is_ok()) return 0;
  std::vector<std::string> out;
  for (const char* w : {"a", "aa", "google", "search", "the", "zzzz", "m"}) (void)lex.value()->lookup(w, out);
  std::string word;
  for (size_t i = 0; i < size && i < 512; ++i) {
    const char c = static_cast<char>(data[i]);
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
    } else if (!word.empty()) {
      (void)lex.value()->lookup(word, out);
      word.clear();
    }
  }
  return 0;
}
