// A line too wide for the recognizer is read in pieces, cut between layout's ink boxes.
// Where the letters of a word are separate components (Gujarati, Odia, the Dravidian
// scripts, Latin), layout's boxes are often letters rather than words, so a cut at the
// last box that fits would split a word and put a space inside it: the cut goes to the
// rightmost gap at least 70% as wide as the widest gap of the piece (a word gap, where words
// are components, as under Devanagari's headline, it is the last one that fits).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

// [first, last) box ranges, left to right, covering every box. `boxes` are sorted by x0;
// `scale` takes page pixels to recognizer pixels; `pad` (recognizer pixels) is added to
// every piece's width; a piece is at most `max_width` wide unless it is one box.
std::vector<std::pair<size_t, size_t>> line_pieces(const std::vector<Box>& boxes, double scale, double pad,
                                                   double max_width);

}  // namespace vachak::ocr
