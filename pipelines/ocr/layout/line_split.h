// Splitting a band that holds several text lines. Lines set with tight leading, or in
// large bold type, touch: a lower matra of one line meets the headline or an upper matra
// of the next, the two become one connected component, and the XY-cut finds no gap
// between them. Such a band is much taller than its own words are; its ink profile
// (ink pixels per deskewed row) still dips between the lines, because only the matras
// cross the gap while the headlines and letter bodies do not.
#pragma once

#include <vector>

#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

struct LineSplitParams {
  // A band is a candidate when it is this many times taller than its median item.
  double min_height_ratio = 1.7;
  // A cut row's ink must be below this fraction of the band's mean ink per row, or below
  // this fraction of the smaller of the ink peaks above and below it (within two line
  // heights): lines whose tall letters reach into each other (large type set tight, Tamil
  // titles) leave a shallow valley that is still deep beside its own lines' bodies...
  double max_valley_fraction = 0.3;
  double max_relative_valley = 0.25;
  // ... and cuts are at least this many median item heights apart, and from the edges.
  double min_line_fraction = 0.55;
};

// The [y0, y1) row ranges, in the deskewed frame (y' = y + x·shear), of the lines inside
// `band` (a box in that frame) whose items are `items`; one range (the band's own) when it
// does not split.
std::vector<std::pair<int, int>> split_band(const InkMask& mask, double shear, const Box& band,
                                            const std::vector<Box>& items, const LineSplitParams& params = {});

}  // namespace vachak::ocr
