// What Odia's text normalizer says (lang/speech_words.h) and how its letters become phones
// (lang/phone_rules.h).
#pragma once

#include "lang/phone_rules.h"
#include "lang/speech_words.h"

namespace vachak::lang::ori {

const SpeechWords& words();
const PhoneRules& phone_rules();

}  // namespace vachak::lang::ori
