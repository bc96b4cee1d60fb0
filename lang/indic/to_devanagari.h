// The letters of the other Indic scripts as their Devanagari counterparts, so that one
// akshara reader and one phone table serve all nine (lang/hin/g2p.cc). Unicode laid the
// Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam blocks out like
// Devanagari's, letter for letter at the same offset; the exceptions are mapped by hand:
// Bengali-Assamese ৎ ৰ ৱ, Gurmukhi tippi and addak (before an aspirate, its plain twin), Odia ୱ, Malayalam chillus and dot reph,
// and the letters whose sound differs from their Devanagari twin (Bengali য and Odia ଯ are
// ja, not ya). Code points with no counterpart are dropped (currency signs, fraction marks,
// length marks that NFC has already composed).
#pragma once

#include <string>

namespace vachak::lang::indic {

// Whether c lies in one of the nine Indic blocks (U+0900..U+0D7F).
inline bool is_indic(char32_t c) { return c >= 0x0900 && c <= 0x0D7F; }

// The Devanagari spelling of a run of Indic text (Devanagari passes through unchanged).
std::u32string to_devanagari(const std::u32string& text);

}  // namespace vachak::lang::indic
