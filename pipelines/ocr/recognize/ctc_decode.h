// CTC decoding of a recognizer's per-frame log-probabilities [T, C] (class 0 = blank):
// greedy (best class per frame, repeats merged, blanks dropped) and prefix beam search
// with an optional character language model.
#pragma once

#include <cstdint>
#include <vector>

namespace vachak::ocr {

struct CtcFrame {
  const float* logp;  // C log-probabilities
};

struct CtcResult {
  std::vector<int> classes;       // decoded class ids (no blanks)
  std::vector<int> frames;        // frame at which each class was first emitted
  std::vector<float> confidence;  // per class: probability of its best frame
  float log_score = 0.0f;         // total log-probability (greedy path or beam)
};

// Log-probabilities for the row-major [T, C] matrix.
CtcResult ctc_greedy(const float* logp, int frames, int classes);

// A language model scores the next class given the classes so far (log-probability,
// natural log). Implementations keep their own state keyed by the prefix.
class CharLanguageModel {
 public:
  virtual ~CharLanguageModel() = default;
  virtual float score(const std::vector<int>& prefix, int next) const = 0;
};

struct BeamParams {
  int beam_width = 10;
  float lm_weight = 0.4f;       // alpha
  float insertion_bonus = 0.6f; // beta, per emitted class, balances the LM's length penalty
  float prune_logp = -7.0f;     // classes below this log-probability (p < 0.1%) in a frame are skipped
  // Frames whose blank log-probability is above this (p > 99.9%) only extend every beam
  // by a blank: no prefix is grown or scored there. Most frames of a confident model are
  // such frames, so this is most of the search's time; 0 turns it off.
  float blank_skip_logp = -0.001f;
};

CtcResult ctc_beam_search(const float* logp, int frames, int classes, const BeamParams& params,
                          const CharLanguageModel* lm);

}  // namespace vachak::ocr
