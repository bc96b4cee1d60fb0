// Akshara (orthographic syllable) segmentation of Devanagari: a consonant cluster joined
// by viramas (each consonant optionally with a nukta), then at most one vowel sign, then
// nasalization and visarga marks; or an independent vowel with its marks. ICU 72's
// grapheme clusters (Unicode 15.0) split conjuncts at the virama, so this is our own.
// Other characters (spaces, digits, Latin, punctuation) are single segments.
#pragma once

#include <string>
#include <vector>

namespace vachak::lang::deva {

bool is_consonant(char32_t c);   // क..ह, क़..य़, ॹ..ॿ
bool is_vowel(char32_t c);       // independent vowels अ..औ, ॠ, ॡ, ॲ..ॷ
bool is_vowel_sign(char32_t c);  // ा..ौ, ॢ, ॣ, ॎ, ॏ, ॕ..ॗ
constexpr char32_t kVirama = 0x094D;
constexpr char32_t kNukta = 0x093C;

std::vector<std::u32string> split_aksharas(const std::u32string& text);

// Whether text may be cut between `prev` and `next` without splitting an akshara: not
// before a vowel sign, nukta, virama, nasalization mark or joiner, nor after a virama
// or a joiner (nor before a combining diacritic of another script).
bool akshara_boundary(char32_t prev, char32_t next);

}  // namespace vachak::lang::deva
