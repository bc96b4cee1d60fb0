// Blocks of lines for the formats that nest text in regions (hOCR's ocr_carea/ocr_par, ALTO's
// TextBlock, Tesseract's TSV block_num/par_num). The page layout gives lines in reading
// order; consecutive lines that sit under one another in the same column, in type of the
// same size and with no more than a line's gap between them, make one block. A block is
// one paragraph: the layout does not find paragraph breaks inside a column.
#pragma once

#include <cstddef>
#include <vector>

#include "pipelines/ocr/ocr_pipeline.h"

namespace vachak::ocr {

struct LineBlock {
  Box box;                    // union of its lines' boxes, source-image pixels
  size_t first = 0, end = 0;  // its lines: result.lines[first, end)
};

// Lines with no text (nothing read, or every word rejected) still make blocks: their
// boxes are real findings, and hOCR/ALTO keep them.
std::vector<LineBlock> group_blocks(const std::vector<OcrLine>& lines);

}  // namespace vachak::ocr
