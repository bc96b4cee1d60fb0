// The greedy largest-first interval planner of docs/MODEL-FORMAT.md, and the check
// that a stored plan keeps simultaneously live tensors apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/core/status.h"

namespace vachak::rt {

constexpr uint64_t kArenaAlignment = 64;

inline uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

struct PlanItem {
  uint64_t size = 0;   // bytes
  int first = 0;       // first node index at which the tensor is live
  int last = 0;        // last node index at which it is live (inclusive)
  uint64_t offset = 0; // result (plan) or stored value (check)
};

// Assigns offsets; returns the arena size (the largest end, rounded up to 64).
uint64_t plan_arena(std::vector<PlanItem>& items);

// Verifies stored offsets: aligned, inside arena_size, and no two items with
// intersecting lifetimes share a byte. `names` label items in the message.
Status check_arena_plan(const std::vector<PlanItem>& items, const std::vector<std::string>& names,
                        uint64_t arena_size);

}  // namespace vachak::rt
