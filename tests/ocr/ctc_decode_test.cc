#include <gtest/gtest.h>

#include <cmath>

#include "pipelines/ocr/recognize/ctc_decode.h"

namespace vachak::ocr {
namespace {

// Builds a [T, C] log-probability matrix from per-frame probability rows.
std::vector<float> logs(const std::vector<std::vector<float>>& probs) {
  std::vector<float> out;
  for (const auto& row : probs)
    for (float p : row) out.push_back(std::log(std::max(p, 1e-9f)));
  return out;
}

TEST(Ctc, GreedyMergesRepeatsAndDropsBlanks) {
  // classes: 0 blank, 1 'a', 2 'b'; frames: a a _ a b b _
  const auto lp = logs({{0.1f, 0.8f, 0.1f}, {0.1f, 0.8f, 0.1f}, {0.9f, 0.05f, 0.05f}, {0.1f, 0.8f, 0.1f},
                        {0.1f, 0.1f, 0.8f}, {0.1f, 0.1f, 0.8f}, {0.9f, 0.05f, 0.05f}});
  CtcResult r = ctc_greedy(lp.data(), 7, 3);
  EXPECT_EQ(r.classes, (std::vector<int>{1, 1, 2}));
  EXPECT_EQ(r.frames, (std::vector<int>{0, 3, 4}));
  EXPECT_NEAR(r.confidence[0], 0.8f, 1e-5);
}

TEST(Ctc, BeamFindsTheMostProbableLabelingWhereGreedyFails) {
  // Each frame: blank 0.4, 'a' 0.35, 'b' 0.25. Greedy picks blank, blank -> "".
  // P("") = 0.16, P("a") = 2*0.4*0.35 + 0.35^2 = 0.4025: the beam must say "a".
  const auto lp = logs({{0.4f, 0.35f, 0.25f}, {0.4f, 0.35f, 0.25f}});
  EXPECT_TRUE(ctc_greedy(lp.data(), 2, 3).classes.empty());
  BeamParams p;
  p.insertion_bonus = 0.0f;
  CtcResult r = ctc_beam_search(lp.data(), 2, 3, p, nullptr);
  EXPECT_EQ(r.classes, (std::vector<int>{1}));
  EXPECT_NEAR(std::exp(r.log_score), 0.4025f, 1e-4);
}

class PreferB : public CharLanguageModel {
 public:
  float score(const std::vector<int>&, int next) const override { return next == 2 ? 0.0f : -5.0f; }
};

TEST(Ctc, LanguageModelBreaksAnAmbiguousFrame) {
  const auto lp = logs({{0.02f, 0.50f, 0.48f}});
  BeamParams p;
  EXPECT_EQ(ctc_beam_search(lp.data(), 1, 3, p, nullptr).classes, (std::vector<int>{1}));
  PreferB lm;
  EXPECT_EQ(ctc_beam_search(lp.data(), 1, 3, p, &lm).classes, (std::vector<int>{2}));
}

TEST(Ctc, EmptyInput) {
  EXPECT_TRUE(ctc_greedy(nullptr, 0, 3).classes.empty());
  EXPECT_TRUE(ctc_beam_search(nullptr, 0, 3, BeamParams{}, nullptr).classes.empty());
}

}  // namespace
}  // namespace vachak::ocr
