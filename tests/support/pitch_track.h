// A plain F0 estimate for tests: the median over loud 40 ms frames of the highest local
// peak of the autocorrelation between 60 and 500 Hz. Good enough to tell a raised or lowered
// voice from the original; not a pitch tracker for anything else.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace vachak::testing {

// F0 in Hz of each voiced, loud 40 ms frame (hop 20 ms) of samples [begin, end).
inline std::vector<double> f0_frames(const std::vector<int16_t>& x, int rate, size_t begin = 0, size_t end = SIZE_MAX) {
  end = std::min(end, x.size());
  const size_t win = static_cast<size_t>(rate) / 25;
  double peak = 0;
  for (size_t i = begin; i < end; ++i) peak = std::max(peak, std::abs(static_cast<double>(x[i])));
  std::vector<double> f0s;
  for (size_t start = begin; start + win < end; start += win / 2) {
    double energy = 0;
    for (size_t i = 0; i < win; ++i) energy += static_cast<double>(x[start + i]) * x[start + i];
    if (std::sqrt(energy / static_cast<double>(win)) < 0.1 * peak) continue;
    const size_t lo = static_cast<size_t>(rate) / 500, hi = static_cast<size_t>(rate) / 60;
    std::vector<double> r(hi + 2, 0.0);
    for (size_t lag = lo - 1; lag <= hi + 1; ++lag)
      for (size_t i = 0; i + lag < win; ++i) r[lag] += static_cast<double>(x[start + i]) * x[start + i + lag];
    size_t best_lag = 0;
    double best = 0;
    for (size_t lag = lo; lag <= hi; ++lag)  // a peak, not the slope down from lag 0
      if (r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1] && r[lag] > best) best = r[lag], best_lag = lag;
    if (best > 0.5 * energy) f0s.push_back(static_cast<double>(rate) / static_cast<double>(best_lag));
  }
  return f0s;
}

// Median F0 in Hz of samples [begin, end) (0 when nothing there is voiced and loud).
inline double median_f0(const std::vector<int16_t>& x, int rate, size_t begin = 0, size_t end = SIZE_MAX) {
  std::vector<double> f0s = f0_frames(x, rate, begin, end);
  if (f0s.empty()) return 0;
  std::nth_element(f0s.begin(), f0s.begin() + static_cast<long>(f0s.size() / 2), f0s.end());
  return f0s[f0s.size() / 2];
}

// The F0 spread of a sentence: the 90th over the 10th percentile of its voiced frames'
// F0 (1 for a monotone; 0 when fewer than 10 frames are voiced).
inline double f0_spread(const std::vector<int16_t>& x, int rate) {
  std::vector<double> f0s = f0_frames(x, rate);
  if (f0s.size() < 10) return 0;
  std::sort(f0s.begin(), f0s.end());
  return f0s[f0s.size() * 9 / 10] / f0s[f0s.size() / 10];
}

}  // namespace vachak::testing
