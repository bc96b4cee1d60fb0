// Where the words of a recognized line are: CTC says where each character was emitted (a
// point, not a span), layout says where the ink of each word is (a box, but layout's words
// may split or join what the recognizer reads as words). A word gets the ink boxes whose
// centres fall between the midpoints to its neighbours' emissions; a word no ink falls to
// keeps its emission span widened by `pad`, cut at those midpoints. Every extent stays
// inside [lo, hi) and no two overlap beyond their shared ink.
#pragma once

#include <utility>
#include <vector>

#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

// `emitted`: per word, the x of its first and last character's emission, left to right.
// Returns per word [x0, x1) in the same coordinates.
std::vector<std::pair<double, double>> word_extents(const std::vector<std::pair<double, double>>& emitted,
                                                    const std::vector<Box>& ink, double pad, double lo, double hi);

}  // namespace vachak::ocr
