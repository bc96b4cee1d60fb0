// What Gujarati's text normalizer says (lang/speech_words.h): Gujarati number words, months,
// amounts, times and fractions. Its letters become phones by Hindi's rules.
#pragma once

#include "lang/speech_words.h"

namespace vachak::lang::guj {

const SpeechWords& words();

}  // namespace vachak::lang::guj
