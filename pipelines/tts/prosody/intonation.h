// Intonation over the voice's own F0: the voice was distilled from a monotone teacher, so
// its contour is nearly flat; this lays a Hindi phrase melody on it, in semitones:
// - declination: each phrase starts higher than it ends (2 st per second, at most 4 st);
// - a rising pitch accent on every content word (low at its start, high on its last
//   syllable: the L-H of a Hindi prosodic word), stronger on question words; function
//   words (postpositions, auxiliaries, particles) lean unaccented on their neighbours;
// - the phrase's last word carries its tune: a fall on a statement, a continuation rise
//   before a comma; a question keeps its accent and the synthesizer's final rise follows.
// The contour is smoothed (45 ms) and applied to voiced frames only; `strength` scales it
// (0: the voice's contour untouched). The last syllable before a phrase break is also held
// longer (phrase-final lengthening), unless strength is 0.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "lang/hin/prosody_words.h"
#include "pipelines/tts/acoustic/speech_models.h"

namespace vachak::tts {

enum class PhraseTune {
  kStatement,     // ends a sentence: falls
  kContinuation,  // ends at a comma, semicolon...: rises
  kQuestion,      // ends a question: the final rise is raise_question_end's
  kOpen,          // goes on in the next model call: no final tune here
};

struct ToneWord {
  size_t first_frame, end_frame;  // [first, end) in the call's frames
  lang::hin::WordAccent accent;
};

struct TonePhrase {
  size_t first_word, end_word;  // [first, end) in the words
  PhraseTune tune;
};

// The contour in semitones for each frame (0 outside the phrases), before smoothing.
std::vector<float> intonation_contour(size_t frames, const std::vector<ToneWord>& words,
                                      const std::vector<TonePhrase>& phrases);

// Phrase-final lengthening: the frames of each phone span (the last syllable of a phrase
// that ends: its vowel and the consonants after it) times 1 + 0.3 * min(strength, 1).
void lengthen_phrase_ends(std::vector<int>& phone_frames, const std::vector<std::pair<size_t, size_t>>& spans,
                          float strength);

// Multiplies the voiced frames' F0 by 2^(strength * smoothed contour / 12).
void apply_intonation(std::vector<FrameParams>& frames, const std::vector<ToneWord>& words,
                      const std::vector<TonePhrase>& phrases, float strength);

}  // namespace vachak::tts
