// Illumination normalization: divides the page by an estimate of its paper brightness,
// so shadows, vignetting and uneven scanner light become flat white before binarizing.
// The background is the page with the ink removed: a grey-level dilation (max filter)
// wider than a stroke, smoothed, computed at quarter resolution to stay cheap.
#pragma once

#include "pipelines/ocr/image/gray_image.h"

namespace vachak::ocr {

// `stroke_px` bounds the width of dark strokes to remove (about a text line's height
// at working resolution is safe).
void normalize_illumination(GrayImage& gray, int stroke_px = 24);

}  // namespace vachak::ocr
