#include "pipelines/ocr/layout/components.h"

#include <numeric>

namespace vachak::ocr {
namespace {

struct Run {
  int y, x0, x1;  // [x0, x1)
};

int find_root(std::vector<int>& parent, int i) {
  while (parent[static_cast<size_t>(i)] != i) {
    parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
    i = parent[static_cast<size_t>(i)];
  }
  return i;
}

}  // namespace

std::vector<Component> find_components(const InkMask& mask) {
  // Counted first so the run tables are allocated once: growth by doubling held the old
  // and the new table at once, a megabyte at the peak of a 300-dpi page.
  size_t run_count = 0;
  for (int y = 0; y < mask.height(); ++y) mask.for_each_run(y, [&](int, int) { ++run_count; });
  std::vector<Run> runs;
  std::vector<int> parent;
  runs.reserve(run_count);
  parent.reserve(run_count);
  size_t prev_begin = 0, prev_end = 0;  // runs of the previous row
  for (int y = 0; y < mask.height(); ++y) {
    const size_t begin = runs.size();
    mask.for_each_run(y, [&](int x0, int x) {
      const int id = static_cast<int>(runs.size());
      runs.push_back({y, x0, x});
      parent.push_back(id);
      // 8-connectivity: a run above touches when [x0-1, x] overlaps it.
      for (size_t p = prev_begin; p < prev_end; ++p) {
        const Run& r = runs[p];
        if (r.x1 < x0 || r.x0 > x) continue;
        const int a = find_root(parent, id), b = find_root(parent, static_cast<int>(p));
        if (a != b) parent[static_cast<size_t>(a > b ? a : b)] = a < b ? a : b;
      }
    });
    prev_begin = begin;
    prev_end = runs.size();
  }
  std::vector<int> label(runs.size(), -1);
  std::vector<Component> out;
  for (size_t i = 0; i < runs.size(); ++i) {
    const int root = find_root(parent, static_cast<int>(i));
    int& l = label[static_cast<size_t>(root)];
    if (l < 0) {
      l = static_cast<int>(out.size());
      out.emplace_back();
    }
    Component& c = out[static_cast<size_t>(l)];
    c.box.include(Box{runs[i].x0, runs[i].y, runs[i].x1, runs[i].y + 1});
    c.pixels += runs[i].x1 - runs[i].x0;
  }
  return out;
}

}  // namespace vachak::ocr
