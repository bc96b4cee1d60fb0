// An 8-bit grayscale image (0 = black, 255 = white), rows contiguous.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vachak::ocr {

struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  // width * height

  uint8_t* row(int y) { return pixels.data() + static_cast<size_t>(y) * static_cast<size_t>(width); }
  const uint8_t* row(int y) const { return pixels.data() + static_cast<size_t>(y) * static_cast<size_t>(width); }
  bool empty() const { return width == 0 || height == 0; }
};

}  // namespace vachak::ocr
