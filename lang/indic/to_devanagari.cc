#include "lang/indic/to_devanagari.h"

namespace vachak::lang::indic {
namespace {

constexpr char32_t kVirama = 0x094D;

// Whether the Devanagari code point a same-offset letter lands on is one the akshara reader
// knows (signs, vowels, consonants, vowel signs, virama, nukta, the extra consonants and
// vowels, digits).
bool meaningful(char32_t d) {
  return (d >= 0x0901 && d <= 0x0939) || d == 0x093C || (d >= 0x093E && d <= 0x094D) || (d >= 0x0958 && d <= 0x0963) ||
         (d >= 0x0966 && d <= 0x096F) || d == 0x0950;
}

// ख घ छ झ ठ ढ थ ध फ भ: the aspirated stops of Devanagari's five rows.
bool is_aspirate(char32_t d) {
  switch (d) {
    case U'ख': case U'घ': case U'छ': case U'झ': case U'ठ': case U'ढ': case U'थ': case U'ध': case U'फ': case U'भ':
      return true;
    default:
      return false;
  }
}

// Appends the counterpart of c (one block's letter) to out; `prev` and `next` are the code
// points around it (Gurmukhi's addak doubles the consonant that follows; a nukta after
// Bengali য or Odia ଯ makes it ya).
void map_one(char32_t prev, char32_t c, char32_t next, std::u32string& out) {
  const char32_t block = c & ~char32_t{0x7F};
  switch (c) {
    // Bengali-Assamese
    case 0x09CE: out += U"त"; out += kVirama; return;  // ৎ khanda ta: a vowelless t
    case 0x09F0: out += U"र"; return;                  // ৰ Assamese ra
    case 0x09F1: out += U"व"; return;                  // ৱ Assamese wa
    case 0x09AF:                                       // য: ja in Bengali and Assamese; য় (NFC: য + nukta) is ya
      out += next == 0x09BC ? U"य" : U"ज";
      return;
    case 0x09BC: if (prev == 0x09AF) return; break;    // that nukta
    case 0x0982: out += U"ङ"; out += kVirama; return;  // ং: Bengali and Assamese say ŋ, never a nasal vowel
    // Gurmukhi
    case 0x0A70: out += U"ं"; return;  // ੰ tippi: a nasal, as the bindi
    case 0x0A71:  // ੱ addak: the next consonant is doubled, an aspirate by its plain twin (ਅੱਧਾ addʱā)
      if (next >= 0x0A15 && next <= 0x0A39) {
        char32_t d = next - 0x0A00 + 0x0900;
        if (is_aspirate(d)) --d;  // in each row the plain stop comes just before
        out += d;
        out += kVirama;
      }
      return;
    case 0x0A72: out += U"इ"; return;  // ੲ iri, a vowel bearer
    case 0x0A73: out += U"उ"; return;  // ੳ ura, a vowel bearer
    case 0x0A74: out += U"ॐ"; return;  // ੴ ek onkar
    case 0x0A75: out += U"य"; return;  // ੵ yakash
    // Odia
    case 0x0B2F: out += next == 0x0B3C ? U"य" : U"ज"; return;  // ଯ: ja in Odia; ୟ (NFC: ଯ + nukta) is ya
    case 0x0B3C: if (prev == 0x0B2F) return; break;
    case 0x0B71: out += U"व"; return;  // ୱ wa
    // Malayalam chillus (a consonant with no vowel) and the dot reph
    case 0x0D7A: out += U"ण"; out += kVirama; return;
    case 0x0D7B: out += U"न"; out += kVirama; return;
    case 0x0D7C: out += U"र"; out += kVirama; return;
    case 0x0D7D: out += U"ल"; out += kVirama; return;
    case 0x0D7E: out += U"ळ"; out += kVirama; return;
    case 0x0D7F: out += U"क"; out += kVirama; return;
    case 0x0D54: out += U"म"; out += kVirama; return;
    case 0x0D55: out += U"य"; out += kVirama; return;
    case 0x0D56: out += U"ऴ"; out += kVirama; return;
    case 0x0D4E: out += U"र"; out += kVirama; return;
    case 0x0D02: out += U"म"; out += kVirama; return;  // ം: Malayalam's anusvara is m
    case 0x0D4D:                                       // ് ending a word: a short u (samvruthokaram)
      out += (next >= 0x0D00 && next <= 0x0D7F) ? kVirama : char32_t{0x0941};
      return;
    default: break;
  }
  if (block == 0x0900) {
    out += c;
    return;
  }
  const char32_t d = c - block + 0x0900;
  if (meaningful(d)) out += d;
}

}  // namespace

std::u32string to_devanagari(const std::u32string& text) {
  std::u32string out;
  out.reserve(text.size() + 4);
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (!is_indic(c)) {
      out += c;
      continue;
    }
    // Bengali-Assamese ya-phala and ba-phala (্য, ্ব) are no ja or ba: they double the
    // consonant before them (বিদ্যা biddā, বিশ্ব biššo) and are silent after a word's first
    // consonant (ব্যবহার, স্বাধীন); ম্ব stays mb.
    if (c == 0x09CD && i > 0 && i + 1 < text.size() && (text[i + 1] == 0x09AF || text[i + 1] == 0x09AC) &&
        !(text[i + 1] == 0x09AC && text[i - 1] == 0x09AE)) {
      const bool word_initial = i == 1 || !is_indic(text[i - 2]);
      if (!word_initial) {
        out += kVirama;
        map_one(0, text[i - 1], 0, out);
      }
      ++i;
      continue;
    }
    map_one(i > 0 ? text[i - 1] : 0, c, i + 1 < text.size() ? text[i + 1] : 0, out);
  }
  return out;
}

}  // namespace vachak::lang::indic
