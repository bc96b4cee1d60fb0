// Items produced on several threads, consumed in order on the calling thread: how a
// page's lines are recognized in parallel yet reach the caller in reading order.
#pragma once

#include <cstddef>
#include <functional>

#include "runtime/core/status.h"

namespace vachak::ocr {

// Calls produce(worker, i) exactly once for every item i in [0, n) until stopped — worker 0
// is the calling thread, 1..extra_threads are threads started here — and consume(i) on the
// calling thread for i = 0, 1, ... as soon as item i is produced. consume returning false
// stops everything (items not yet started are skipped); so does a produce that fails, whose
// status is returned once the items before it are consumed. produce(w, i) may only write
// state of its own item and of worker w. Exceptions never cross a thread: one from produce
// becomes its item's status; one from consume propagates after every thread is joined.
// With extra_threads == 0 no thread is started.
[[nodiscard]] Status run_in_order(size_t n, size_t extra_threads,
                                  const std::function<Status(size_t worker, size_t item)>& produce,
                                  const std::function<bool(size_t item)>& consume);

}  // namespace vachak::ocr
