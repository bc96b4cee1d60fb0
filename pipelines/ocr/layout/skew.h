// Skew estimation: the angle at which the rows of ink line up best, i.e. the rotation
// that maximizes the variance of the horizontal projection profile. Devanagari's
// headline (shirorekha) makes this peak sharp.
#pragma once

#include "pipelines/ocr/layout/binarize.h"

namespace vachak::ocr {

struct SkewParams {
  double max_degrees = 6.0;
  double step_degrees = 0.1;
  int max_samples = 100000;  // ink pixels sampled, for speed and memory on dense pages
};

// Degrees, positive when text lines rise to the right (counter-clockwise skew in image
// coordinates, where y grows downwards).
double estimate_skew_degrees(const InkMask& mask, const SkewParams& params = {});

}  // namespace vachak::ocr
