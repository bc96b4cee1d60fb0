#include "pipelines/ocr/recognize/word_extents.h"

#include <algorithm>
#include <limits>

namespace vachak::ocr {

std::vector<std::pair<double, double>> word_extents(const std::vector<std::pair<double, double>>& emitted,
                                                    const std::vector<Box>& ink, double pad, double lo, double hi) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::pair<double, double>> out;
  out.reserve(emitted.size());
  for (size_t w = 0; w < emitted.size(); ++w) {
    const double left = w == 0 ? -inf : 0.5 * (emitted[w - 1].second + emitted[w].first);
    const double right = w + 1 == emitted.size() ? inf : 0.5 * (emitted[w].second + emitted[w + 1].first);
    double x0 = inf, x1 = -inf;
    for (const Box& b : ink) {
      const double centre = 0.5 * (b.x0 + b.x1);
      if (b.empty() || centre < left || centre >= right) continue;
      x0 = std::min(x0, static_cast<double>(b.x0));
      x1 = std::max(x1, static_cast<double>(b.x1));
    }
    if (x0 > x1) {  // no ink of its own: the emission span, padded, between the neighbours
      x0 = std::max(emitted[w].first - pad, left);
      x1 = std::min(emitted[w].second + pad, right);
    }
    x0 = std::clamp(x0, lo, hi);
    x1 = std::clamp(x1, x0, hi);
    out.emplace_back(x0, x1);
  }
  return out;
}

}  // namespace vachak::ocr
