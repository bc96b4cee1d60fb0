#include "pipelines/ocr/recognize/line_image.h"

#include <algorithm>
#include <cmath>

namespace vachak::ocr {

GrayImage extract_line_image(const GrayImage& page, const Box& box, double shear, const LineImageParams& params) {
  GrayImage out;
  if (box.empty() || page.empty() || params.height < 1) return out;
  const double pad = params.margin * box.height();
  const double top = box.y0 - pad, bottom = box.y1 + pad;
  const double left = box.x0 - pad * 0.5, right = box.x1 + pad * 0.5;
  const double scale = (bottom - top) / params.height;  // source pixels per output pixel
  int width = std::max(1, static_cast<int>(std::lround((right - left) / scale)));
  double xscale = scale;
  if (params.max_width > 0 && width > params.max_width) {
    width = params.max_width;
    xscale = (right - left) / width;
  }
  out.width = width;
  out.height = params.height;
  out.pixels.assign(static_cast<size_t>(width) * static_cast<size_t>(params.height), 255);

  // Area average over the source footprint of each output pixel (at least one sample).
  const int sy = std::max(1, static_cast<int>(std::ceil(scale)));
  const int sx = std::max(1, static_cast<int>(std::ceil(xscale)));
  for (int v = 0; v < params.height; ++v) {
    uint8_t* dst = out.row(v);
    for (int u = 0; u < width; ++u) {
      uint32_t sum = 0, n = 0;
      for (int j = 0; j < sy; ++j) {
        const double yd = top + (v + (j + 0.5) / sy) * scale;  // deskewed frame
        for (int i = 0; i < sx; ++i) {
          const double x = left + (u + (i + 0.5) / sx) * xscale;
          const double y = yd - x * shear;
          const int xi = static_cast<int>(std::floor(x)), yi = static_cast<int>(std::floor(y));
          sum += (xi >= 0 && yi >= 0 && xi < page.width && yi < page.height) ? page.row(yi)[xi] : 255u;
          ++n;
        }
      }
      dst[u] = static_cast<uint8_t>((sum + n / 2) / n);
    }
  }
  return out;
}

}  // namespace vachak::ocr
