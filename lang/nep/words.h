// What Nepali's text normalizer says (lang/speech_words.h): Nepali number words, months,
// amounts, times and fractions.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::nep {

const SpeechWords& words();

}  // namespace vachak::lang::nep
