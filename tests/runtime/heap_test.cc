// Loading maps weights in place: the heap grows by the header and bookkeeping, never by
// the weight bytes (the design notes' "loading copies no weight").
#include <gtest/gtest.h>
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "runtime/core/interpreter.h"
#include "tests/runtime/model_builder.h"
#include "tests/runtime/test_kernels.h"

namespace vachak {
namespace {

TEST(Heap, LoadingGrowsHeapFarLessThanWeightBytes) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer replaces malloc; mallinfo2 does not see its heap";
#endif
  constexpr size_t kWeightBytes = 4u << 20;
  testing::ModelBuilder b;
  std::vector<uint8_t> w(kWeightBytes);
  for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<uint8_t>(i * 31u);
  b.add_weight("big", schema::DT_INT8, {1024, 4096}, w);
  const int x = b.add_arena("x", schema::DT_INT8, {64}, 1.0f, 0);
  const int y = b.add_arena("y", schema::DT_INT8, {64}, 1.0f, 0);
  b.add_node("copy", "test_copy", {x}, {y});
  b.set_io({x}, {y});
  const std::vector<uint8_t> bytes = b.build();
  w.clear();
  w.shrink_to_fit();

  char path[] = "/tmp/vachak_heap_test_XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  close(fd);

  const size_t before = mallinfo2().uordblks;
  auto model = rt::ModelFile::open(path);
  ASSERT_TRUE(model.is_ok()) << model.status().message();
  EXPECT_TRUE(model.value()->is_mapped());
  auto arena = std::make_shared<rt::Arena>();
  rt::OpResolver resolver({&testing::kTestCopyKernel});
  auto in = rt::Interpreter::create(std::move(model).value(), resolver, arena);
  ASSERT_TRUE(in.is_ok()) << in.status().message();
  const size_t after = mallinfo2().uordblks;
  std::remove(path);

  const size_t growth = after - before - arena->size();
  // The heap grew by well under 1% of the weight bytes.
  EXPECT_LT(growth, kWeightBytes / 100) << "heap grew by " << growth << " bytes loading "
                                        << kWeightBytes << " weight bytes";
}

}  // namespace
}  // namespace vachak
