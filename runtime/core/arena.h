// One 64-byte-aligned buffer for every intermediate tensor and kernel scratch. Several
// interpreters may share one arena (the engine's OCR and TTS models do): it is sized for
// the largest of them, and they must not run at the same time.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/core/status.h"

namespace vachak::rt {

class Arena {
 public:
  // `limit` bounds growth (0: no bound); a reservation above it fails cleanly.
  explicit Arena(size_t limit = 0) : limit_(limit) {}
  ~Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Grows the buffer to at least `bytes`. Contents are not kept.
  Status reserve(size_t bytes);
  // Frees the buffer (engine trim); the next reserve allocates again.
  void release();

  uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  size_t limit() const { return limit_; }
  // Bumped whenever the buffer moves, so interpreters know to re-bind pointers.
  uint64_t generation() const { return generation_; }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
  size_t limit_ = 0;
  uint64_t generation_ = 0;
};

}  // namespace vachak::rt
