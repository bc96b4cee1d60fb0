// Layout on synthetic pages whose truth is known: "words" drawn as Devanagari-like
// blocks (a headline bar over a body, gaps between words), in one or two columns,
// optionally skewed and with uneven light.
#include <gtest/gtest.h>

#include <cmath>

#include "pipelines/ocr/layout/binarize.h"
#include "pipelines/ocr/layout/illumination.h"
#include "pipelines/ocr/layout/page_layout.h"
#include "pipelines/ocr/layout/skew.h"

namespace vachak::ocr {
namespace {

struct Page {
  GrayImage img;
  int lines = 0;
};

// Draws a word as a headline plus vertical strokes, rotated by `deg` about the origin.
void draw_word(GrayImage& g, int x, int y, int w, int h, double deg) {
  const double t = std::tan(deg * M_PI / 180.0);
  auto put = [&](int px, int py) {
    const int yy = static_cast<int>(std::lround(py - px * t));
    if (px >= 0 && px < g.width && yy >= 0 && yy < g.height) g.row(yy)[px] = 30;
  };
  for (int dx = 0; dx < w; ++dx)
    for (int dy = 0; dy < h / 6 + 1; ++dy) put(x + dx, y + dy);  // headline
  for (int dx = 0; dx < w; dx += 5)
    for (int dy = 0; dy < h; ++dy)
      for (int s = 0; s < 2; ++s) put(x + dx + s, y + dy);  // strokes hanging from it
}

Page make_page(int columns, double deg, bool uneven_light) {
  Page p;
  p.img.width = 900;
  p.img.height = 700;
  p.img.pixels.assign(static_cast<size_t>(p.img.width * p.img.height), 240);
  if (uneven_light)
    for (int y = 0; y < p.img.height; ++y)
      for (int x = 0; x < p.img.width; ++x) p.img.row(y)[x] = static_cast<uint8_t>(140 + 100 * x / p.img.width);
  const int col_width = columns == 1 ? 800 : 380;
  for (int c = 0; c < columns; ++c) {
    for (int line = 0; line < 12; ++line) {
      const int y = 50 + line * 48;
      int x = 50 + c * 440;
      for (int word = 0; x + 60 < 50 + c * 440 + col_width; ++word) {
        const int w = 30 + (word * 17 + line * 7) % 40;
        draw_word(p.img, x, y, w, 24, deg);
        x += w + 14;
      }
      ++p.lines;
    }
  }
  return p;
}

// The bit-packed mask against a plain byte-per-pixel copy: runs that cross 64-bit words,
// touch both row ends, and a width that is not a multiple of 64.
TEST(Layout, InkMaskRunsMatchAPlainBitmap) {
  const int w = 131, h = 5;
  std::vector<uint8_t> plain(static_cast<size_t>(w * h), 0);
  InkMask m(w, h);
  auto put = [&](int x0, int x1, int y) {
    for (int x = x0; x < x1; ++x) {
      plain[static_cast<size_t>(y * w + x)] = 1;
      m.set(x, y);
    }
  };
  put(0, 1, 0);
  put(60, 70, 0);
  put(127, 131, 0);
  put(0, 131, 1);
  put(63, 64, 3);
  put(64, 65, 3);  // joins the previous pixel into one run across the word boundary
  put(128, 130, 4);
  size_t ink = 0;
  for (int y = 0; y < h; ++y) {
    std::vector<uint8_t> row(static_cast<size_t>(w), 0);
    int runs = 0;
    m.for_each_run(y, [&](int x0, int x1) {
      ASSERT_LT(x0, x1);
      ASSERT_LE(x1, w);
      for (int x = x0; x < x1; ++x) row[static_cast<size_t>(x)] = 1;
      ++runs;
    });
    for (int x = 0; x < w; ++x) {
      EXPECT_EQ(row[static_cast<size_t>(x)], plain[static_cast<size_t>(y * w + x)]) << x << "," << y;
      EXPECT_EQ(m.at(x, y), plain[static_cast<size_t>(y * w + x)] != 0) << x << "," << y;
      ink += plain[static_cast<size_t>(y * w + x)];
    }
    const int expected_runs[] = {3, 1, 0, 1, 1};
    EXPECT_EQ(runs, expected_runs[y]) << "row " << y;
  }
  EXPECT_EQ(m.count(), ink);
}

TEST(Layout, BinarizeFollowsUnevenLight) {
  Page p = make_page(1, 0.0, true);
  InkMask m = binarize_sauvola(p.img);
  size_t wrong = 0, total = 0;
  for (int y = 0; y < p.img.height; ++y)
    for (int x = 0; x < p.img.width; ++x) {
      const bool truth = p.img.row(y)[x] == 30;
      wrong += (m.at(x, y) != 0) != truth;
      total += truth;
    }
  // The light ramps from 140 to 240 across the page: a global threshold would fail
  // one side; Sauvola keeps errors to a few percent of the ink.
  EXPECT_LT(wrong, total / 20) << wrong << " wrong of " << total << " ink pixels";
}

TEST(Layout, FindsLinesOfOneColumn) {
  Page p = make_page(1, 0.0, false);
  PageLayout l = analyze_layout(binarize_sauvola(p.img), LayoutMode::kPage);
  ASSERT_EQ(static_cast<int>(l.lines.size()), p.lines);
  for (size_t i = 1; i < l.lines.size(); ++i) EXPECT_GT(l.lines[i].box.y0, l.lines[i - 1].box.y0);
  EXPECT_GE(l.lines[0].words.size(), 8u);
  EXPECT_NEAR(l.skew_degrees, 0.0, 0.05);
}

TEST(Layout, TwoColumnsReadColumnByColumn) {
  Page p = make_page(2, 0.0, false);
  PageLayout l = analyze_layout(binarize_sauvola(p.img), LayoutMode::kPage);
  ASSERT_EQ(static_cast<int>(l.lines.size()), p.lines);
  // The first 12 lines are the left column, top to bottom, then the right column.
  for (int i = 0; i < 12; ++i) EXPECT_LT(l.lines[static_cast<size_t>(i)].box.x1, 450) << i;
  for (int i = 12; i < 24; ++i) EXPECT_GT(l.lines[static_cast<size_t>(i)].box.x0, 450) << i;
  EXPECT_LT(l.lines[1].box.y0 - l.lines[0].box.y0, 60);
}

TEST(Layout, EstimatesSkewAndStillFindsLines) {
  for (double deg : {-3.0, 1.5, 4.0}) {
    Page p = make_page(1, deg, false);
    PageLayout l = analyze_layout(binarize_sauvola(p.img), LayoutMode::kPage);
    EXPECT_NEAR(l.skew_degrees, deg, 0.25) << deg;
    EXPECT_EQ(static_cast<int>(l.lines.size()), p.lines) << deg;
  }
}

TEST(Layout, BlankPageHasNoLines) {
  GrayImage g;
  g.width = 300;
  g.height = 200;
  g.pixels.assign(300 * 200, 250);
  EXPECT_TRUE(analyze_layout(binarize_sauvola(g), LayoutMode::kAuto).lines.empty());
}

TEST(Layout, InvertedPageIsDetected) {
  Page p = make_page(1, 0.0, false);
  EXPECT_FALSE(looks_inverted(p.img));
  invert(p.img);
  EXPECT_TRUE(looks_inverted(p.img));
}

// A photographed page: the page on a dark table that fills most of the frame, and light
// falling off towards one side, so the most common brightness is the table, not the paper.
TEST(Layout, APageOnADarkTableIsNotInverted) {
  Page page = make_page(1, 0.0, false);
  GrayImage photo;
  photo.width = 1500;
  photo.height = 1100;
  photo.pixels.assign(static_cast<size_t>(photo.width * photo.height), 80);
  for (int y = 0; y < page.img.height; ++y)
    for (int x = 0; x < page.img.width; ++x) photo.row(y + 200)[x + 300] = page.img.row(y)[x];
  for (int y = 0; y < photo.height; ++y)
    for (int x = 0; x < photo.width; ++x)
      photo.row(y)[x] = static_cast<uint8_t>(photo.row(y)[x] * (1.0 - 0.45 * x / photo.width));
  EXPECT_FALSE(looks_inverted(photo));
  invert(photo);
  EXPECT_TRUE(looks_inverted(photo));
  GrayImage blank;
  blank.width = 300;
  blank.height = 200;
  blank.pixels.assign(60000, 200);
  EXPECT_FALSE(looks_inverted(blank));
}

}  // namespace
}  // namespace vachak::ocr

namespace vachak::ocr {
namespace {

TEST(Layout, IlluminationNormalizationFlattensTheBackground) {
  Page p = make_page(1, 0.0, true);  // paper brightness ramps from 140 to 240
  normalize_illumination(p.img, 24);
  // Paper far from any text is now near white across the whole ramp.
  for (int x : {5, 450, 890}) EXPECT_GT(p.img.row(5)[x], 225) << x;
  // Ink stays dark.
  int dark = 0;
  for (uint8_t v : p.img.pixels) dark += v < 100;
  EXPECT_GT(dark, 1000);
}

}  // namespace
}  // namespace vachak::ocr
