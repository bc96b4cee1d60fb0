#include "pipelines/ocr/ordered_parallel.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace vachak::ocr {
namespace {

Status produce_safely(const std::function<Status(size_t, size_t)>& produce, size_t worker, size_t item) {
  try {
    return produce(worker, item);
  } catch (const std::bad_alloc&) {
    return out_of_memory("out of memory on item " + std::to_string(item + 1));
  } catch (const std::exception& e) {
    return internal_error("item " + std::to_string(item + 1) + ": " + e.what());
  }
}

}  // namespace

Status run_in_order(size_t n, size_t extra_threads, const std::function<Status(size_t, size_t)>& produce,
                    const std::function<bool(size_t)>& consume) {
  if (extra_threads == 0 || n < 2) {
    for (size_t i = 0; i < n; ++i) {
      VACHAK_RETURN_IF_ERROR(produce_safely(produce, 0, i));
      if (!consume(i)) break;
    }
    return Status::ok();
  }
  std::vector<Status> status(n);
  std::vector<char> done(n, 0);
  std::mutex mu;
  std::condition_variable ready;
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  auto finish = [&](size_t i, Status s) {
    std::lock_guard<std::mutex> lock(mu);  // notified under the lock: helgrind checks that
    status[i] = std::move(s);
    done[i] = 1;
    ready.notify_all();
  };
  auto work = [&](size_t worker) {
    for (size_t i; !stop.load() && (i = next.fetch_add(1)) < n;) finish(i, produce_safely(produce, worker, i));
  };
  std::vector<std::thread> pool;
  // Joins on every way out, an exception from consume included (a joinable thread's
  // destructor would terminate the process).
  struct Joiner {
    std::atomic<bool>& stop;
    std::vector<std::thread>& pool;
    ~Joiner() {
      stop.store(true);
      for (std::thread& t : pool)
        if (t.joinable()) t.join();
    }
  } joiner{stop, pool};
  pool.reserve(extra_threads);
  for (size_t w = 1; w <= extra_threads; ++w) {
    try {
      pool.emplace_back(work, w);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: go on with those running
    }
  }
  for (size_t emitted = 0; emitted < n; ++emitted) {
    // Produce here too until the next item to consume is ready.
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu);
        if (done[emitted]) break;
      }
      const size_t i = next.fetch_add(1);
      if (i < n) {
        finish(i, produce_safely(produce, 0, i));
        continue;
      }
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return done[emitted] != 0; });
      break;
    }
    Status s;
    {
      std::lock_guard<std::mutex> lock(mu);
      s = status[emitted];
    }
    if (!s.is_ok()) return s;
    if (!consume(emitted)) break;
  }
  return Status::ok();
}

}  // namespace vachak::ocr
