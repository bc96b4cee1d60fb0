#include "pipelines/ocr/layout/line_split.h"

#include <algorithm>
#include <cmath>

namespace vachak::ocr {
namespace {

int median_height(const std::vector<Box>& items) {
  std::vector<int> h;
  for (const Box& b : items)
    if (b.width() >= 2 && b.height() >= 2) h.push_back(b.height());
  if (h.empty()) return 0;
  std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// Ink pixels per deskewed row of the band, counted from the mask's runs inside the band's
// columns; a run is placed by its middle (the shear moves a short run less than a row).
std::vector<double> ink_profile(const InkMask& mask, double shear, const Box& band) {
  std::vector<double> profile(static_cast<size_t>(band.height()), 0.0);
  const double lo = std::min(band.x0 * shear, band.x1 * shear), hi = std::max(band.x0 * shear, band.x1 * shear);
  const int y_first = std::max(0, static_cast<int>(std::floor(band.y0 - hi)) - 1);
  const int y_last = std::min(mask.height(), static_cast<int>(std::ceil(band.y1 - lo)) + 1);
  for (int y = y_first; y < y_last; ++y) {
    mask.for_each_run(y, [&](int x0, int x1) {
      x0 = std::max(x0, band.x0);
      x1 = std::min(x1, band.x1);
      if (x1 <= x0) return;
      const int yd = static_cast<int>(std::lround(y + 0.5 * (x0 + x1) * shear)) - band.y0;
      if (yd >= 0 && yd < band.height()) profile[static_cast<size_t>(yd)] += x1 - x0;
    });
  }
  return profile;
}

}  // namespace

std::vector<std::pair<int, int>> split_band(const InkMask& mask, double shear, const Box& band,
                                            const std::vector<Box>& items, const LineSplitParams& params) {
  const std::vector<std::pair<int, int>> whole = {{band.y0, band.y1}};
  const int h = median_height(items);
  if (items.size() < 2 || h < 4 || band.height() < params.min_height_ratio * h) return whole;
  std::vector<double> profile = ink_profile(mask, shear, band);
  // Smooth over a few rows so one thin row of a stroke is not a valley.
  const int r = std::max(1, h / 12);
  std::vector<double> smooth(profile.size(), 0.0);
  double mean = 0.0;
  for (size_t y = 0; y < profile.size(); ++y) {
    double s = 0.0;
    int n = 0;
    for (int d = -r; d <= r; ++d) {
      const long k = static_cast<long>(y) + d;
      if (k >= 0 && k < static_cast<long>(profile.size())) s += profile[static_cast<size_t>(k)], ++n;
    }
    smooth[y] = s / n;
    mean += profile[y];
  }
  mean /= static_cast<double>(profile.size());
  if (mean <= 0.0) return whole;
  const int min_gap = std::max(3, static_cast<int>(params.min_line_fraction * h));
  const int n = static_cast<int>(smooth.size());
  // Each row's ceiling: the absolute one, or the relative one beside the peaks around it.
  std::vector<double> ceiling(smooth.size(), params.max_valley_fraction * mean);
  const int reach = 2 * h;
  for (int y = 0; y < n; ++y) {
    double above = 0.0, below = 0.0;
    for (int k = std::max(0, y - reach); k < y; ++k) above = std::max(above, smooth[static_cast<size_t>(k)]);
    for (int k = y + 1; k < std::min(n, y + 1 + reach); ++k) below = std::max(below, smooth[static_cast<size_t>(k)]);
    ceiling[static_cast<size_t>(y)] =
        std::max(ceiling[static_cast<size_t>(y)], params.max_relative_valley * std::min(above, below));
  }
  // Greedy from the top: the lowest row of each stretch below the ceiling becomes a cut,
  // when it is far enough from the previous cut and from the bottom edge.
  std::vector<int> cuts;
  int prev = 0;
  int y = min_gap;
  while (y < n - min_gap) {
    if (smooth[static_cast<size_t>(y)] >= ceiling[static_cast<size_t>(y)]) {
      ++y;
      continue;
    }
    int best = y;
    int e = y;
    while (e < n - min_gap && smooth[static_cast<size_t>(e)] < ceiling[static_cast<size_t>(e)]) {
      if (smooth[static_cast<size_t>(e)] < smooth[static_cast<size_t>(best)]) best = e;
      ++e;
    }
    if (best - prev >= min_gap) {
      cuts.push_back(best);
      prev = best;
    }
    y = e + 1;
  }
  if (cuts.empty()) return whole;
  std::vector<std::pair<int, int>> out;
  int start = 0;
  cuts.push_back(n);
  for (int c : cuts) {
    // Trim each part to rows that hold ink, so the line box is the line's, not the gap's.
    int a = start, b = c;
    while (a < b && profile[static_cast<size_t>(a)] == 0.0) ++a;
    while (b > a && profile[static_cast<size_t>(b - 1)] == 0.0) --b;
    if (b > a) out.emplace_back(band.y0 + a, band.y0 + b);
    start = c;
  }
  return out.size() > 1 ? out : whole;
}

}  // namespace vachak::ocr
