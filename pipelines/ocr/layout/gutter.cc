#include "pipelines/ocr/layout/gutter.h"

#include <algorithm>

namespace vachak::ocr {

bool find_gutter(const std::vector<Box>& letters, const Box& region, int min_width, int min_height, int bin,
                 Gutter* out) {
  const int w = region.width();
  if (bin < 1 || min_width < 1 || w < 3 * min_width || region.height() < min_height) return false;
  const int rows = (region.height() + bin - 1) / bin;
  // covered[r * w + x]: some letter covers column x somewhere in row bin r.
  std::vector<uint8_t> covered(static_cast<size_t>(rows) * w, 0);
  // The type size of each row: the median height of the letters crossing it. A gutter must
  // be several lines of its own rows' type tall, so the gaps between the words of a title
  // in large type are not columns.
  std::vector<std::vector<int>> row_heights(static_cast<size_t>(rows));
  for (const Box& b : letters) {
    const int r0 = std::max(0, (b.y0 - region.y0) / bin), r1 = std::min(rows - 1, (b.y1 - 1 - region.y0) / bin);
    const int x0 = std::max(0, b.x0 - region.x0), x1 = std::min(w, b.x1 - region.x0);
    for (int r = r0; r <= r1; ++r) {
      std::fill(covered.begin() + static_cast<long>(r) * w + x0, covered.begin() + static_cast<long>(r) * w + x1,
                uint8_t{1});
      row_heights[static_cast<size_t>(r)].push_back(b.height());
    }
  }
  std::vector<int> row_size(static_cast<size_t>(rows), 0);
  for (int r = 0; r < rows; ++r) {
    auto& v = row_heights[static_cast<size_t>(r)];
    if (v.empty()) continue;
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    row_size[static_cast<size_t>(r)] = v[v.size() / 2];
  }
  // Per row: prefix sums of coverage, and the first and last covered column.
  std::vector<int> prefix(static_cast<size_t>(rows) * (w + 1), 0);
  std::vector<int> first(static_cast<size_t>(rows), w), last(static_cast<size_t>(rows), -1);
  for (int r = 0; r < rows; ++r) {
    int* p = &prefix[static_cast<size_t>(r) * (w + 1)];
    const uint8_t* c = &covered[static_cast<size_t>(r) * w];
    for (int x = 0; x < w; ++x) {
      p[x + 1] = p[x] + c[x];
      if (c[x]) {
        if (first[static_cast<size_t>(r)] == w) first[static_cast<size_t>(r)] = x;
        last[static_cast<size_t>(r)] = x;
      }
    }
  }
  const int min_evidence = (min_height + bin - 1) / bin;
  int best = 0;
  Gutter g;
  const int step = std::max(1, min_width / 4);
  for (int x = 0; x + min_width <= w; x += step) {
    // Runs of rows where [x, x + min_width) is empty; evidence = rows with text both sides.
    std::vector<int> evidence_rows;  // rows of the current empty run with text both sides
    auto close = [&]() {
      if (evidence_rows.empty()) return;
      std::vector<int> sizes;
      for (int r : evidence_rows) sizes.push_back(row_size[static_cast<size_t>(r)]);
      std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
      const int size = sizes[sizes.size() / 2];
      // Rows of much larger type at either end (a heading whose word gap happens to sit on
      // the gutter) are left to the parts above and below.
      size_t a = 0, e = evidence_rows.size();
      while (a < e && 2 * row_size[static_cast<size_t>(evidence_rows[a])] > 3 * size) ++a;
      while (e > a && 2 * row_size[static_cast<size_t>(evidence_rows[e - 1])] > 3 * size) --e;
      const int evidence = static_cast<int>(e - a);
      if (evidence > best && evidence >= min_evidence) {
        const int first_row = evidence_rows[a], last_row = evidence_rows[e - 1];
        if ((last_row - first_row + 1) * bin >= 3 * size) {
          best = evidence;
          g.x0 = region.x0 + x;
          g.x1 = region.x0 + x + min_width;
          g.y0 = region.y0 + first_row * bin;
          g.y1 = std::min(region.y1, region.y0 + (last_row + 1) * bin);
        }
      }
      evidence_rows.clear();
    };
    for (int r = 0; r < rows; ++r) {
      const int* p = &prefix[static_cast<size_t>(r) * (w + 1)];
      if (p[x + min_width] - p[x] != 0) {
        close();
        continue;
      }
      if (first[static_cast<size_t>(r)] < x && last[static_cast<size_t>(r)] >= x + min_width) evidence_rows.push_back(r);
    }
    close();
  }
  if (best == 0) return false;
  // Widen the strip to all the empty columns it belongs to in its rows, so its middle is
  // the gutter's middle rather than the first place it fits.
  const int r0 = (g.y0 - region.y0) / bin, r1 = (g.y1 - 1 - region.y0) / bin;
  auto empty_column = [&](int x) {
    for (int r = r0; r <= r1; ++r)
      if (covered[static_cast<size_t>(r) * w + (x - region.x0)]) return false;
    return true;
  };
  while (g.x0 - 1 >= region.x0 && empty_column(g.x0 - 1)) --g.x0;
  while (g.x1 < region.x1 && empty_column(g.x1)) ++g.x1;
  *out = g;
  return true;
}

}  // namespace vachak::ocr
