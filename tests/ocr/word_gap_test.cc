#include "pipelines/ocr/layout/word_gap.h"

#include <gtest/gtest.h>

namespace vachak::ocr {
namespace {

// Lines of boxes 20 px tall, `widths[i]` wide, separated by `gaps[i]`.
std::vector<Component> line(int y, const std::vector<int>& widths, const std::vector<int>& gaps) {
  std::vector<Component> out;
  int x = 0;
  for (size_t i = 0; i < widths.size(); ++i) {
    out.push_back(Component{Box{x, y, x + widths[i], y + 20}, widths[i] * 10});
    x += widths[i] + (i < gaps.size() ? gaps[i] : 0);
  }
  return out;
}

TEST(TypicalWordGap, LettersApartGiveTheSpaceBetweenWords) {
  // Words of three separate letters (gaps 3) with spaces of 30 between words: a font that
  // sets spaces wider than a letter is tall.
  std::vector<Component> comps;
  for (int y = 0; y < 400; y += 40) {
    const auto l = line(y, std::vector<int>(12, 16), {3, 3, 30, 3, 3, 30, 2, 4, 30, 3, 3});
    comps.insert(comps.end(), l.begin(), l.end());
  }
  EXPECT_EQ(typical_word_gap(comps, 20), 30);
}

TEST(TypicalWordGap, WordsAsComponentsGiveTheirOwnSpaces) {
  // Words joined under a headline: nearly every gap is a word space (8), a few wider.
  std::vector<Component> comps;
  for (int y = 0; y < 400; y += 40) {
    const auto l = line(y, std::vector<int>(10, 60), {8, 8, 7, 9, 8, 8, 25, 8, 8});
    comps.insert(comps.end(), l.begin(), l.end());
  }
  EXPECT_EQ(typical_word_gap(comps, 20), 8);
}

TEST(TypicalWordGap, NeighboursOnOtherLinesDoNotCount) {
  // Two boxes one above the other have no gap between them on a line.
  const std::vector<Component> comps = {{Box{0, 0, 10, 20}, 100}, {Box{12, 40, 22, 60}, 100}};
  EXPECT_EQ(typical_word_gap(comps, 20), 0);
  EXPECT_EQ(typical_word_gap({}, 20), 0);
}

}  // namespace
}  // namespace vachak::ocr
