#include "pipelines/tts/prosody/intonation.h"

#include <algorithm>
#include <cmath>

namespace vachak::tts {
namespace {

constexpr float kFramesPerSecond = 200.0f;  // 5 ms frames
constexpr float kDeclinePerSecond = 2.0f, kMaxDecline = 4.0f;
constexpr float kAccent = 5.0f;            // content word: -2.5 .. +2.5 st across the word
constexpr float kQuestionAccent = 7.0f;    // question word: -2.3 .. +4.7 st
constexpr float kFunctionLevel = -0.5f;    // unaccented
constexpr float kFallFrom = 2.5f, kFallTo = -3.5f;      // statement's last word (the voice falls too)
constexpr float kRiseFrom = -1.0f, kRiseTo = 4.0f;      // continuation's last word
constexpr size_t kSmoothFrames = 9;        // 45 ms moving average
constexpr float kFinalLengthening = 0.3f;  // +30% on a phrase's last syllable

// 0 at the word's start to 1 at its end, easing in and out.
float ramp(size_t t, size_t first, size_t end) {
  const float x = end > first + 1 ? static_cast<float>(t - first) / static_cast<float>(end - first - 1) : 1.0f;
  return x * x * (3.0f - 2.0f * x);
}

}  // namespace

std::vector<float> intonation_contour(size_t frames, const std::vector<ToneWord>& words,
                                      const std::vector<TonePhrase>& phrases) {
  std::vector<float> st(frames, 0.0f);
  for (const TonePhrase& p : phrases) {
    if (p.first_word >= p.end_word || p.end_word > words.size()) continue;
    const size_t ps = words[p.first_word].first_frame, pe = std::min(words[p.end_word - 1].end_frame, frames);
    if (ps >= pe) continue;
    const float decline = std::min(kMaxDecline, kDeclinePerSecond * static_cast<float>(pe - ps) / kFramesPerSecond);
    for (size_t t = ps; t < pe; ++t)
      st[t] += decline * (0.5f - static_cast<float>(t - ps) / static_cast<float>(pe - ps));
    for (size_t w = p.first_word; w < p.end_word; ++w) {
      const ToneWord& word = words[w];
      const size_t first = word.first_frame, end = std::min(word.end_frame, frames);
      const bool last = w + 1 == p.end_word;
      for (size_t t = first; t < end; ++t) {
        const float x = ramp(t, first, end);
        float v;
        if (last && p.tune == PhraseTune::kStatement) {
          v = kFallFrom + (kFallTo - kFallFrom) * x;
        } else if (last && p.tune == PhraseTune::kContinuation) {
          v = kRiseFrom + (kRiseTo - kRiseFrom) * x;
        } else if (word.accent == lang::hin::WordAccent::kQuestion) {
          v = kQuestionAccent * (x - 1.0f / 3.0f);
        } else if (word.accent == lang::hin::WordAccent::kFunction) {
          v = kFunctionLevel;
        } else {
          v = kAccent * (x - 0.5f);
        }
        st[t] += v;
      }
    }
  }
  return st;
}

void lengthen_phrase_ends(std::vector<int>& phone_frames, const std::vector<std::pair<size_t, size_t>>& spans,
                          float strength) {
  const float k = 1.0f + kFinalLengthening * std::min(strength, 1.0f);
  if (k == 1.0f) return;
  for (const auto& [first, end] : spans)
    for (size_t i = first; i < end && i < phone_frames.size(); ++i)
      phone_frames[i] = static_cast<int>(std::lround(static_cast<float>(phone_frames[i]) * k));
}

void apply_intonation(std::vector<FrameParams>& frames, const std::vector<ToneWord>& words,
                      const std::vector<TonePhrase>& phrases, float strength) {
  if (strength == 0.0f || frames.empty()) return;
  const std::vector<float> st = intonation_contour(frames.size(), words, phrases);
  // Moving average, so that word boundaries glide instead of jumping.
  const size_t n = st.size(), h = kSmoothFrames / 2;
  std::vector<float> prefix(n + 1, 0.0f);
  for (size_t t = 0; t < n; ++t) prefix[t + 1] = prefix[t] + st[t];
  for (size_t t = 0; t < n; ++t) {
    if (frames[t].f0 <= 0.0f) continue;
    const size_t a = t > h ? t - h : 0, b = std::min(n, t + h + 1);
    const float smooth = (prefix[b] - prefix[a]) / static_cast<float>(b - a);
    frames[t].f0 *= std::exp2(strength * smooth / 12.0f);
  }
}

}  // namespace vachak::tts
