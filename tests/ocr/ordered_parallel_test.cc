// run_in_order: items made on several threads reach the consumer in order, once each;
// stopping, a failing item and a throwing producer end it cleanly.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "pipelines/ocr/ordered_parallel.h"

namespace vachak::ocr {
namespace {

// Later items are quicker, so they finish first on other threads.
void wait_for(size_t i, size_t n) { std::this_thread::sleep_for(std::chrono::microseconds(50 * (n - i))); }

TEST(RunInOrder, ConsumesInOrderWhateverFinishesFirst) {
  for (size_t threads : {0u, 1u, 3u}) {
    const size_t n = 40;
    std::vector<std::atomic<int>> made(n);
    std::vector<size_t> order;
    std::vector<size_t> value(n, 0);
    Status s = run_in_order(
        n, threads,
        [&](size_t, size_t i) {
          wait_for(i, n);
          value[i] = i * i;
          ++made[i];
          return Status::ok();
        },
        [&](size_t i) {
          EXPECT_EQ(value[i], i * i);
          order.push_back(i);
          return true;
        });
    ASSERT_TRUE(s.is_ok()) << s.message();
    ASSERT_EQ(order.size(), n) << threads;
    for (size_t i = 0; i < n; ++i) {
      EXPECT_EQ(order[i], i);
      EXPECT_EQ(made[i].load(), 1) << i;
    }
  }
}

TEST(RunInOrder, ConsumerStopsIt) {
  std::atomic<size_t> made{0};
  std::vector<size_t> order;
  Status s = run_in_order(
      200, 2,
      [&](size_t, size_t i) {
        wait_for(i % 10, 10);
        ++made;
        return Status::ok();
      },
      [&](size_t i) {
        order.push_back(i);
        return i < 5;
      });
  EXPECT_TRUE(s.is_ok());
  EXPECT_EQ(order.size(), 6u);
  EXPECT_LT(made.load(), 200u);  // the rest of the items were never started
}

TEST(RunInOrder, AFailingItemEndsItAfterTheOnesBefore) {
  for (size_t threads : {0u, 2u}) {
    std::vector<size_t> order;
    Status s = run_in_order(
        30, threads,
        [&](size_t, size_t i) {
          if (i == 7) return invalid_argument("item seven is bad");
          return Status::ok();
        },
        [&](size_t i) {
          order.push_back(i);
          return true;
        });
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(order.size(), 7u) << threads;
  }
}

TEST(RunInOrder, AThrowingProducerBecomesAStatus) {
  for (size_t threads : {0u, 2u}) {
    Status s = run_in_order(
        10, threads,
        [&](size_t, size_t i) -> Status {
          if (i == 3) throw std::runtime_error("boom");
          return Status::ok();
        },
        [&](size_t) { return true; });
    EXPECT_EQ(s.code(), StatusCode::kInternal);
    EXPECT_NE(s.message().find("boom"), std::string::npos);
  }
}

}  // namespace
}  // namespace vachak::ocr
