#include "runtime/core/arena_planner.h"

#include <algorithm>
#include <numeric>

namespace vachak::rt {
namespace {

bool lifetimes_meet(const PlanItem& a, const PlanItem& b) { return a.first <= b.last && b.first <= a.last; }

}  // namespace

uint64_t plan_arena(std::vector<PlanItem>& items) {
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return items[a].size > items[b].size; });

  std::vector<size_t> placed;
  std::vector<std::pair<uint64_t, uint64_t>> busy;  // [offset, end) of conflicting items
  uint64_t arena_end = 0;
  for (size_t idx : order) {
    PlanItem& it = items[idx];
    busy.clear();
    for (size_t p : placed)
      if (lifetimes_meet(items[p], it)) busy.emplace_back(items[p].offset, items[p].offset + items[p].size);
    std::sort(busy.begin(), busy.end());
    uint64_t candidate = 0;
    for (const auto& [off, end] : busy) {
      if (candidate + it.size <= off) break;
      candidate = std::max(candidate, align_up(end, kArenaAlignment));
    }
    it.offset = candidate;
    arena_end = std::max(arena_end, candidate + it.size);
    placed.push_back(idx);
  }
  return align_up(arena_end, kArenaAlignment);
}

Status check_arena_plan(const std::vector<PlanItem>& items, const std::vector<std::string>& names,
                        uint64_t arena_size) {
  for (size_t i = 0; i < items.size(); ++i) {
    const PlanItem& a = items[i];
    if (a.offset % kArenaAlignment != 0)
      return corrupt("tensor '" + names[i] + "': arena offset " + std::to_string(a.offset) +
                     " is not a multiple of 64");
    if (a.offset > arena_size || a.size > arena_size - a.offset)
      return corrupt("tensor '" + names[i] + "': arena range [" + std::to_string(a.offset) + ", +" +
                     std::to_string(a.size) + ") exceeds arena_size " + std::to_string(arena_size));
  }
  // Sort by offset and compare each item with those that start before its end: with
  // a few hundred tensors this stays far below a millisecond.
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return items[x].offset < items[y].offset; });
  for (size_t oi = 0; oi < order.size(); ++oi) {
    const PlanItem& a = items[order[oi]];
    for (size_t oj = oi + 1; oj < order.size(); ++oj) {
      const PlanItem& b = items[order[oj]];
      if (b.offset >= a.offset + a.size) break;
      if (a.size == 0 || b.size == 0) continue;
      if (lifetimes_meet(a, b))
        return corrupt("arena plan: tensors '" + names[order[oi]] + "' and '" + names[order[oj]] +
                       "' are live at the same time and overlap in the arena");
    }
  }
  return Status::ok();
}

}  // namespace vachak::rt
