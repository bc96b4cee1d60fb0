#include "pipelines/ocr/layout/word_gap.h"

#include <algorithm>

namespace vachak::ocr {
namespace {

// Percent of the gaps the wider group must hold to be the spaces between words (measured:
// 23-32% on Gujarati pages, at most 9% on Devanagari ones).
constexpr long kMinWordGapShare = 15;

// The gap width that best parts the gaps into two groups (Otsu's criterion): the spaces
// between separate letters of a word, and the spaces between words.
int parting_width(const std::vector<int>& gaps) {
  const int top = *std::max_element(gaps.begin(), gaps.end());
  std::vector<double> count(static_cast<size_t>(top) + 1, 0.0);
  for (int g : gaps) count[static_cast<size_t>(g)] += 1.0;
  double total = 0.0, sum = 0.0;
  for (int g = 0; g <= top; ++g) total += count[static_cast<size_t>(g)], sum += g * count[static_cast<size_t>(g)];
  double below = 0.0, below_sum = 0.0, best = -1.0;
  int parting = 0;
  for (int t = 1; t <= top; ++t) {  // groups [0, t) and [t, top]
    below += count[static_cast<size_t>(t - 1)];
    below_sum += (t - 1) * count[static_cast<size_t>(t - 1)];
    const double above = total - below;
    if (below == 0.0 || above == 0.0) continue;
    const double d = below_sum / below - (sum - below_sum) / above;
    const double between = below * above * d * d;
    if (between > best) best = between, parting = t;
  }
  return parting;
}

}  // namespace

int typical_word_gap(const std::vector<Component>& comps, int letter_height) {
  std::vector<Box> boxes;
  for (const Component& c : comps)
    if (2 * c.box.height() >= letter_height) boxes.push_back(c.box);
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  const int max_gap = 4 * letter_height;
  std::vector<int> gaps;
  for (const Box& a : boxes) {
    auto b = std::lower_bound(boxes.begin(), boxes.end(), a.x1, [](const Box& x, int v) { return x.x0 < v; });
    for (; b != boxes.end() && b->x0 - a.x1 < max_gap; ++b) {
      // Same line: they share at least half the shorter one's rows. Sorted by x0, the
      // first such is the nearest.
      const int overlap = std::min(a.y1, b->y1) - std::max(a.y0, b->y0);
      if (2 * overlap < std::min(a.height(), b->height())) continue;
      gaps.push_back(b->x0 - a.x1);
      break;
    }
  }
  if (gaps.empty()) return 0;
  // Where words are single components nearly every gap is a word space, and the wider
  // group is only the widest of them: it must hold a good share of the gaps to be the words.
  const int parting = parting_width(gaps);
  const auto wider = std::count_if(gaps.begin(), gaps.end(), [&](int g) { return g >= parting; });
  if (wider * 100 >= kMinWordGapShare * static_cast<long>(gaps.size()))
    gaps.erase(std::remove_if(gaps.begin(), gaps.end(), [&](int g) { return g < parting; }), gaps.end());
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2];
}

}  // namespace vachak::ocr
