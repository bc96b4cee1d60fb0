// Hindi names of symbols and punctuation marks. Symbols (+ = # % ₹ ...) are said by name
// wherever they stand in text (the text normalizer); punctuation marks (, . ? ! ( ) ...)
// only when a screen reader's punctuation mode asks for them (speech-dispatcher's
// punctuation_mode, apps/sd_vachak).
#pragma once

#include <string>
#include <string_view>

namespace vachak::lang::hin {

// The name of a symbol the normalizer always speaks, or nullptr.
const char* symbol_name(char32_t c);
// The name of a punctuation mark (or a symbol), or nullptr.
const char* punctuation_name(char32_t c);

// none and some: as text is normally read (symbols by name, marks as pauses); most: also
// brackets, quotes, dashes and the like by name; all: every mark, sentence ends included.
enum class PunctuationMode { kNone, kSome, kMost, kAll };
bool parse_punctuation_mode(std::string_view s, PunctuationMode* out);

// Whether `mode` says c's name (the marks that pause speech, , . ? ! ; : । ॥, only in all).
bool names_punctuation(char32_t c, PunctuationMode mode);

}  // namespace vachak::lang::hin
