#include "pipelines/ocr/recognize/line_pieces.h"

#include <gtest/gtest.h>

namespace vachak::ocr {
namespace {

using Pieces = std::vector<std::pair<size_t, size_t>>;

// Letters 10 wide with gaps of 2 inside words and 8 between them, as layout finds them in
// a script whose letters are separate components.
std::vector<Box> letters(const std::vector<int>& word_lengths) {
  std::vector<Box> boxes;
  int x = 0;
  for (int n : word_lengths) {
    for (int i = 0; i < n; ++i) {
      boxes.push_back(Box{x, 0, x + 10, 20});
      x += 12;
    }
    x += 6;
  }
  return boxes;
}

TEST(LinePieces, ALineThatFitsIsOnePiece) {
  EXPECT_EQ(line_pieces(letters({3, 4}), 1.0, 0.0, 1000.0), (Pieces{{0, 7}}));
}

TEST(LinePieces, CutsAtAWordGapNotBetweenLetters) {
  // Words of 4 letters are 46 px with 8 px between them; 130 px hold two words and two
  // letters of the third, so a cut after the last letter that fits would split that word.
  const auto boxes = letters({4, 4, 4, 4});
  const Pieces got = line_pieces(boxes, 1.0, 0.0, 130.0);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], (std::pair<size_t, size_t>{0, 8}));
  EXPECT_EQ(got[1], (std::pair<size_t, size_t>{8, 16}));
}

TEST(LinePieces, EveryPieceFitsAndTheyCoverTheLine) {
  const auto boxes = letters({5, 2, 7, 3, 3, 6, 1, 4, 8, 2});
  const double max_width = 110.0, pad = 6.0;  // the longest word, 8 letters, is 94 px
  const Pieces got = line_pieces(boxes, 1.0, pad, max_width);
  size_t next = 0;
  for (const auto& [first, last] : got) {
    EXPECT_EQ(first, next);
    ASSERT_LT(first, last);
    EXPECT_LE(boxes[last - 1].x1 - boxes[first].x0 + pad, max_width);
    if (last < boxes.size()) EXPECT_EQ(boxes[last].x0 - boxes[last - 1].x1, 8) << "cut inside a word at " << last;
    next = last;
  }
  EXPECT_EQ(next, boxes.size());
}

TEST(LinePieces, ABoxWiderThanTheRecognizerIsAPieceOfItsOwn) {
  const std::vector<Box> boxes = {{0, 0, 30, 20}, {40, 0, 300, 20}, {310, 0, 330, 20}};
  EXPECT_EQ(line_pieces(boxes, 1.0, 0.0, 100.0), (Pieces{{0, 1}, {1, 2}, {2, 3}}));
}

TEST(LinePieces, NoBoxesNoPieces) { EXPECT_TRUE(line_pieces({}, 1.0, 0.0, 100.0).empty()); }

}  // namespace
}  // namespace vachak::ocr
