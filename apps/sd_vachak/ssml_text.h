// What sd_vachak does to the text of a message before speaking it: a screen reader's
// punctuation mode (marks said by name, lang/hin/symbol_names.h) and spelling mode (one
// akshara or letter at a time), applied to the character data of an SSML document only
// (tags, marks and entities stay as they are); and the SSML for a CHAR or KEY command.
#pragma once

#include <string>
#include <string_view>

#include "lang/hin/symbol_names.h"

namespace vachak::sd {

std::string apply_reading_modes(std::string_view ssml, lang::hin::PunctuationMode mode, bool spelling);

// <speak>...</speak> for one character (its name when it has one: "space", a mark).
std::string char_ssml(std::string_view utf8_char);
// <speak>...</speak> for a key name as SSIP sends it ("a", "space", "shift_a", "control_c").
std::string key_ssml(std::string_view key);

// Text escaped for XML character data.
std::string xml_text(std::string_view s);

}  // namespace vachak::sd
