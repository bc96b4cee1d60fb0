#include "pipelines/ocr/layout/page_layout.h"

#include <algorithm>
#include <cmath>

#include "pipelines/ocr/layout/gutter.h"
#include "pipelines/ocr/layout/line_split.h"
#include "pipelines/ocr/layout/skew.h"
#include "pipelines/ocr/layout/word_gap.h"

namespace vachak::ocr {
namespace {

struct Item {
  Box box;  // deskewed frame
};

// Gaps in the coverage of [lo, hi) by the items' extents along one axis: returns the
// [start, end) of each empty run strictly inside the covered range.
template <typename Extent>
std::vector<std::pair<int, int>> coverage_gaps(const std::vector<Item>& items, Extent extent) {
  std::vector<std::pair<int, int>> spans;
  for (const Item& it : items) spans.push_back(extent(it.box));
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<int, int>> gaps;
  int reach = spans.empty() ? 0 : spans[0].second;
  for (size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].first > reach) gaps.emplace_back(reach, spans[i].first);
    reach = std::max(reach, spans[i].second);
  }
  return gaps;
}

Box bounds(const std::vector<Item>& items) {
  Box b;
  for (const Item& it : items) b.include(it.box);
  return b;
}

// Splits items at the given gaps along one axis (cuts at each gap's middle).
template <typename Start>
std::vector<std::vector<Item>> split_at(const std::vector<Item>& items, const std::vector<std::pair<int, int>>& gaps,
                                        Start start) {
  std::vector<std::vector<Item>> parts(gaps.size() + 1);
  for (const Item& it : items) {
    size_t k = 0;
    while (k < gaps.size() && start(it.box) >= gaps[k].second) ++k;
    parts[k].push_back(it);
  }
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const auto& p) { return p.empty(); }), parts.end());
  return parts;
}

// A column gutter is at least this many tenths of the page's typical word space wide.
constexpr int kGutterPerWordGap = 15;

class XYCut {
 public:
  XYCut(int line_height, int word_gap, const InkMask& mask, double shear)
      : h_(std::max(4, line_height)), word_gap_(word_gap), mask_(mask), shear_(shear) {}

  void run(const std::vector<Item>& items, std::vector<TextLine>* out) {
    if (items.empty()) return;
    const Box b = bounds(items);
    // Specks, dots and matras left in a gutter by a scan must not close it: only items of
    // a letter's size decide where the columns are. Their median height is this region's
    // own type size: a title in large type is not a page of columns of single words.
    std::vector<Item> letters;
    std::vector<int> heights;
    for (const Item& it : items)
      if (3 * it.box.height() >= h_) letters.push_back(it), heights.push_back(it.box.height());
    int lh = h_;
    if (!heights.empty()) {
      std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
      lh = std::max(h_, heights[heights.size() / 2]);
    }
    // Column gutters only where the region is tall enough to be several lines.
    if (b.height() >= 3 * lh) {
      const auto vgaps = column_gaps(items, min_gutter(lh));
      if (!vgaps.empty()) {
        for (const auto& part : split_at(items, vgaps, [](const Box& x) { return x.x0; })) run(part, out);
        return;
      }
      if (split_at_gutter(items, letters, b, lh, out)) return;
    }
    auto hgaps = coverage_gaps(items, [](const Box& x) { return std::make_pair(x.y0, x.y1); });
    if (!hgaps.empty()) {
      auto bands = split_at(items, hgaps, [](const Box& x) { return x.y0; });
      merge_thin_bands(bands);
      if (bands.size() > 1) {
        run_bands(bands, out);
        return;
      }
      emit_line(bands[0], out);
      return;
    }
    emit_line(items, out);
  }

 private:
  // Columns under a spanning heading (gutter.h): above, left column, right column, below.
  bool split_at_gutter(const std::vector<Item>& items, const std::vector<Item>& letters, const Box& region, int lh,
                       std::vector<TextLine>* out) {
    std::vector<Box> boxes;
    for (const Item& it : letters) boxes.push_back(it.box);
    Gutter g;
    if (!find_gutter(boxes, region, min_gutter(lh), 3 * lh, std::max(2, lh / 3), &g)) return false;
    std::vector<Item> above, left, right, below;
    const int mid = (g.x0 + g.x1) / 2;
    for (const Item& it : items) {
      const int cy = (it.box.y0 + it.box.y1) / 2;
      if (cy < g.y0) above.push_back(it);
      else if (cy >= g.y1) below.push_back(it);
      else ((it.box.x0 + it.box.x1) / 2 < mid ? left : right).push_back(it);
    }
    if (left.empty() || right.empty()) return false;
    run(above, out);
    run(left, out);
    run(right, out);
    run(below, out);
    return true;
  }

  // A column gutter is wider than a letter of type size `lh` and than a word space in that
  // type (the page's word space, scaled from the page's type size h_: a title's spaces are
  // wider).
  int min_gutter(int lh) const {
    return std::max((6 * lh) / 5, static_cast<int>((static_cast<long>(kGutterPerWordGap) * word_gap_ * lh) / (10L * h_)));
  }

  // Gaps of at least `min_width` between the letter-sized items of a region or a band (x
  // intervals): where columns may part.
  std::vector<std::pair<int, int>> column_gaps(const std::vector<Item>& band, int min_width) const {
    std::vector<Item> letters;
    for (const Item& it : band)
      if (3 * it.box.height() >= h_) letters.push_back(it);
    auto gaps = coverage_gaps(letters, [](const Box& x) { return std::make_pair(x.x0, x.x1); });
    gaps.erase(std::remove_if(gaps.begin(), gaps.end(), [&](const auto& g) { return g.second - g.first < min_width; }),
               gaps.end());
    return gaps;
  }

  // The bands of a region, top to bottom. A heading or running head that spans columns
  // hides their gutter from the whole region, and cutting into bands then pairs each line
  // of one column with the line beside it in the next. So: runs of at least three
  // consecutive bands that share a gutter (each has a gap there, or keeps to one side of
  // it) are a column block, read column by column; other bands are read as they are.
  void run_bands(const std::vector<std::vector<Item>>& bands, std::vector<TextLine>* out) {
    const int min_width = min_gutter(h_), min_common = (4 * h_) / 5;
    size_t i = 0;
    while (i < bands.size()) {
      size_t best_end = i;
      std::pair<int, int> best_gutter{0, 0};
      for (const auto& g0 : column_gaps(bands[i], min_width)) {
        std::pair<int, int> g = g0;
        size_t j = i + 1;
        for (; j < bands.size(); ++j) {
          const Box bb = bounds(bands[j]);
          if (bb.x1 <= g.first || bb.x0 >= g.second) continue;  // one side only
          bool kept = false;
          for (const auto& h : column_gaps(bands[j], min_width)) {
            const std::pair<int, int> c{std::max(g.first, h.first), std::min(g.second, h.second)};
            if (c.second - c.first >= min_common) {
              g = c;
              kept = true;
              break;
            }
          }
          if (!kept) break;
        }
        if (j > best_end) best_end = j, best_gutter = g;
      }
      if (best_end >= i + 3) {
        std::vector<Item> left, right;
        const int mid = (best_gutter.first + best_gutter.second) / 2;
        for (size_t k = i; k < best_end; ++k)
          for (const Item& it : bands[k]) ((it.box.x0 + it.box.x1) / 2 < mid ? left : right).push_back(it);
        run(left, out);
        run(right, out);
        i = best_end;
      } else {
        run(bands[i], out);
        ++i;
      }
    }
  }

  // Below-base vowel signs, halants and anusvara dots can form their own thin band;
  // such a band belongs to the nearer neighbour.
  void merge_thin_bands(std::vector<std::vector<Item>>& bands) const {
    bool merged = true;
    while (merged && bands.size() > 1) {
      merged = false;
      for (size_t i = 0; i < bands.size(); ++i) {
        const Box b = bounds(bands[i]);
        if (b.height() * 10 >= 4 * h_) continue;
        size_t into;
        if (i == 0) into = 1;
        else if (i + 1 == bands.size()) into = i - 1;
        else {
          const int up = b.y0 - bounds(bands[i - 1]).y1;
          const int down = bounds(bands[i + 1]).y0 - b.y1;
          into = up <= down ? i - 1 : i + 1;
        }
        bands[into].insert(bands[into].end(), bands[i].begin(), bands[i].end());
        bands.erase(bands.begin() + static_cast<long>(i));
        merged = true;
        break;
      }
    }
  }

  // A leaf of the cut: one line, or several that touch (split_band finds them).
  void emit_line(const std::vector<Item>& items, std::vector<TextLine>* out) const {
    std::vector<Box> boxes;
    for (const Item& it : items) boxes.push_back(it.box);
    const auto ranges = split_band(mask_, shear_, bounds(items), boxes);
    if (ranges.size() == 1) {
      emit_one_line(items, out);
      return;
    }
    // Each item goes to the line holding its middle row; the line's rows are the range's
    // (a component that bridges two lines must not stretch either line's box).
    std::vector<std::vector<Item>> parts(ranges.size());
    for (const Item& it : items) {
      const int mid = (it.box.y0 + it.box.y1) / 2;
      size_t k = 0;
      while (k + 1 < ranges.size() && mid >= ranges[k].second) ++k;
      parts[k].push_back(it);
    }
    for (size_t k = 0; k < parts.size(); ++k) {
      if (parts[k].empty()) continue;
      const size_t first = out->size();
      emit_one_line(parts[k], out);
      TextLine& line = (*out)[first];
      line.box.y0 = ranges[k].first;
      line.box.y1 = ranges[k].second;
      for (Box& w : line.words) w.y0 = line.box.y0, w.y1 = line.box.y1;
    }
  }

  void emit_one_line(const std::vector<Item>& items, std::vector<TextLine>* out) const {
    TextLine line;
    line.box = bounds(items);
    auto gaps = coverage_gaps(items, [](const Box& x) { return std::make_pair(x.x0, x.x1); });
    gaps.erase(std::remove_if(gaps.begin(), gaps.end(), [&](const auto& g) { return (g.second - g.first) * 5 < h_; }),
               gaps.end());
    for (const auto& word : split_at(items, gaps, [](const Box& x) { return x.x0; })) line.words.push_back(bounds(word));
    out->push_back(std::move(line));
  }

  int h_;
  int word_gap_;
  const InkMask& mask_;
  double shear_;
};

constexpr double kMaxTextInkFraction = 0.55;
// A component taller than eight lines that fills more than this of its box is a picture.
constexpr double kMinPictureFill = 0.15;

// Fraction of a deskewed-frame box's pixels that are ink (counted in the page frame).
double ink_fraction(const InkMask& mask, const Box& b, double shear) {
  size_t ink = 0, area = 0;
  for (int yd = b.y0; yd < b.y1; ++yd) {
    for (int x = std::max(0, b.x0); x < std::min(mask.width(), b.x1); ++x) {
      const int y = static_cast<int>(std::lround(yd - x * shear));
      if (y < 0 || y >= mask.height()) continue;
      ++area;
      ink += mask.at(x, y);
    }
  }
  return area ? static_cast<double>(ink) / area : 0.0;
}

}  // namespace

PageLayout analyze_layout(const InkMask& mask, LayoutMode mode) {
  PageLayout layout;
  std::vector<Component> comps = find_components(mask);
  // Specks of one or two pixels are noise at working resolution.
  comps.erase(std::remove_if(comps.begin(), comps.end(), [](const Component& c) { return c.pixels < 3; }), comps.end());
  if (comps.empty()) return layout;

  std::vector<int> heights;
  for (const Component& c : comps)
    if (c.pixels >= 12) heights.push_back(c.box.height());
  if (heights.empty())
    for (const Component& c : comps) heights.push_back(c.box.height());
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  layout.line_height = heights[heights.size() / 2];

  // Page furniture: rules, frames and pictures far taller or wider than text. A picture's
  // largest blob is solid (a frame's border is thin around empty space): what lies inside
  // its box is the rest of the picture, not text, and goes with it.
  std::vector<Box> pictures;
  for (const Component& c : comps)
    if (c.box.height() > 8 * layout.line_height &&
        c.pixels > kMinPictureFill * static_cast<double>(c.box.width()) * c.box.height())
      pictures.push_back(c.box);
  auto in_picture = [&](const Box& b) {
    const int cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
    for (const Box& p : pictures)
      if (cx >= p.x0 && cx < p.x1 && cy >= p.y0 && cy < p.y1) return true;
    return false;
  };
  comps.erase(std::remove_if(comps.begin(), comps.end(),
                             [&](const Component& c) {
                               return c.box.height() > 8 * layout.line_height ||
                                      (c.box.height() <= 3 && c.box.width() > 20 * layout.line_height) ||
                                      in_picture(c.box);
                             }),
              comps.end());
  if (comps.empty()) return layout;

  if (mode == LayoutMode::kPage || mode == LayoutMode::kAuto) layout.skew_degrees = estimate_skew_degrees(mask);
  layout.shear = std::tan(layout.skew_degrees * M_PI / 180.0);

  std::vector<Item> items;
  for (const Component& c : comps) {
    const double a = c.box.x0 * layout.shear, b = c.box.x1 * layout.shear;
    Item it;
    it.box = Box{c.box.x0, static_cast<int>(std::floor(c.box.y0 + std::min(a, b))), c.box.x1,
                 static_cast<int>(std::ceil(c.box.y1 + std::max(a, b)))};
    items.push_back(it);
  }
  if (mode == LayoutMode::kLine || mode == LayoutMode::kWord) {
    TextLine line;
    line.box = bounds(items);
    line.words.push_back(line.box);
    layout.lines.push_back(line);
    return layout;
  }
  const int word_gap = typical_word_gap(comps, layout.line_height);
  XYCut(layout.line_height, word_gap, mask, layout.shear).run(items, &layout.lines);
  // Not text: a picture's fragments make line-shaped boxes too, but printed text covers
  // well under two thirds of its line's box (bold type, thickened by a 1-bit scan, about
  // half), a picture's blobs more; a rule, a fold or a scanner's edge makes a box far
  // taller than wide, which no line of text is.
  layout.lines.erase(std::remove_if(layout.lines.begin(), layout.lines.end(),
                                    [&](const TextLine& l) {
                                      return 3 * l.box.width() < l.box.height() ||
                                             ink_fraction(mask, l.box, layout.shear) > kMaxTextInkFraction;
                                    }),
                     layout.lines.end());
  return layout;
}

}  // namespace vachak::ocr
