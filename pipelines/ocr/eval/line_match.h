// Line-finding recall and precision: found line boxes against the true ones of a rendered
// page (NAME.lines.tsv beside NAME.png: one "x0 y0 x1 y1" line per text line, source
// pixels). A found box matches a true one when their intersection over union is at least
// `min_iou`, each box at most once (best pairs first). Two merged lines match neither
// truth; a picture read as a line matches nothing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pipelines/ocr/layout/components.h"
#include "runtime/core/status.h"

namespace vachak::ocr {

struct LineMatchCounts {
  size_t truth = 0, found = 0, matched = 0;
  double recall() const { return truth ? static_cast<double>(matched) / truth : 1.0; }
  double precision() const { return found ? static_cast<double>(matched) / found : 1.0; }
  LineMatchCounts& operator+=(const LineMatchCounts& o) {
    truth += o.truth, found += o.found, matched += o.matched;
    return *this;
  }
};

double box_iou(const Box& a, const Box& b);
LineMatchCounts match_lines(const std::vector<Box>& found, const std::vector<Box>& truth, double min_iou = 0.5);
// Reads a NAME.lines.tsv file: "x0 y0 x1 y1" per line ('#' starts a comment).
Result<std::vector<Box>> read_line_boxes(const std::string& path);

}  // namespace vachak::ocr
