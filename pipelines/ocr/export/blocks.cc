#include "pipelines/ocr/export/blocks.h"

#include <algorithm>

namespace vachak::ocr {
namespace {

// Does `next` continue the block whose last line is `prev`?
bool continues(const Box& prev, const Box& next) {
  const int hp = std::max(1, prev.height()), hn = std::max(1, next.height());
  // Type of another size (a heading over its text, a caption) starts a block.
  if (2 * std::max(hp, hn) > 3 * std::min(hp, hn)) return false;
  // Below the previous line, at most a line's height of white between them.
  const int gap = next.y0 - prev.y1;
  if (next.y0 < prev.y0 + hp / 2 || gap > std::max(hp, hn)) return false;
  // In the same column: the two overlap across at least half of the narrower one.
  const int overlap = std::min(prev.x1, next.x1) - std::max(prev.x0, next.x0);
  return 2 * overlap >= std::min(prev.width(), next.width());
}

}  // namespace

std::vector<LineBlock> group_blocks(const std::vector<OcrLine>& lines) {
  std::vector<LineBlock> blocks;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (blocks.empty() || !continues(lines[i - 1].box, lines[i].box)) {
      LineBlock b;
      b.first = i;
      blocks.push_back(b);
    }
    blocks.back().end = i + 1;
    blocks.back().box.include(lines[i].box);
  }
  return blocks;
}

}  // namespace vachak::ocr
