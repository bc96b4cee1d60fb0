// What Marathi's text normalizer says (lang/speech_words.h): Marathi number words, months,
// amounts, times and fractions.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::mar {

const SpeechWords& words();

}  // namespace vachak::lang::mar
