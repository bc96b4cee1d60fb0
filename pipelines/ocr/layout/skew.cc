#include "pipelines/ocr/layout/skew.h"

#include <cmath>
#include <vector>

namespace vachak::ocr {

double estimate_skew_degrees(const InkMask& mask, const SkewParams& params) {
  const size_t ink = mask.count();
  if (ink < 50) return 0.0;
  const size_t stride = std::max<size_t>(1, (ink + params.max_samples - 1) / static_cast<size_t>(params.max_samples));
  // Sampled ink coordinates, 2 x 16 bits each (pages are below 32768 pixels a side
  // at working resolution), reserved once: no growth doubling on dense pages.
  std::vector<uint16_t> xs, ys;
  xs.reserve(ink / stride + 1);
  ys.reserve(ink / stride + 1);
  size_t seen = 0;
  for (int y = 0; y < mask.height() && y < 65536; ++y)
    mask.for_each_run(y, [&](int x0, int x1) {
      for (int x = x0; x < x1 && x < 65536; ++x)
        if ((seen++ % stride) == 0) {
          xs.push_back(static_cast<uint16_t>(x));
          ys.push_back(static_cast<uint16_t>(y));
        }
    });
  const double diag = std::hypot(mask.width(), mask.height());
  const int bins = static_cast<int>(2 * diag) + 2;
  std::vector<uint32_t> profile(static_cast<size_t>(bins));
  double best_score = -1.0, best = 0.0;
  const int steps = static_cast<int>(std::round(params.max_degrees / params.step_degrees));
  for (int i = -steps; i <= steps; ++i) {
    const double deg = i * params.step_degrees;
    const double rad = deg * M_PI / 180.0;
    // A line rising to the right by `deg` becomes flat under y' = y + x·tan(deg).
    const double t = std::tan(rad);
    std::fill(profile.begin(), profile.end(), 0);
    for (size_t k = 0; k < xs.size(); ++k) {
      const int bin = static_cast<int>(ys[k] + xs[k] * t + diag);  // promoted to double
      if (bin >= 0 && bin < bins) ++profile[static_cast<size_t>(bin)];
    }
    double score = 0.0;
    for (uint32_t c : profile) score += static_cast<double>(c) * c;
    // Prefer the smaller angle on ties so a straight page stays exactly straight.
    if (score > best_score * (1.0 + 1e-9) || (score >= best_score && std::fabs(deg) < std::fabs(best))) {
      best_score = score;
      best = deg;
    }
  }
  return best;
}

}  // namespace vachak::ocr
