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

// 1 = ink, 0 = background; same size as the source.
struct InkMask {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> ink;

  uint8_t at(int x, int y) const { return ink[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)]; }
  const uint8_t* row(int y) const { return ink.data() + static_cast<size_t>(y) * static_cast<size_t>(width); }
};

struct SauvolaParams {
  int window = 31;    // odd; roughly twice the stroke-to-stroke spacing at working resolution
  double k = 0.25;
  // Pixels brighter than this are background whatever the window says (clean paper
  // inside a large blank area has a tiny stddev and would otherwise speckle).
  int min_contrast = 18;
};

InkMask binarize_sauvola(const GrayImage& gray, const SauvolaParams& params = {});

// True when the page is light text on a dark ground: its most common brightness (the
// paper) is dark. The caller inverts such images before binarizing.
bool looks_inverted(const GrayImage& gray);
void invert(GrayImage& gray);

}  // namespace vachak::ocr
