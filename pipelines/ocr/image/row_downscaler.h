// Box-filter downscaling by an integer factor, fed one source row at a time, so a
// decoder never holds the full-size image: memory is one row of sums plus the output.
#pragma once

#include <cstdint>
#include <vector>

#include "pipelines/ocr/image/gray_image.h"

namespace vachak::ocr {

class RowDownscaler {
 public:
  // Output: ceil(width / factor) x ceil(height / factor). `factor` >= 1.
  RowDownscaler(int width, int height, int factor);

  // Adds the next source row (`width` gray bytes).
  void push_row(const uint8_t* gray);
  // The finished image; valid once all `height` rows were pushed.
  GrayImage take();

 private:
  void flush();
  int width_, height_, factor_;
  int rows_in_band_ = 0;
  int out_y_ = 0;
  std::vector<uint32_t> sums_;
  GrayImage out_;
};

// Integer factor that brings the longer side to at most `max_long_side` (1 when 0).
int downscale_factor(int width, int height, int max_long_side);

}  // namespace vachak::ocr
