#include "pipelines/ocr/layout/page_layout.h"

#include <algorithm>
#include <cmath>

#include "pipelines/ocr/layout/skew.h"

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

class XYCut {
 public:
  explicit XYCut(int line_height) : h_(std::max(4, line_height)) {}

  void run(const std::vector<Item>& items, std::vector<TextLine>* out) {
    if (items.empty()) return;
    const Box b = bounds(items);
    // Column gutters only where the region is tall enough to be several lines.
    if (b.height() >= 3 * h_) {
      auto vgaps = coverage_gaps(items, [](const Box& x) { return std::make_pair(x.x0, x.x1); });
      vgaps.erase(std::remove_if(vgaps.begin(), vgaps.end(),
                                 [&](const auto& g) { return g.second - g.first < (3 * h_) / 2; }),
                  vgaps.end());
      if (!vgaps.empty()) {
        for (const auto& part : split_at(items, vgaps, [](const Box& x) { return x.x0; })) run(part, out);
        return;
      }
    }
    auto hgaps = coverage_gaps(items, [](const Box& x) { return std::make_pair(x.y0, x.y1); });
    if (!hgaps.empty()) {
      auto bands = split_at(items, hgaps, [](const Box& x) { return x.y0; });
      merge_thin_bands(bands);
      if (bands.size() > 1) {
        for (const auto& band : bands) run(band, out);
        return;
      }
      emit_line(bands[0], out);
      return;
    }
    emit_line(items, out);
  }

 private:
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

  void emit_line(const std::vector<Item>& items, std::vector<TextLine>* out) const {
    TextLine line;
    line.box = bounds(items);
    auto gaps = coverage_gaps(items, [](const Box& x) { return std::make_pair(x.x0, x.x1); });
    gaps.erase(std::remove_if(gaps.begin(), gaps.end(), [&](const auto& g) { return (g.second - g.first) * 5 < h_; }),
               gaps.end());
    for (const auto& word : split_at(items, gaps, [](const Box& x) { return x.x0; })) line.words.push_back(bounds(word));
    out->push_back(std::move(line));
  }

  int h_;
};

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

  // Page furniture: rules, frames and pictures far taller or wider than text.
  comps.erase(std::remove_if(comps.begin(), comps.end(),
                             [&](const Component& c) {
                               return c.box.height() > 8 * layout.line_height ||
                                      (c.box.height() <= 3 && c.box.width() > 20 * layout.line_height);
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
  XYCut(layout.line_height).run(items, &layout.lines);
  return layout;
}

}  // namespace vachak::ocr
