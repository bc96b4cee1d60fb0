// Connected components of ink (8-connected) with their boxes and pixel counts. Labels
// are found run by run with a union-find over runs, so memory is proportional to the
// number of runs, not to the page.
#pragma once

#include <cstdint>
#include <vector>

#include "pipelines/ocr/layout/binarize.h"

namespace vachak::ocr {

struct Box {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // inclusive-exclusive: [x0, x1) x [y0, y1)
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  void include(const Box& o) {
    if (o.empty()) return;
    if (empty()) {
      *this = o;
      return;
    }
    x0 = x0 < o.x0 ? x0 : o.x0;
    y0 = y0 < o.y0 ? y0 : o.y0;
    x1 = x1 > o.x1 ? x1 : o.x1;
    y1 = y1 > o.y1 ? y1 : o.y1;
  }
};

struct Component {
  Box box;
  int pixels = 0;
};

std::vector<Component> find_components(const InkMask& mask);

}  // namespace vachak::ocr
