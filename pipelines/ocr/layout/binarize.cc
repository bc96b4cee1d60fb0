#include "pipelines/ocr/layout/binarize.h"

#include <algorithm>
#include <cmath>

namespace vachak::ocr {

InkMask::InkMask(int width, int height)
    : width_(std::max(0, width)),
      height_(std::max(0, height)),
      words_per_row_((static_cast<size_t>(width_) + 63) / 64),
      words_(words_per_row_ * static_cast<size_t>(height_), 0) {}

size_t InkMask::count() const {
  size_t n = 0;
  for (uint64_t w : words_) n += static_cast<size_t>(__builtin_popcountll(w));
  return n;  // bits past the width are never set
}

int InkMask::next_bit(const uint64_t* w, int x, bool ink) const {
  size_t i = static_cast<size_t>(x) >> 6;
  uint64_t word = (ink ? w[i] : ~w[i]) & (~uint64_t{0} << (static_cast<unsigned>(x) & 63u));
  while (word == 0) {
    if (++i >= words_per_row_) return width_;
    word = ink ? w[i] : ~w[i];
  }
  return std::min(width_, static_cast<int>(i * 64 + static_cast<size_t>(__builtin_ctzll(word))));
}

namespace {

// Walks the page row by row and calls f(x, y, pixel, sum, sum_sq, n) with the sum (and,
// when WithSquares, the sum of squares) of the n pixels in the (2r+1)^2 window around
// (x, y), clipped to the image. Column sums slide down the page and the window slides
// along each row: O(width) memory, O(1) work per pixel.
template <bool WithSquares, class F>
void for_each_window(const GrayImage& gray, int r, F&& f) {
  const int w = gray.width, h = gray.height;
  std::vector<uint32_t> col_sum(static_cast<size_t>(w), 0);
  std::vector<uint64_t> col_sq(WithSquares ? static_cast<size_t>(w) : 0, 0);
  auto add_row = [&](int y, int sign) {
    const uint8_t* p = gray.row(y);
    for (int x = 0; x < w; ++x) {
      const uint32_t v = p[x];
      if (sign > 0) {
        col_sum[static_cast<size_t>(x)] += v;
        if constexpr (WithSquares) col_sq[static_cast<size_t>(x)] += v * v;
      } else {
        col_sum[static_cast<size_t>(x)] -= v;
        if constexpr (WithSquares) col_sq[static_cast<size_t>(x)] -= v * v;
      }
    }
  };
  for (int y = 0; y <= std::min(r, h - 1); ++y) add_row(y, +1);
  for (int y = 0; y < h; ++y) {
    if (y > 0) {
      if (y + r < h) add_row(y + r, +1);
      if (y - r - 1 >= 0) add_row(y - r - 1, -1);
    }
    const int rows = std::min(h - 1, y + r) - std::max(0, y - r) + 1;
    uint64_t s = 0, sq = 0;
    for (int x = 0; x <= std::min(r, w - 1); ++x) {
      s += col_sum[static_cast<size_t>(x)];
      if constexpr (WithSquares) sq += col_sq[static_cast<size_t>(x)];
    }
    const uint8_t* src = gray.row(y);
    for (int x = 0; x < w; ++x) {
      if (x > 0) {
        if (x + r < w) {
          s += col_sum[static_cast<size_t>(x + r)];
          if constexpr (WithSquares) sq += col_sq[static_cast<size_t>(x + r)];
        }
        if (x - r - 1 >= 0) {
          s -= col_sum[static_cast<size_t>(x - r - 1)];
          if constexpr (WithSquares) sq -= col_sq[static_cast<size_t>(x - r - 1)];
        }
      }
      const int cols = std::min(w - 1, x + r) - std::max(0, x - r) + 1;
      f(x, y, src[x], s, sq, static_cast<uint64_t>(rows) * static_cast<uint64_t>(cols));
    }
  }
}

}  // namespace

InkMask binarize_sauvola(const GrayImage& gray, const SauvolaParams& params) {
  InkMask mask(gray.width, gray.height);
  if (gray.empty()) return mask;
  for_each_window<true>(gray, std::max(1, params.window / 2),
                        [&](int x, int y, uint8_t v, uint64_t s, uint64_t sq, uint64_t count) {
                          const double n = static_cast<double>(count);
                          const double mean = static_cast<double>(s) / n;
                          const double var = std::max(0.0, static_cast<double>(sq) / n - mean * mean);
                          const double threshold = mean * (1.0 + params.k * (std::sqrt(var) / 128.0 - 1.0));
                          if (v < threshold && mean - v >= params.min_contrast * 0.5) mask.set(x, y);
                        });
  return mask;
}

bool looks_inverted(const GrayImage& gray) {
  if (gray.empty()) return false;
  // Ink is the minority inside a window a few strokes wide, so brightness around the
  // window's mean is skewed: a long dark tail for dark text, a long bright tail for light
  // text. The sign of the summed cubed deviations from the local mean decides, whatever
  // the page's surroundings are (the most common brightness is not the paper on a photo
  // of a page on a dark table), and exactly flips when the image is inverted.
  int64_t skew = 0;  // |d|^3 <= 255^3 per pixel: int64 holds 10^12 pixels of it
  for_each_window<false>(gray, 12, [&](int, int, uint8_t v, uint64_t s, uint64_t, uint64_t count) {
    const int64_t d = static_cast<int64_t>(v) - static_cast<int64_t>(s / count);
    skew += d * d * d;
  });
  // Near zero on a blank or noise-only page: call that upright.
  return skew > 64 * static_cast<int64_t>(gray.width) * static_cast<int64_t>(gray.height);
}

void invert(GrayImage& gray) {
  for (uint8_t& v : gray.pixels) v = static_cast<uint8_t>(255 - v);
}

}  // namespace vachak::ocr
