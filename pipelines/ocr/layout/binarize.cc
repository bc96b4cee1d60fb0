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

InkMask binarize_sauvola(const GrayImage& gray, const SauvolaParams& params) {
  InkMask mask(gray.width, gray.height);
  if (gray.empty()) return mask;
  const int w = gray.width, h = gray.height;
  const int r = std::max(1, params.window / 2);

  // Column sums over rows [y - r, y + r] clipped to the image.
  std::vector<uint32_t> col_sum(static_cast<size_t>(w), 0);
  std::vector<uint64_t> col_sq(static_cast<size_t>(w), 0);
  auto add_row = [&](int y, int sign) {
    const uint8_t* p = gray.row(y);
    for (int x = 0; x < w; ++x) {
      const uint32_t v = p[x];
      if (sign > 0) {
        col_sum[static_cast<size_t>(x)] += v;
        col_sq[static_cast<size_t>(x)] += v * v;
      } else {
        col_sum[static_cast<size_t>(x)] -= v;
        col_sq[static_cast<size_t>(x)] -= v * v;
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
    // Horizontal sliding window over the column sums.
    uint64_t s = 0, sq = 0;
    for (int x = 0; x <= std::min(r, w - 1); ++x) {
      s += col_sum[static_cast<size_t>(x)];
      sq += col_sq[static_cast<size_t>(x)];
    }
    const uint8_t* src = gray.row(y);
    for (int x = 0; x < w; ++x) {
      if (x > 0) {
        if (x + r < w) {
          s += col_sum[static_cast<size_t>(x + r)];
          sq += col_sq[static_cast<size_t>(x + r)];
        }
        if (x - r - 1 >= 0) {
          s -= col_sum[static_cast<size_t>(x - r - 1)];
          sq -= col_sq[static_cast<size_t>(x - r - 1)];
        }
      }
      const int cols = std::min(w - 1, x + r) - std::max(0, x - r) + 1;
      const double n = static_cast<double>(rows) * cols;
      const double mean = static_cast<double>(s) / n;
      const double var = std::max(0.0, static_cast<double>(sq) / n - mean * mean);
      const double threshold = mean * (1.0 + params.k * (std::sqrt(var) / 128.0 - 1.0));
      if (src[x] < threshold && mean - src[x] >= params.min_contrast * 0.5) mask.set(x, y);
    }
  }
  return mask;
}

bool looks_inverted(const GrayImage& gray) {
  if (gray.empty()) return false;
  // Ink is the minority inside a window a few strokes wide, so brightness around the
  // window's mean is skewed: a long dark tail for dark text, a long bright tail for light
  // text. The sign of the summed cubed deviations from the local mean decides, whatever
  // the page's surroundings are (the most common brightness is not the paper on a photo
  // of a page on a dark table), and exactly flips when the image is inverted. Window sums
  // slide down the page as in binarize_sauvola: O(width) memory.
  const int w = gray.width, h = gray.height, r = 12;
  std::vector<uint32_t> col(static_cast<size_t>(w), 0);
  auto add_row = [&](int y, int sign) {
    const uint8_t* p = gray.row(y);
    for (int x = 0; x < w; ++x) col[static_cast<size_t>(x)] += sign > 0 ? p[x] : -static_cast<uint32_t>(p[x]);
  };
  for (int y = 0; y <= std::min(r, h - 1); ++y) add_row(y, +1);
  int64_t skew = 0;  // |d|^3 <= 255^3 per pixel: int64 holds 10^12 pixels of it
  for (int y = 0; y < h; ++y) {
    if (y > 0) {
      if (y + r < h) add_row(y + r, +1);
      if (y - r - 1 >= 0) add_row(y - r - 1, -1);
    }
    const int rows = std::min(h - 1, y + r) - std::max(0, y - r) + 1;
    uint64_t s = 0;
    for (int x = 0; x <= std::min(r, w - 1); ++x) s += col[static_cast<size_t>(x)];
    const uint8_t* src = gray.row(y);
    for (int x = 0; x < w; ++x) {
      if (x > 0) {
        if (x + r < w) s += col[static_cast<size_t>(x + r)];
        if (x - r - 1 >= 0) s -= col[static_cast<size_t>(x - r - 1)];
      }
      const int cols = std::min(w - 1, x + r) - std::max(0, x - r) + 1;
      const int64_t d = static_cast<int64_t>(src[x]) - static_cast<int64_t>(s / static_cast<uint64_t>(rows * cols));
      skew += d * d * d;
    }
  }
  // Near zero on a blank or noise-only page: call that upright.
  return skew > 64 * static_cast<int64_t>(w) * static_cast<int64_t>(h);
}

void invert(GrayImage& gray) {
  for (uint8_t& v : gray.pixels) v = static_cast<uint8_t>(255 - v);
}

}  // namespace vachak::ocr
