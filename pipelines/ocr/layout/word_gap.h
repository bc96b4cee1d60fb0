// The typical space between words on a page. Where a word is one component (Devanagari,
// Bengali: the headline joins its letters) a column gutter is several letter heights wider
// than it; where letters are separate components (Gujarati, Odia, the Dravidian scripts,
// Latin) the letter height is small and some fonts set spaces nearly as wide as a letter is
// tall, so a gutter must also be told from a word space by this measure.
#pragma once

#include <vector>

#include "pipelines/ocr/layout/components.h"

namespace vachak::ocr {

// The gaps between each component and its nearest right-hand neighbour on the same line
// (under four letter heights: wider ones are gutters or line ends) fall into two groups,
// inside words and between words; this is the median of the wider group when it holds 15%
// of the gaps or more, else (a word is one component) the median of all. 0 when
// there are no gaps. `letter_height` is the median component height.
int typical_word_gap(const std::vector<Component>& comps, int letter_height);

}  // namespace vachak::ocr
