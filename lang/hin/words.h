// What Hindi's text normalizer says (lang/speech_words.h): Hindi number words, months,
// amounts, times and fractions.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::hin {

const SpeechWords& words();

}  // namespace vachak::lang::hin
