// `vachak ocr --overlay OUT.png`: what the OCR found, drawn over the image -- text lines
// in blue, each word's box in a colour from red (unsure) through yellow to green (sure),
// words that came out empty (rejected) crossed out -- so a user can see why a page read
// badly: merged or missed lines, a picture read as text, a word the recognizer doubted.
#pragma once

#include <string>

#include "pipelines/ocr/image/gray_image.h"
#include "pipelines/ocr/ocr_pipeline.h"
#include "runtime/core/status.h"

namespace vachak::app {

// `page` is the image as decoded for OCR (boxes in `r` are in source pixels and are
// scaled to it). Writes an RGB PNG under a temporary name and renames it into place.
[[nodiscard]] Status write_overlay(const std::string& path, const ocr::GrayImage& page, const ocr::OcrResult& r);

}  // namespace vachak::app
