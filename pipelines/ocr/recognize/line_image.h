// Cuts one text line out of the page and normalizes it for the recognizer: the line's
// box in the deskewed frame (y' = y + x·shear) is sampled back from the gray page with
// the skew undone, padded by a margin, and scaled to a fixed height by area averaging.
#pragma once

#include "pipelines/ocr/image/gray_image.h"
#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

struct LineImageParams {
  int height = 32;             // the recognizer's input height
  double margin = 0.15;        // of the box height, added above and below
  int max_width = 0;           // 0: no limit; else wider lines are squeezed to fit
};

GrayImage extract_line_image(const GrayImage& page, const Box& box, double shear, const LineImageParams& params);

}  // namespace vachak::ocr
