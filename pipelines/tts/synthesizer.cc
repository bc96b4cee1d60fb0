#include "pipelines/tts/synthesizer.h"

#include <algorithm>
#include <cmath>

#include "lang/unicode/utf8.h"
#include "limits/limits.h"
#include "pipelines/tts/prosody/intonation.h"
#include "pipelines/tts/ssml/ssml.h"

namespace vachak::tts {
namespace {

constexpr size_t kChunkPhones = 60;     // phones of the words of one model call (~5 s of speech)
constexpr size_t kEmitSamples = 1600;   // 100 ms at 16 kHz
// A chunk holds words of at most kMaxWordPhones phones up to kChunkPhones, and a pause at
// its start and after each word at most.
static_assert(limits::kMaxWordPhones <= kChunkPhones, "a word piece must fit in a chunk");
static_assert(2 * kChunkPhones + 1 <= limits::kMaxCallPhones, "a chunk must fit in a model call");

// The teacher voice's F0 falls at every phrase end; a question (yes/no questions in
// Hindi end high) instead climbs over its last 300 ms of voicing to 1.45 times its F0,
// about six semitones, faster towards the end.
constexpr size_t kRiseFrames = 60;       // 5 ms frames
constexpr size_t kMaxUnvoicedTail = 30;  // a final consonant or pause before the last voicing
constexpr float kRise = 1.45f;

void raise_question_end(std::vector<FrameParams>& frames, size_t end) {
  size_t last = end, skipped = 0;
  while (last > 0 && frames[last - 1].f0 <= 0.0f && skipped < kMaxUnvoicedTail) --last, ++skipped;
  const size_t first = last > kRiseFrames ? last - kRiseFrames : 0;
  for (size_t t = first; t < last; ++t) {
    if (frames[t].f0 <= 0.0f) continue;
    const float x = static_cast<float>(t - first + 1) / static_cast<float>(last - first);
    frames[t].f0 *= 1.0f + (kRise - 1.0f) * x * x;
  }
}

bool is_vowel(const std::string& phone) {
  for (const char* v : {"ə", "a", "ɪ", "i", "ʊ", "u", "e", "ɛ", "o", "ɔ", "æ"})
    if (phone.rfind(v, 0) == 0) return true;
  return false;
}

// Where the piece of a long word that starts at phone `from` ends: after at most
// kMaxWordPhones phones, where a syllable starts (a consonant after a vowel) if one does
// in the piece's second half.
size_t word_piece_end(const std::vector<std::string>& phones, size_t from) {
  const size_t end = std::min(phones.size(), from + limits::kMaxWordPhones);
  if (end == phones.size()) return end;
  for (size_t k = end; k > from + limits::kMaxWordPhones / 2; --k)
    if (is_vowel(phones[k - 1]) && !is_vowel(phones[k])) return k;
  return end;
}

}  // namespace

// One speak() call's state: the words (their phones) waiting for the next model call.
struct Synthesizer::Call {
  Call(const SpeakOptions& o, const PcmSink& s) : options(o), sink(s) {}
  const SpeakOptions& options;
  const PcmSink& sink;
  SpeakStats stats;
  std::vector<std::vector<std::string>> chunk;
  std::vector<lang::hin::WordAccent> accents;  // one per chunk entry
  std::vector<PhraseEnd> phrase_ends;
  size_t chunk_phones = 0;
  bool spoke = false;  // a model call was made: later ones start without a leading pause
};

std::string speak_options_error(const SpeakOptions& o) {
  if (!(o.rate >= kMinRate && o.rate <= kMaxRate)) return "speaking rate must be in 0.25..4";
  if (!(o.pitch >= kMinPitch && o.pitch <= kMaxPitch)) return "pitch must be in 0.5..2";
  if (!(o.volume >= 0.0f && o.volume <= 1.0f)) return "volume must be in 0..1";
  if (!(o.intonation >= 0.0f && o.intonation <= 2.0f)) return "intonation must be in 0..2";
  return "";
}

Result<std::unique_ptr<Synthesizer>> Synthesizer::load(const std::string& model_dir, std::shared_ptr<rt::Arena> arena,
                                                       const rt::OpResolver& resolver) {
  return load(lang::speech_choice(model_dir, lang::kDefaultSpeechCode), std::move(arena), resolver);
}

Result<std::unique_ptr<Synthesizer>> Synthesizer::load(const lang::SpeechChoice& files, std::shared_ptr<rt::Arena> arena,
                                                       const rt::OpResolver& resolver) {
  if (!files.ok) return invalid_argument(files.error);
  std::unique_ptr<Synthesizer> s(new Synthesizer());
  auto normalizer = lang::indic::TextNormalizer::create(files.language->speech());
  if (!normalizer.is_ok()) return normalizer.status();
  s->normalizer_ = std::move(normalizer).value();
  auto g2p = lang::hin::G2p::load(files.g2p_model, files.english_lexicon, files.phone_rules);
  if (!g2p.is_ok()) return g2p.status();
  s->g2p_ = std::move(g2p).value();
  auto models = SpeechModels::load(files.duration_model, files.acoustic_model, std::move(arena), resolver);
  if (!models.is_ok()) return models.status();
  s->models_ = std::move(models).value();
  if (static_cast<size_t>(s->models_->max_phones()) < limits::kMaxCallPhones) {
    return corrupt(files.duration_model + ": takes " + std::to_string(s->models_->max_phones()) +
                   " phones per call; the synthesizer needs " + std::to_string(limits::kMaxCallPhones));
  }
  auto vocoder = Vocoder::create();
  if (!vocoder.is_ok()) return vocoder.status();
  s->vocoder_ = std::make_unique<Vocoder>(std::move(vocoder).value());
  return s;
}

bool Synthesizer::emit(const PcmSink& sink, SpeakStats& stats, bool flush, float volume) {
  size_t done = 0;
  while (pending_.size() - done >= kEmitSamples || (flush && done < pending_.size())) {
    size_t n = std::min(kEmitSamples, pending_.size() - done);
    pcm_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      float v = std::round(pending_[done + i] * volume);
      pcm_[i] = static_cast<int16_t>(std::clamp(v, -32768.0f, 32767.0f));
    }
    done += n;
    stats.samples += n;
    if (!sink(pcm_.data(), n)) {
      pending_.clear();
      return false;
    }
  }
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<long>(done));
  return true;
}

// One model call: pause, the words (a pause after each phrase end), pause, as the teacher
// spoke. The edge pauses are context for the models; they are heard only where the text
// has them: the start of the text (lead_pause) and a phrase end (tail_pause). A phrase cut
// in two because it is too long for one call therefore joins without a gap.
Status Synthesizer::speak_chunk(const std::vector<std::vector<std::string>>& words,
                                const std::vector<lang::hin::WordAccent>& accents,
                                const std::vector<PhraseEnd>& phrase_ends, bool lead_pause, bool tail_pause,
                                const SpeakOptions& options, const PcmSink& sink, SpeakStats& stats) {
  std::vector<std::string> phones = {"pau"};
  std::vector<size_t> question_pauses;  // phone indices of the pauses that end questions
  std::vector<size_t> word_phone(words.size());  // word w's phones: [word_phone[w], word_end[w])
  std::vector<size_t> word_end(words.size());
  std::vector<TonePhrase> phrases;
  size_t phrase_start = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    word_phone[w] = phones.size();
    phones.insert(phones.end(), words[w].begin(), words[w].end());
    word_end[w] = phones.size();
    auto end = std::find_if(phrase_ends.begin(), phrase_ends.end(), [w](const PhraseEnd& e) { return e.word == w; });
    if (end != phrase_ends.end()) {
      phrases.push_back({phrase_start, w + 1, end->tune});
      phrase_start = w + 1;
    } else if (w + 1 == words.size()) {  // the text ends without a mark, or goes on in the next call
      phrases.push_back({phrase_start, w + 1, tail_pause ? PhraseTune::kStatement : PhraseTune::kOpen});
    }
    if (end != phrase_ends.end() || w + 1 == words.size()) {
      if (end != phrase_ends.end() && end->tune == PhraseTune::kQuestion) question_pauses.push_back(phones.size());
      phones.push_back("pau");
    }
  }
  std::vector<int> base;
  std::vector<bool> nasal;
  VACHAK_RETURN_IF_ERROR(models_->phones().encode(phones, base, nasal));
  auto frames = models_->durations(base, nasal, options.rate);
  if (!frames.is_ok()) return frames.status();
  std::vector<std::pair<size_t, size_t>> final_syllables;  // of the phrases that end here
  for (const TonePhrase& p : phrases) {
    if (p.tune == PhraseTune::kOpen) continue;
    const size_t w = p.end_word - 1;
    size_t v = word_end[w];
    while (v > word_phone[w] && !is_vowel(phones[v - 1])) --v;
    if (v > word_phone[w]) final_syllables.push_back({v - 1, word_end[w]});
  }
  lengthen_phrase_ends(frames.value(), final_syllables, options.intonation);
  long total = 0;
  for (int f : frames.value()) total += f;
  if (total > models_->max_frames() && words.size() > 1) {  // too long for one call: halves
    size_t half = words.size() / 2;
    std::vector<std::vector<std::string>> a(words.begin(), words.begin() + static_cast<long>(half));
    std::vector<std::vector<std::string>> b(words.begin() + static_cast<long>(half), words.end());
    std::vector<lang::hin::WordAccent> accents_a(accents.begin(), accents.begin() + static_cast<long>(half));
    std::vector<lang::hin::WordAccent> accents_b(accents.begin() + static_cast<long>(half), accents.end());
    std::vector<PhraseEnd> ea, eb;
    for (const PhraseEnd& e : phrase_ends) {
      if (e.word < half) ea.push_back(e);
      else eb.push_back({e.word - half, e.tune});
    }
    const bool a_ends_phrase = !ea.empty() && ea.back().word == half - 1;
    VACHAK_RETURN_IF_ERROR(speak_chunk(a, accents_a, ea, lead_pause, a_ends_phrase, options, sink, stats));
    if (stats.cancelled) return Status::ok();
    return speak_chunk(b, accents_b, eb, false, tail_pause, options, sink, stats);
  }
  if (total > models_->max_frames()) {  // one very long word: squeeze it to fit
    double k = static_cast<double>(models_->max_frames()) / static_cast<double>(total);
    for (int& f : frames.value()) f = std::max(1, static_cast<int>(f * k));
    while (true) {
      long t = 0;
      for (int f : frames.value()) t += f;
      if (t <= models_->max_frames()) break;
      auto it = std::max_element(frames.value().begin(), frames.value().end());
      if (*it <= 1) return invalid_argument("a word too long to speak");
      --*it;
    }
  }
  auto params = models_->parameters(base, nasal, frames.value());
  if (!params.is_ok()) return params.status();
  stats.phones += phones.size();
  std::vector<FrameParams>& all = params.value();
  std::vector<size_t> phone_frame(phones.size() + 1, 0);  // each phone's first frame
  for (size_t k = 0; k < phones.size(); ++k)
    phone_frame[k + 1] = phone_frame[k] + static_cast<size_t>(frames.value()[k]);
  std::vector<ToneWord> tone_words;
  for (size_t w = 0; w < words.size(); ++w)
    tone_words.push_back({phone_frame[word_phone[w]], phone_frame[word_end[w]], accents[w]});
  apply_intonation(all, tone_words, phrases, options.intonation);
  for (size_t pause : question_pauses) raise_question_end(all, phone_frame[pause]);
  const size_t first = lead_pause ? 0 : static_cast<size_t>(frames.value().front());
  const size_t last = all.size() - (tail_pause ? 0 : static_cast<size_t>(frames.value().back()));
  for (size_t t = first; t < last; ++t) {
    const FrameParams& p = all[t];
    vocoder_->push(p.f0 * options.pitch, p.cep.data(), p.ap, pending_);  // unvoiced frames stay 0
    if (pending_.size() >= kEmitSamples && !emit(sink, stats, false, options.volume)) {
      stats.cancelled = true;
      return Status::ok();
    }
  }
  return Status::ok();
}

Status Synthesizer::speak(const std::string& text, const SpeakOptions& options, const PcmSink& sink,
                          SpeakStats* stats_out) {
  struct ResetOnExit {
    Synthesizer* s;
    ~ResetOnExit() { s->reset(); }
  } reset_on_exit{this};
  if (std::string bad = speak_options_error(options); !bad.empty()) return invalid_argument(bad);
  VACHAK_RETURN_IF_ERROR(lang::utf8_validate(text));
  Call call(options, sink);
  for (size_t from = 0; from < text.size() && !call.stats.cancelled;) {
    const size_t end = lang::indic::next_piece_end(text, from);
    VACHAK_RETURN_IF_ERROR(speak_piece(call, text.substr(from, end - from)));
    from = end;
  }
  if (!call.stats.cancelled) VACHAK_RETURN_IF_ERROR(flush(call, true));
  if (!call.spoke && !call.stats.cancelled) return invalid_argument("nothing to speak in the text");
  if (!call.stats.cancelled) {
    vocoder_->finish(pending_);
    if (!emit(sink, call.stats, true, options.volume)) call.stats.cancelled = true;
  }
  if (stats_out) *stats_out = call.stats;
  return Status::ok();
}

Status Synthesizer::speak_ssml(const std::string& doc, const SpeakOptions& options, const PcmSink& sink,
                               const std::function<bool(const std::string&)>& on_mark, SpeakStats* stats_out) {
  if (std::string bad = speak_options_error(options); !bad.empty()) return invalid_argument(bad);
  auto items = parse_ssml(doc, normalizer_->numbers());
  if (!items.is_ok()) return items.status();
  if (items->empty()) return invalid_argument("SSML: nothing to speak in the document");
  SpeakStats total;
  std::vector<int16_t> silence;
  for (const SsmlItem& item : items.value()) {
    if (item.kind == SsmlItem::Kind::kMark) {
      if (on_mark && !on_mark(item.text)) total.cancelled = true;
    } else if (item.kind == SsmlItem::Kind::kBreak) {
      size_t left = static_cast<size_t>(item.break_ms) * static_cast<size_t>(sample_rate()) / 1000;
      silence.assign(std::min<size_t>(left, 1600), 0);
      while (left > 0 && !total.cancelled) {
        const size_t n = std::min(left, silence.size());
        if (!sink(silence.data(), n)) total.cancelled = true;
        total.samples += n;
        left -= n;
      }
    } else {
      SpeakOptions o;
      o.rate = std::clamp(options.rate * item.prosody.rate, kMinRate, kMaxRate);
      o.pitch = std::clamp(options.pitch * item.prosody.pitch, kMinPitch, kMaxPitch);
      o.volume = std::clamp(options.volume * item.prosody.volume, 0.0f, 1.0f);
      o.intonation = std::clamp(options.intonation * item.prosody.intonation, 0.0f, 2.0f);
      SpeakStats s;
      Status st = speak(item.text, o, sink, &s);
      // The document is valid UTF-8 and the options are in range: a refusal here is a
      // run of text with nothing to say (punctuation alone), which SSML may well hold.
      if (!st.is_ok() && st.code() != StatusCode::kInvalidArgument) return st;
      total.words += s.words;
      total.phones += s.phones;
      total.samples += s.samples;
      total.cancelled = s.cancelled;
    }
    if (total.cancelled) break;
  }
  if (stats_out) *stats_out = total;
  return Status::ok();
}

// Pending samples and the vocoder's ringing tail belong to the call that made them: an
// error or a cancel must not leave them to lead the next text.
void Synthesizer::reset() {
  pending_.clear();
  vocoder_->reset();
}

Status Synthesizer::speak_piece(Call& call, const std::string& piece) {
  auto words = normalizer_->normalize(piece, /*keep_final_break=*/true);
  if (!words.is_ok()) return words.status();
  // A piece ends at a sentence end (next_piece_end): the breaks after its last word end
  // the sentence, the others (commas, semicolons) continue it.
  const std::vector<std::string>& w = words.value();
  size_t last_word = w.size();
  for (size_t i = 0; i < w.size(); ++i)
    if (!lang::indic::is_phrase_break(w[i])) last_word = i;
  for (size_t i = 0; i < w.size(); ++i) {
    VACHAK_RETURN_IF_ERROR(add_word(call, w[i], last_word < w.size() && i > last_word));
    if (call.stats.cancelled) break;
  }
  return Status::ok();
}

// Words to phones; phrase breaks remembered as "the phrase ends after word i".
Status Synthesizer::add_word(Call& call, const std::string& word, bool ends_sentence) {
  if (lang::indic::is_phrase_break(word)) {
    const PhraseTune tune = word == lang::indic::kQuestionBreak ? PhraseTune::kQuestion
                            : ends_sentence                   ? PhraseTune::kStatement
                                                              : PhraseTune::kContinuation;
    if (!call.chunk.empty() && (call.phrase_ends.empty() || call.phrase_ends.back().word + 1 != call.chunk.size()))
      call.phrase_ends.push_back({call.chunk.size() - 1, tune});
    return call.chunk_phones >= kChunkPhones / 2 ? flush(call, true) : Status::ok();
  }
  auto phones = g2p_->phones(word);
  if (!phones.is_ok()) return phones.status();
  const std::vector<std::string>& p = phones.value();
  if (p.empty()) return Status::ok();
  ++call.stats.words;
  const lang::hin::WordAccent accent = lang::hin::word_accent(word);
  for (size_t from = 0; from < p.size() && !call.stats.cancelled;) {
    const size_t end = word_piece_end(p, from);
    VACHAK_RETURN_IF_ERROR(add_phones(call,
                                      std::vector<std::string>(p.begin() + static_cast<long>(from),
                                                               p.begin() + static_cast<long>(end)),
                                      accent));
    from = end;
  }
  return Status::ok();
}

Status Synthesizer::add_phones(Call& call, std::vector<std::string> phones, lang::hin::WordAccent accent) {
  if (call.chunk_phones + phones.size() > kChunkPhones) {
    const bool at_phrase_end = !call.phrase_ends.empty() && call.phrase_ends.back().word + 1 == call.chunk.size();
    VACHAK_RETURN_IF_ERROR(flush(call, at_phrase_end));
    if (call.stats.cancelled) return Status::ok();
  }
  call.chunk_phones += phones.size();
  call.chunk.push_back(std::move(phones));
  call.accents.push_back(accent);
  return Status::ok();
}

Status Synthesizer::flush(Call& call, bool at_phrase_end) {
  if (call.chunk.empty()) return Status::ok();
  Status s = speak_chunk(call.chunk, call.accents, call.phrase_ends, !call.spoke, at_phrase_end, call.options, call.sink,
                         call.stats);
  call.chunk.clear();
  call.accents.clear();
  call.phrase_ends.clear();
  call.chunk_phones = 0;
  call.spoke = true;
  return s;
}

}  // namespace vachak::tts
