#include "pipelines/ocr/image/row_downscaler.h"

#include <algorithm>

namespace vachak::ocr {

RowDownscaler::RowDownscaler(int width, int height, int factor)
    : width_(width), height_(height), factor_(std::max(1, factor)) {
  out_.width = (width_ + factor_ - 1) / factor_;
  out_.height = (height_ + factor_ - 1) / factor_;
  out_.pixels.assign(static_cast<size_t>(out_.width) * static_cast<size_t>(out_.height), 255);
  if (factor_ > 1) sums_.assign(static_cast<size_t>(out_.width), 0);
}

void RowDownscaler::push_row(const uint8_t* gray) {
  if (out_y_ >= out_.height) return;
  if (factor_ == 1) {
    std::copy(gray, gray + width_, out_.row(out_y_++));
    return;
  }
  for (int x = 0; x < width_; ++x) sums_[static_cast<size_t>(x / factor_)] += gray[x];
  if (++rows_in_band_ == factor_) flush();
}

void RowDownscaler::flush() {
  if (rows_in_band_ == 0) return;
  uint8_t* dst = out_.row(out_y_);
  for (int ox = 0; ox < out_.width; ++ox) {
    const int cols = std::min(factor_, width_ - ox * factor_);
    const uint32_t count = static_cast<uint32_t>(cols * rows_in_band_);
    dst[ox] = static_cast<uint8_t>((sums_[static_cast<size_t>(ox)] + count / 2) / count);
    sums_[static_cast<size_t>(ox)] = 0;
  }
  rows_in_band_ = 0;
  ++out_y_;
}

GrayImage RowDownscaler::take() {
  flush();  // a partial last band
  return std::move(out_);
}

int downscale_factor(int width, int height, int max_long_side) {
  if (max_long_side <= 0) return 1;
  const int long_side = std::max(width, height);
  return std::max(1, (long_side + max_long_side - 1) / max_long_side);
}

}  // namespace vachak::ocr
