// The schwa-candidate view of a Devanagari word and the hashed features of one candidate.
// Mirrors models/train/g2p/schwa_symbols.py and schwa_features.py exactly: the classifier
// was trained on the Python strings, so any drift here silently costs accuracy. The
// golden test (tests/lang/schwa_model_test.cc) pins the two together.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vachak::lang::hin {

// The virtual symbol placed after each consonant that carries an inherent schwa.
constexpr char32_t kSchwaCandidate = U'@';
constexpr int kSchwaWindow = 4;

// Code points of an NFC word with kSchwaCandidate after each schwa-bearing consonant.
std::u32string schwa_symbols(const std::u32string& word);

// Feature strings (UTF-8) of the candidate at symbols[pos].
std::vector<std::string> schwa_features(const std::u32string& symbols, size_t pos);

// A vowel sign, an independent vowel or a schwa candidate: what makes a syllable.
bool schwa_vowel_like(char32_t s);

uint32_t fnv1a32(const std::string& bytes);

}  // namespace vachak::lang::hin
