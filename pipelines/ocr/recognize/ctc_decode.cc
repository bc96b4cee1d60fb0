#include "pipelines/ocr/recognize/ctc_decode.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace vachak::ocr {
namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();

float log_add(float a, float b) {
  if (a == kNegInf) return b;
  if (b == kNegInf) return a;
  const float m = std::max(a, b);
  return m + std::log1p(std::exp(-std::fabs(a - b)));
}

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
  // Prefixes live in a trie: a beam is a node id, extending it is a hash lookup, and the
  // LM is asked once per (prefix, class), when the child node is made.
  struct Node {
    int parent, cls, frame;
    float confidence;  // best probability of this node's class while it was being emitted
    float lm;          // accumulated weighted LM score and insertion bonuses
  };
  struct Prob {
    float blank = kNegInf, non_blank = kNegInf;
    float total() const { return log_add(blank, non_blank); }
  };
  std::vector<Node> nodes{{-1, 0, -1, 0.0f, 0.0f}};
  std::unordered_map<uint64_t, int> children;
  std::vector<int> history;
  auto child = [&](int parent, int c, int t, float p) {
    const uint64_t key = (static_cast<uint64_t>(parent) << 20) | static_cast<uint64_t>(c);
    const auto it = children.find(key);
    if (it != children.end()) return it->second;
    float score = nodes[static_cast<size_t>(parent)].lm + params.insertion_bonus;
    if (lm != nullptr) {
      history.clear();
      for (int n = parent; n > 0 && history.size() < 8; n = nodes[static_cast<size_t>(n)].parent)
        history.push_back(nodes[static_cast<size_t>(n)].cls);
      std::reverse(history.begin(), history.end());
      score += params.lm_weight * lm->score(history, c);
    }
    nodes.push_back({parent, c, t, std::exp(p), score});
    const int id = static_cast<int>(nodes.size()) - 1;
    children.emplace(key, id);
    return id;
  };

  std::unordered_map<int, Prob> beams{{0, Prob{0.0f, kNegInf}}}, next;
  std::vector<std::pair<float, int>> order;
  for (int t = 0; t < frames; ++t) {
    const float* row = logp + static_cast<size_t>(t) * classes;
    if (params.blank_skip_logp < 0.0f && row[0] > params.blank_skip_logp) {
      for (auto& [node, prob] : beams) prob = Prob{prob.total() + row[0], kNegInf};
      continue;
    }
    next.clear();
    for (const auto& [node, prob] : beams) {
      const float total = prob.total();
      Prob& stay = next[node];
      stay.blank = log_add(stay.blank, total + row[0]);
      const int last = node == 0 ? -1 : nodes[static_cast<size_t>(node)].cls;
      for (int c = 1; c < classes; ++c) {
        const float p = row[c];
        if (p < params.prune_logp) continue;
        // Emitting c again without a blank between only extends the same prefix.
        if (c == last) {
          Prob& same = next[node];
          same.non_blank = log_add(same.non_blank, prob.non_blank + p);
          Node& n = nodes[static_cast<size_t>(node)];
          n.confidence = std::max(n.confidence, std::exp(p));
        }
        const int ext = child(node, c, t, p);
        // A repeat needs a blank in between to count twice.
        Prob& grow = next[ext];
        grow.non_blank = log_add(grow.non_blank, (c == last ? prob.blank : total) + p);
      }
    }
    order.clear();
    for (const auto& [node, prob] : next) order.emplace_back(prob.total() + nodes[static_cast<size_t>(node)].lm, node);
    const size_t keep = std::min(order.size(), static_cast<size_t>(std::max(1, params.beam_width)));
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(keep), order.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    beams.clear();
    for (size_t i = 0; i < keep; ++i) beams.emplace(order[i].second, next[order[i].second]);
  }
  int best = 0;
  float best_rank = kNegInf;
  for (const auto& [node, prob] : beams) {
    const float rank = prob.total() + nodes[static_cast<size_t>(node)].lm;
    if (rank > best_rank || (rank == best_rank && node < best)) best_rank = rank, best = node;
  }
  CtcResult r;
  for (int n = best; n > 0; n = nodes[static_cast<size_t>(n)].parent) {
    r.classes.push_back(nodes[static_cast<size_t>(n)].cls);
    r.frames.push_back(nodes[static_cast<size_t>(n)].frame);
    r.confidence.push_back(nodes[static_cast<size_t>(n)].confidence);
  }
  std::reverse(r.classes.begin(), r.classes.end());
  std::reverse(r.frames.begin(), r.frames.end());
  std::reverse(r.confidence.begin(), r.confidence.end());
  r.log_score = beams.count(best) ? beams[best].total() : kNegInf;
  return r;
}

}  // namespace vachak::ocr
