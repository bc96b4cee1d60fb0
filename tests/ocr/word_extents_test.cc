#include "pipelines/ocr/recognize/word_extents.h"

#include <gtest/gtest.h>

namespace vachak::ocr {
namespace {

using Extents = std::vector<std::pair<double, double>>;

TEST(WordExtents, WordsTakeTheInkBetweenTheirNeighbours) {
  // Two words emitted around x 20-40 and 80-95; layout found three ink boxes, the
  // second word's ink in two pieces (a word layout split at a wide matra gap).
  const std::vector<Box> ink = {{10, 0, 50, 30}, {70, 0, 85, 30}, {88, 0, 100, 30}};
  const Extents got = word_extents({{20, 40}, {80, 95}}, ink, 16, 0, 120);
  EXPECT_EQ(got, (Extents{{10, 50}, {70, 100}}));
}

TEST(WordExtents, AWordWithoutInkKeepsItsPaddedEmissionCutAtItsNeighbours) {
  // Layout saw the two words as one ink box (centre 50, which falls to the first word);
  // the second keeps its emission span, padded, but not past the midpoint 52.5.
  const std::vector<Box> ink = {{10, 0, 90, 30}};
  const Extents got = word_extents({{20, 45}, {60, 80}}, ink, 16, 0, 120);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], (std::pair<double, double>{10, 90}));
  EXPECT_EQ(got[1], (std::pair<double, double>{52.5, 96}));
}

TEST(WordExtents, StayInsideTheLine) {
  const Extents got = word_extents({{2, 10}, {110, 118}}, {}, 16, 0, 120);
  EXPECT_EQ(got, (Extents{{0, 26}, {94, 120}}));
  EXPECT_TRUE(word_extents({}, {{0, 0, 5, 5}}, 16, 0, 10).empty());
}

}  // namespace
}  // namespace vachak::ocr
