#include "runtime/core/arena.h"

#include <cstdlib>
#include <new>

#include "limits/limits.h"
#include "runtime/core/arena_planner.h"

namespace vachak::rt {

Arena::~Arena() { release(); }

void Arena::release() {
  std::free(data_);
  data_ = nullptr;
  size_ = 0;
  ++generation_;
}

Status Arena::reserve(size_t bytes) {
  if (bytes <= size_) return Status::ok();
  // Checked before rounding up, so the rounding cannot wrap around.
  if (bytes > limits::kMaxArenaBytes)
    return out_of_memory("arena needs " + std::to_string(bytes) + " bytes, above the limit of " +
                         std::to_string(limits::kMaxArenaBytes));
  if (limit_ != 0 && bytes > limit_)
    return out_of_memory("arena needs " + std::to_string(bytes) + " bytes, above its limit of " +
                         std::to_string(limit_));
  const size_t rounded = align_up(bytes, kArenaAlignment);
  void* p = std::aligned_alloc(kArenaAlignment, rounded);
  if (p == nullptr) return out_of_memory("cannot allocate an arena of " + std::to_string(rounded) + " bytes");
  std::free(data_);
  data_ = static_cast<uint8_t*>(p);
  size_ = rounded;
  ++generation_;
  return Status::ok();
}

}  // namespace vachak::rt
