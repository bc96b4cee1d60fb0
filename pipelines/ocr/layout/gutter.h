// Column gutters that do not run the whole height of a region. A heading, a running head
// or a picture caption that spans the columns of a page closes the gutter between them for
// a projection over the whole region, and with tight leading the lines of the columns touch,
// so the region cannot first be cut into blocks. A gutter is then the tallest empty strip,
// at least a few letters wide, with text on both sides of it in its rows: the region is
// read as what lies above it, the column to its left, the column to its right and what
// lies below.
#pragma once

#include <vector>

#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

struct Gutter {
  int x0 = 0, x1 = 0;  // the empty strip's columns
  int y0 = 0, y1 = 0;  // the rows where it has text on both sides
};

// Searches `region` (which bounds `letters`) for an empty strip at least `min_width` wide
// that has letters both left and right of it over at least `min_height` rows. Rows are
// looked at in bins of `bin` pixels. Returns false when there is none.
bool find_gutter(const std::vector<Box>& letters, const Box& region, int min_width, int min_height, int bin,
                 Gutter* out);

}  // namespace vachak::ocr
