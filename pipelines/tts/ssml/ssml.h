// The SSML subset Vachak speaks (W3C SSML 1.1): speak, p, s, break (time, strength),
// prosody (rate, pitch, volume: keywords, percentages, relative changes, semitones for
// pitch, dB for volume), say-as (characters/spell-out, cardinal/number, ordinal, digits,
// date with format dmy|mdy|ymd|y, time, telephone), sub (alias), lang, voice, emphasis,
// mark, and the text fallback of phoneme and audio. A document is parsed whole into
// items before anything is spoken: malformed or unsupported SSML is an error and nothing
// is said. What say-as produces is text the Hindi normalizer reads as meant (a date as
// dd/mm/yyyy, a telephone number digit by digit).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/speech_words.h"
#include "runtime/core/status.h"

namespace vachak::tts {

struct SsmlProsody {
  float rate = 1.0f, pitch = 1.0f, volume = 1.0f;  // multipliers of the call's own
  float intonation = 1.0f;  // of the phrase melody: <emphasis> strengthens it, "reduced" flattens it
};

struct SsmlItem {
  enum class Kind { kText, kBreak, kMark };
  Kind kind = Kind::kText;
  std::string text;      // kText: what to speak; kMark: the mark's name
  SsmlProsody prosody;   // kText
  std::string lang;      // kText: the xml:lang in force ("" when none was given)
  int break_ms = 0;      // kBreak
};

// Items in speaking order: text runs (split at sentences and paragraphs, and wherever the
// prosody changes), breaks and marks. `numbers` spells ordinals and years for say-as.
[[nodiscard]] Result<std::vector<SsmlItem>> parse_ssml(std::string_view doc, const lang::NumberWords& numbers);

}  // namespace vachak::tts
