// The phrase melody's shape (pipelines/tts/prosody/intonation.h), frame by frame.
#include "pipelines/tts/prosody/intonation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace vachak::tts {
namespace {

using lang::hin::WordAccent;

float mean(const std::vector<float>& st, size_t a, size_t b) {
  return std::accumulate(st.begin() + static_cast<long>(a), st.begin() + static_cast<long>(b), 0.0f) /
         static_cast<float>(b - a);
}

// Four words of 40 frames (200 ms) from frame 10: content, function, content, content.
std::vector<ToneWord> four_words(WordAccent first = WordAccent::kContent) {
  return {{10, 50, first}, {50, 90, WordAccent::kFunction}, {90, 130, WordAccent::kContent},
          {130, 170, WordAccent::kContent}};
}

TEST(Intonation, StatementsFallAtTheEndAndCommasRise) {
  const auto words = four_words();
  const auto statement = intonation_contour(180, words, {{0, 4, PhraseTune::kStatement}});
  const auto comma = intonation_contour(180, words, {{0, 4, PhraseTune::kContinuation}});
  EXPECT_GT(mean(statement, 130, 140), mean(statement, 160, 170) + 5.0f);  // last word falls
  EXPECT_LT(mean(comma, 130, 140) + 3.0f, mean(comma, 160, 170));          // ... or rises
  // The rest of the phrase is the same melody.
  for (size_t t = 0; t < 130; ++t) EXPECT_EQ(statement[t], comma[t]) << t;
}

TEST(Intonation, ContentWordsRiseFunctionWordsStayLowAndThePhraseDeclines) {
  const auto st = intonation_contour(180, four_words(), {{0, 4, PhraseTune::kOpen}});
  EXPECT_LT(mean(st, 10, 20), mean(st, 40, 50) - 3.0f);  // L..H across a content word
  EXPECT_LT(mean(st, 90, 100), mean(st, 120, 130) - 3.0f);
  const float function_range = *std::max_element(st.begin() + 50, st.begin() + 90) -
                               *std::min_element(st.begin() + 50, st.begin() + 90);
  EXPECT_LT(function_range, 1.0f);  // the function word: only the declination moves it
  EXPECT_GT(mean(st, 40, 50), mean(st, 120, 130) + 0.5f);  // the same accent, later: lower
  EXPECT_EQ(st[0], 0.0f);  // outside the phrase: the voice's own contour
  EXPECT_EQ(st[175], 0.0f);
}

TEST(Intonation, QuestionWordsPeakHigher) {
  const auto plain = intonation_contour(180, four_words(), {{0, 4, PhraseTune::kQuestion}});
  const auto asked = intonation_contour(180, four_words(WordAccent::kQuestion), {{0, 4, PhraseTune::kQuestion}});
  EXPECT_GT(*std::max_element(asked.begin() + 10, asked.begin() + 50),
            *std::max_element(plain.begin() + 10, plain.begin() + 50) + 1.5f);
}

TEST(Intonation, AppliesToVoicedFramesOnlyAndStrengthScales) {
  std::vector<FrameParams> frames(180);
  for (size_t t = 0; t < frames.size(); ++t) frames[t].f0 = t % 7 == 0 ? 0.0f : 120.0f;
  auto twice = frames;
  const auto words = four_words();
  const std::vector<TonePhrase> phrases = {{0, 4, PhraseTune::kStatement}};
  apply_intonation(frames, words, phrases, 1.0f);
  apply_intonation(twice, words, phrases, 2.0f);
  for (size_t t = 0; t < frames.size(); ++t) {
    if (t % 7 == 0) {
      EXPECT_EQ(frames[t].f0, 0.0f);  // unvoiced stays unvoiced
      continue;
    }
    const float ratio = frames[t].f0 / 120.0f, ratio2 = twice[t].f0 / 120.0f;
    EXPECT_NEAR(ratio2, ratio * ratio, 1e-3f) << t;  // twice the semitones
  }
  auto untouched = std::vector<FrameParams>(180);
  for (auto& f : untouched) f.f0 = 120.0f;
  apply_intonation(untouched, words, phrases, 0.0f);
  for (const auto& f : untouched) EXPECT_EQ(f.f0, 120.0f);
}

TEST(Intonation, PhraseEndsAreHeldLongerUnlessTheMelodyIsOff) {
  const std::vector<int> durations = {10, 4, 20, 6, 8};
  auto held = durations, same = durations, capped = durations;
  lengthen_phrase_ends(held, {{2, 4}}, 1.0f);
  EXPECT_EQ(held, (std::vector<int>{10, 4, 26, 8, 8}));  // the span, +30%, rounded
  lengthen_phrase_ends(same, {{2, 4}}, 0.0f);
  EXPECT_EQ(same, durations);
  lengthen_phrase_ends(capped, {{2, 4}, {4, 9}}, 2.0f);  // no more than +30%; spans past the end are cut
  EXPECT_EQ(capped, (std::vector<int>{10, 4, 26, 8, 10}));
}

TEST(Intonation, MalformedSpansAreIgnored) {
  const std::vector<ToneWord> words = {{10, 50, WordAccent::kContent}};
  const auto st = intonation_contour(30, words, {{0, 3, PhraseTune::kStatement}, {1, 1, PhraseTune::kOpen}});
  for (float v : st) EXPECT_EQ(v, 0.0f);
  const auto clipped = intonation_contour(30, words, {{0, 1, PhraseTune::kStatement}});
  EXPECT_EQ(clipped.size(), 30u);  // a word past the frames is cut at the end
}

}  // namespace
}  // namespace vachak::tts
