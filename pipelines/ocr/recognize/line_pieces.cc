#include "pipelines/ocr/recognize/line_pieces.h"

#include <algorithm>

namespace vachak::ocr {

std::vector<std::pair<size_t, size_t>> line_pieces(const std::vector<Box>& boxes, double scale, double pad,
                                                   double max_width) {
  std::vector<std::pair<size_t, size_t>> pieces;
  if (boxes.empty()) return pieces;
  auto width = [&](size_t first, size_t last) {  // of boxes [first, last]
    return (boxes[last].x1 - boxes[first].x0) * scale + pad;
  };
  size_t start = 0;
  for (size_t w = 1; w < boxes.size(); ++w) {
    while (w > start && width(start, w) > max_width) {
      // Cut before box k, start < k <= w: the rightmost gap nearly as wide as the widest.
      int widest = 0;
      for (size_t k = start + 1; k <= w; ++k) widest = std::max(widest, boxes[k].x0 - boxes[k - 1].x1);
      size_t cut = w;
      while (cut > start + 1 && 10 * (boxes[cut].x0 - boxes[cut - 1].x1) < 7 * widest) --cut;
      pieces.emplace_back(start, cut);
      start = cut;
    }
  }
  pieces.emplace_back(start, boxes.size());
  return pieces;
}

}  // namespace vachak::ocr
