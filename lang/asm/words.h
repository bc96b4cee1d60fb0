// What Assamese's text normalizer says (lang/speech_words.h) and how its letters become
// phones (lang/phone_rules.h). (The namespace is asm_: `asm` is a C++ keyword.)
#pragma once

#include "lang/phone_rules.h"
#include "lang/speech_words.h"

namespace vachak::lang::asm_ {

const SpeechWords& words();
const PhoneRules& phone_rules();

}  // namespace vachak::lang::asm_
