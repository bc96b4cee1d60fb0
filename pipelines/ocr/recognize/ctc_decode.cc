#include "pipelines/ocr/recognize/ctc_decode.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace vachak::ocr {
namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();

float log_add(float a, float b) {
  if (a == kNegInf) return b;
  if (b == kNegInf) return a;
  const float m = std::max(a, b);
  return m + std::log1p(std::exp(-std::fabs(a - b)));
}

struct Beam {
  float blank = kNegInf;     // log P(prefix, ending in blank)
  float non_blank = kNegInf; // log P(prefix, ending in its last class)
  float lm = 0.0f;           // accumulated weighted LM score + bonuses
  std::vector<int> frames;
  std::vector<float> confidence;
  float total() const { return log_add(blank, non_blank); }
};

}  // namespace

CtcResult ctc_greedy(const float* logp, int frames, int classes) {
  CtcResult r;
  int prev = 0;
  for (int t = 0; t < frames; ++t) {
    const float* row = logp + static_cast<size_t>(t) * classes;
    const int best = static_cast<int>(std::max_element(row, row + classes) - row);
    r.log_score += row[best];
    if (best != 0 && best != prev) {
      r.classes.push_back(best);
      r.frames.push_back(t);
      r.confidence.push_back(std::exp(row[best]));
    } else if (best != 0 && best == prev && !r.confidence.empty()) {
      r.confidence.back() = std::max(r.confidence.back(), std::exp(row[best]));
    }
    prev = best;
  }
  return r;
}

CtcResult ctc_beam_search(const float* logp, int frames, int classes, const BeamParams& params,
                          const CharLanguageModel* lm) {
  std::map<std::vector<int>, Beam> beams;
  beams[{}].blank = 0.0f;
  auto rank = [&](const Beam& b) { return b.total() + b.lm; };

  for (int t = 0; t < frames; ++t) {
    const float* row = logp + static_cast<size_t>(t) * classes;
    std::map<std::vector<int>, Beam> next;
    for (const auto& [prefix, beam] : beams) {
      // Blank: the prefix stays.
      Beam& stay = next[prefix];
      if (stay.frames.empty() && !beam.frames.empty()) {
        stay.frames = beam.frames;
        stay.confidence = beam.confidence;
      }
      stay.lm = beam.lm;
      stay.blank = log_add(stay.blank, beam.total() + row[0]);
      const int last = prefix.empty() ? -1 : prefix.back();
      for (int c = 1; c < classes; ++c) {
        const float p = row[c];
        if (p < params.prune_logp) continue;
        // Emitting c starts a new class unless it repeats the last one without a blank
        // between, which only extends the same prefix's non-blank path.
        if (c == last) {
          Beam& same = next[prefix];
          same.non_blank = log_add(same.non_blank, beam.non_blank + p);
          if (!same.confidence.empty()) same.confidence.back() = std::max(same.confidence.back(), std::exp(p));
        }
        std::vector<int> ext = prefix;
        ext.push_back(c);
        Beam& grow = next[ext];
        if (grow.frames.empty()) {
          grow.frames = beam.frames;
          grow.frames.push_back(t);
          grow.confidence = beam.confidence;
          grow.confidence.push_back(std::exp(p));
          grow.lm = beam.lm + params.insertion_bonus + (lm ? params.lm_weight * lm->score(prefix, c) : 0.0f);
        }
        // A repeat needs a blank in between to count twice.
        grow.non_blank = log_add(grow.non_blank, (c == last ? beam.blank : beam.total()) + p);
      }
    }
    // Keep the best beam_width prefixes.
    std::vector<std::pair<float, const std::vector<int>*>> order;
    for (const auto& [prefix, beam] : next) order.emplace_back(rank(beam), &prefix);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::map<std::vector<int>, Beam> kept;
    for (size_t i = 0; i < order.size() && static_cast<int>(i) < params.beam_width; ++i)
      kept.emplace(*order[i].second, next[*order[i].second]);
    beams = std::move(kept);
  }
  const auto best = std::max_element(beams.begin(), beams.end(),
                                     [&](const auto& a, const auto& b) { return rank(a.second) < rank(b.second); });
  CtcResult r;
  r.classes = best->first;
  r.frames = best->second.frames;
  r.confidence = best->second.confidence;
  r.log_score = best->second.total();
  return r;
}

}  // namespace vachak::ocr
