// Page segmentation: text lines in reading order, each with its words. Works on the
// ink's connected components in a deskewed frame (a shear y' = y + x·tan(skew), exact
// enough for the few degrees a scan or a careful photo has), with a recursive XY-cut:
// a region splits at column gutters when it is tall enough to hold several lines, else
// at horizontal gaps into lines; a leaf is one line. Devanagari words are single
// components (the headline joins the letters), so the median component height is the
// line height the thresholds scale with.
#pragma once

#include <vector>

#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

enum class LayoutMode { kAuto, kPage, kLine, kWord };

struct TextLine {
  Box box;                 // in the deskewed frame (y' = y + x·shear)
  std::vector<Box> words;  // same frame, left to right
};

struct PageLayout {
  double skew_degrees = 0.0;
  double shear = 0.0;  // tan(skew)
  int line_height = 0; // median component height, pixels
  std::vector<TextLine> lines;  // reading order
};

PageLayout analyze_layout(const InkMask& mask, LayoutMode mode);

}  // namespace vachak::ocr
