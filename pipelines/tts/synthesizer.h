// Text to speech, streamed: normalization and G2P (lang/hin) a sentence at a time, then per
// chunk of phrases the duration model, the acoustic model (with a rising end on questions)
// and the vocoder; PCM reaches the sink every 100 ms of audio, so the first audio of a
// sentence is ready long before its end is computed, and memory does not grow with the
// text. The sink returns false to stop (cancel).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lang/hin/g2p.h"
#include "lang/indic/text_normalizer.h"
#include "lang/registry.h"
#include "pipelines/tts/acoustic/speech_models.h"
#include "pipelines/tts/prosody/intonation.h"
#include "pipelines/tts/vocoder/vocoder.h"

namespace vachak::tts {

// Return false to stop synthesis early.
using PcmSink = std::function<bool(const int16_t* samples, size_t count)>;

// The ranges of SpeakOptions.
constexpr float kMinRate = 0.25f, kMaxRate = 4.0f, kMinPitch = 0.5f, kMaxPitch = 2.0f;

struct SpeakOptions {
  float rate = 1.0f;    // 2 = twice as fast (0.25..4)
  float pitch = 1.0f;   // multiplies the voice's F0 contour (0.5..2)
  float volume = 1.0f;  // multiplies the samples (0..1; 1 = as synthesized)
  float intonation = 1.0f;  // the phrase melody's strength (0..2; 0 = the voice's own flat contour)
};

// "" when the options are in range, else what is wrong with them.
std::string speak_options_error(const SpeakOptions& options);

struct SpeakStats {
  size_t words = 0, phones = 0, samples = 0;
  bool cancelled = false;
};

class Synthesizer {
 public:
  // The front end's and the voice's models of a language (lang/registry.h speech_choice).
  static Result<std::unique_ptr<Synthesizer>> load(const lang::SpeechChoice& files, std::shared_ptr<rt::Arena> arena,
                                                   const rt::OpResolver& resolver);
  // The default speech language's models under model_dir.
  static Result<std::unique_ptr<Synthesizer>> load(const std::string& model_dir, std::shared_ptr<rt::Arena> arena,
                                                   const rt::OpResolver& resolver);
  int sample_rate() const { return 16000; }

  // Speaks one text (UTF-8) of any length; a word too long for one model call is spoken
  // in pieces (limits::kMaxWordPhones). Invalid UTF-8 (refused before any audio) and text
  // with nothing to say are errors; a sink that returns false ends the call with ok and
  // stats->cancelled set. However a call ends, the next starts as on a new synthesizer.
  Status speak(const std::string& text, const SpeakOptions& options, const PcmSink& sink, SpeakStats* stats = nullptr);

  // Speaks an SSML document (ssml/ssml.h), parsed whole first: malformed or unsupported
  // SSML is an error before any audio. Then item by item: text with its prosody times
  // `options` (kept within the ranges speak_options_error allows), <break> as silence,
  // <mark> through `on_mark` once every sample before it has gone to `sink`. A false from
  // either ends the call with ok and stats->cancelled set. A document with nothing in it
  // (no text, break or mark) is an error; text items with nothing speakable are skipped.
  Status speak_ssml(const std::string& doc, const SpeakOptions& options, const PcmSink& sink,
                    const std::function<bool(const std::string&)>& on_mark, SpeakStats* stats = nullptr);

 private:
  Synthesizer() = default;
  struct PhraseEnd {
    size_t word;      // the phrase ends after this word of the chunk
    PhraseTune tune;  // ... with this tune (a question's pitch rises at the end)
  };
  struct Call;  // one speak() call: the words waiting for a model call, and its progress
  Status speak_piece(Call& call, const std::string& piece);
  Status add_word(Call& call, const std::string& word, bool ends_sentence);
  Status add_phones(Call& call, std::vector<std::string> phones, lang::hin::WordAccent accent);
  Status flush(Call& call, bool at_phrase_end);
  Status speak_chunk(const std::vector<std::vector<std::string>>& words_phones,
                     const std::vector<lang::hin::WordAccent>& accents, const std::vector<PhraseEnd>& phrase_ends,
                     bool lead_pause, bool tail_pause, const SpeakOptions& options, const PcmSink& sink,
                     SpeakStats& stats);
  bool emit(const PcmSink& sink, SpeakStats& stats, bool flush, float volume);
  void reset();

  std::unique_ptr<lang::indic::TextNormalizer> normalizer_;
  std::unique_ptr<lang::hin::G2p> g2p_;
  std::unique_ptr<SpeechModels> models_;
  std::unique_ptr<Vocoder> vocoder_;
  std::vector<float> pending_;
  std::vector<int16_t> pcm_;
};

}  // namespace vachak::tts
