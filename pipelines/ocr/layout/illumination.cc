#include "pipelines/ocr/layout/illumination.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

namespace vachak::ocr {

void normalize_illumination(GrayImage& gray, int stroke_px) {
  if (gray.empty()) return;
  constexpr int kFactor = 4;
  // Our buffer, viewed by OpenCV without a copy.
  cv::Mat page(gray.height, gray.width, CV_8UC1, gray.pixels.data());
  cv::Mat small;
  cv::resize(page, small, cv::Size(std::max(1, gray.width / kFactor), std::max(1, gray.height / kFactor)), 0, 0,
             cv::INTER_AREA);
  const int k = std::max(3, (stroke_px / kFactor) | 1);
  cv::dilate(small, small, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
  cv::blur(small, small, cv::Size(2 * k + 1, 2 * k + 1));
  // Upsample one row at a time so a full-size background never exists.
  const float sx = static_cast<float>(small.cols) / gray.width, sy = static_cast<float>(small.rows) / gray.height;
  for (int y = 0; y < gray.height; ++y) {
    const float fy = std::min(std::max((y + 0.5f) * sy - 0.5f, 0.0f), static_cast<float>(small.rows - 1));
    const int y0 = static_cast<int>(fy), y1 = std::min(y0 + 1, small.rows - 1);
    const float wy = fy - y0;
    const uint8_t* r0 = small.ptr<uint8_t>(y0);
    const uint8_t* r1 = small.ptr<uint8_t>(y1);
    uint8_t* row = gray.row(y);
    for (int x = 0; x < gray.width; ++x) {
      const float fx = std::min(std::max((x + 0.5f) * sx - 0.5f, 0.0f), static_cast<float>(small.cols - 1));
      const int x0 = static_cast<int>(fx), x1 = std::min(x0 + 1, small.cols - 1);
      const float wx = fx - x0;
      const float bg = (r0[x0] * (1 - wx) + r0[x1] * wx) * (1 - wy) + (r1[x0] * (1 - wx) + r1[x1] * wx) * wy;
      const float v = bg < 8.0f ? 255.0f : row[x] * 255.0f / bg;
      row[x] = static_cast<uint8_t>(std::min(255.0f, v + 0.5f));
    }
  }
}

}  // namespace vachak::ocr
