// Column gutters under a spanning title (gutter.h) and the splitting of touching lines
// (line_split.h), on boxes and masks built here.
#include <gtest/gtest.h>

#include "pipelines/ocr/layout/gutter.h"
#include "pipelines/ocr/layout/line_split.h"

namespace vachak::ocr {
namespace {

// Words of height h on `lines` lines, from x0 to x1, starting at y.
void add_column(std::vector<Box>* out, int x0, int x1, int y, int lines, int h) {
  for (int l = 0; l < lines; ++l)
    for (int x = x0; x + 40 <= x1; x += 50) out->push_back(Box{x, y + l * (h + 4), x + 40, y + l * (h + 4) + h});
}

TEST(Gutter, FoundUnderATitleThatSpansBothColumns) {
  std::vector<Box> letters;
  letters.push_back(Box{0, 0, 900, 60});  // the title, across both columns
  add_column(&letters, 0, 420, 80, 12, 20);
  add_column(&letters, 480, 900, 80, 12, 20);
  Box region;
  for (const Box& b : letters) region.include(b);
  Gutter g;
  ASSERT_TRUE(find_gutter(letters, region, 24, 60, 6, &g));
  EXPECT_EQ(g.x0, 390);  // the left column's last word ends at 390
  EXPECT_EQ(g.x1, 480);  // the right column starts at 480
  EXPECT_GE(g.y0, 60);  // the title is above it
  EXPECT_GT(g.y1, 300);
}

TEST(Gutter, NoneBetweenTheWordsOfOneColumnOrOfALargeTitle) {
  std::vector<Box> letters;
  add_column(&letters, 0, 900, 0, 12, 20);  // word gaps of 10 px only
  Box region;
  for (const Box& b : letters) region.include(b);
  Gutter g;
  EXPECT_FALSE(find_gutter(letters, region, 24, 60, 6, &g));
  // Two lines of a title in type 80 px high, word gaps 40 px: gaps between words, not columns.
  std::vector<Box> title = {{0, 0, 300, 80}, {340, 0, 700, 80}, {0, 84, 300, 164}, {340, 84, 700, 164}};
  Box t;
  for (const Box& b : title) t.include(b);
  EXPECT_FALSE(find_gutter(title, t, 24, 60, 6, &g));
}

TEST(LineSplit, TwoTouchingLinesSplitAtTheirValley) {
  // Two lines 30 px high whose matras touch: solid headline-and-body rows, thin rows between.
  InkMask mask(200, 64);
  for (int y = 0; y < 64; ++y)
    for (int x = 0; x < 200; ++x) {
      const int in_line = y % 32;
      const bool body = in_line >= 4 && in_line < 26;
      const bool bridge = x % 50 == 0;  // a matra crossing the gap
      if ((body && x % 3 != 0) || bridge) mask.set(x, y);
    }
  const Box band{0, 0, 200, 64};
  const std::vector<Box> items = {{0, 0, 200, 64}, {10, 4, 60, 26}, {70, 4, 120, 26}, {130, 36, 180, 58},
                                  {10, 36, 60, 58}};
  const auto parts = split_band(mask, 0.0, band, items);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_LE(parts[0].second, 33);
  EXPECT_GE(parts[1].first, 26);
}

TEST(LineSplit, OneLineStaysWhole) {
  InkMask mask(200, 30);
  for (int y = 3; y < 27; ++y)
    for (int x = 0; x < 200; ++x)
      if (x % 3) mask.set(x, y);
  const auto parts = split_band(mask, 0.0, Box{0, 0, 200, 30}, {{0, 3, 90, 27}, {100, 3, 200, 27}});
  EXPECT_EQ(parts.size(), 1u);
}

}  // namespace
}  // namespace vachak::ocr
