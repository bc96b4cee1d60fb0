// Which Hindi words carry a pitch accent, for intonation: content words do (the rising
// accent of a Hindi prosodic word), function words — postpositions, auxiliaries,
// conjunctions, particles — lean on their neighbours unaccented, and question words take
// a stronger accent (emphasis). Words are the normalizer's output (NFC Devanagari).
#pragma once

#include <string_view>

namespace vachak::lang::hin {

enum class WordAccent { kContent, kFunction, kQuestion };

WordAccent word_accent(std::string_view word);

}  // namespace vachak::lang::hin
