// Adaptive binarization (Sauvola): a pixel is ink when it is darker than
//   T = mean · (1 + k · (stddev / 128 − 1))
// over a square window around it. Local statistics follow uneven light and stains that a
// global threshold cannot. Window sums slide down the page with per-column running sums,
// so memory is O(width), not an integral image of the whole page.
#pragma once

#include <cstdint>
#include <vector>

#include "pipelines/ocr/image/gray_image.h"

namespace vachak::ocr {

// Ink (1) / background (0), same size as the source, one bit per pixel: on a 300-dpi page
// at working resolution a byte per pixel was 2.2 MB of the whole process's peak, the bits
// are 0.27 MB. Rows start on a 64-bit word.
class InkMask {
 public:
  InkMask() = default;
  InkMask(int width, int height);

  int width() const { return width_; }
  int height() const { return height_; }
  bool at(int x, int y) const {
    return (row_words(y)[static_cast<size_t>(x) >> 6] >> (static_cast<unsigned>(x) & 63u)) & 1u;
  }
  void set(int x, int y) { words_[word_index(x, y)] |= uint64_t{1} << (static_cast<unsigned>(x) & 63u); }
  const uint64_t* row_words(int y) const { return words_.data() + static_cast<size_t>(y) * words_per_row_; }
  // Number of ink pixels on the whole mask.
  size_t count() const;

  // Calls f(x0, x1) for every run of ink [x0, x1) on row y, left to right.
  template <class F>
  void for_each_run(int y, F&& f) const {
    const uint64_t* w = row_words(y);
    int x = 0;
    while (x < width_) {
      x = next_bit(w, x, true);
      if (x >= width_) break;
      const int end = next_bit(w, x, false);
      f(x, end);
      x = end;
    }
  }

 private:
  size_t word_index(int x, int y) const {
    return static_cast<size_t>(y) * words_per_row_ + (static_cast<size_t>(x) >> 6);
  }
  // First x' >= x whose bit equals `ink` (width_ when none).
  int next_bit(const uint64_t* w, int x, bool ink) const;

  int width_ = 0;
  int height_ = 0;
  size_t words_per_row_ = 0;
  std::vector<uint64_t> words_;
};

struct SauvolaParams {
  int window = 31;    // odd; roughly twice the stroke-to-stroke spacing at working resolution
  double k = 0.25;
  // Pixels brighter than this are background whatever the window says (clean paper
  // inside a large blank area has a tiny stddev and would otherwise speckle).
  int min_contrast = 18;
};

InkMask binarize_sauvola(const GrayImage& gray, const SauvolaParams& params = {});

// True when the page is light text on a dark ground: thin features brighter than their
// surroundings outnumber darker ones. The caller inverts such images before binarizing.
bool looks_inverted(const GrayImage& gray);
void invert(GrayImage& gray);

}  // namespace vachak::ocr
