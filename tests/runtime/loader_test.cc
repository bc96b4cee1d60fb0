// The loader's refusals (docs/MODEL-FORMAT.md) and the interpreter's plumbing, on models
// built in C++ with a test-only kernel.
#include <gtest/gtest.h>

#include <cstring>

#include "runtime/core/interpreter.h"
#include "runtime/core/model_file.h"
#include "tests/runtime/model_builder.h"
#include "tests/runtime/test_kernels.h"

namespace vachak {
namespace {

using rt::ModelFile;
using testing::ModelBuilder;

// x -> test_copy -> y -> test_copy -> z, plus one unused 256-byte weight.
ModelBuilder two_copies() {
  ModelBuilder b;
  b.add_weight("w", schema::DT_INT8, {256}, std::vector<uint8_t>(256, 7));
  const int x = b.add_arena("x", schema::DT_INT8, {1, 8, 100}, 0.5f, 3);
  const int y = b.add_arena("y", schema::DT_INT8, {1, 8, 100}, 0.5f, 3);
  const int z = b.add_arena("z", schema::DT_INT8, {1, 8, 100}, 0.5f, 3);
  b.add_node("copy1", "test_copy", {x}, {y});
  b.add_node("copy2", "test_copy", {y}, {z});
  b.set_io({x}, {z});
  return b;
}

Result<std::unique_ptr<ModelFile>> load(std::vector<uint8_t> bytes) {
  return ModelFile::from_mapping("m.vmdl", rt::MappedFile::from_bytes(std::move(bytes)));
}

std::string load_error(std::vector<uint8_t> bytes) {
  auto m = load(std::move(bytes));
  return m.is_ok() ? std::string("(loaded)") : m.status().message();
}

void put_u64(std::vector<uint8_t>& f, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) f[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

TEST(Loader, ValidModelLoadsAndRuns) {
  auto m = load(two_copies().build());
  ASSERT_TRUE(m.is_ok()) << m.status().message();
  rt::OpResolver resolver({&testing::kTestCopyKernel});
  auto arena = std::make_shared<rt::Arena>();
  auto in = rt::Interpreter::create(std::move(m).value(), resolver, arena);
  ASSERT_TRUE(in.is_ok()) << in.status().message();
  rt::Tensor& x = in.value()->input(0);
  for (int i = 0; i < 800; ++i) x.as<int8_t>()[i] = static_cast<int8_t>(i * 7);
  ASSERT_TRUE(in.value()->invoke().is_ok());
  const rt::Tensor& z = in.value()->output(0);
  for (int i = 0; i < 800; ++i) ASSERT_EQ(z.as<int8_t>()[i], static_cast<int8_t>(i * 7));
  // x (nodes 0..0) and z (1..1) never meet, so they share bytes; y meets both:
  // two 832-byte slots (800 rounded up to 64).
  EXPECT_EQ(in.value()->model().proto().arena_size(), 2u * 832u);
  EXPECT_NE(in.value()->memory_plan().find("  y\n"), std::string::npos) << in.value()->memory_plan();
}

TEST(Loader, RunTimeShapeWithinMaximum) {
  auto m = load(two_copies().build());
  ASSERT_TRUE(m.is_ok());
  rt::OpResolver resolver({&testing::kTestCopyKernel});
  auto in = rt::Interpreter::create(std::move(m).value(), resolver, std::make_shared<rt::Arena>());
  ASSERT_TRUE(in.is_ok());
  EXPECT_TRUE(in.value()->resize_input(0, rt::Shape{1, 8, 40}).is_ok());
  ASSERT_TRUE(in.value()->invoke().is_ok());
  EXPECT_EQ(in.value()->output(0).shape, (rt::Shape{1, 8, 40}));
  const Status too_big = in.value()->resize_input(0, rt::Shape{1, 8, 101});
  EXPECT_FALSE(too_big.is_ok());
  EXPECT_NE(too_big.message().find("[1,8,101]"), std::string::npos) << too_big.message();
  EXPECT_FALSE(in.value()->resize_input(3, rt::Shape{1, 8, 10}).is_ok());
}

TEST(Loader, TwoModelsShareOneArena) {
  ModelBuilder small;
  const int a = small.add_arena("a", schema::DT_INT8, {64}, 1.0f, 0);
  const int b = small.add_arena("b", schema::DT_INT8, {64}, 1.0f, 0);
  small.add_node("copy", "test_copy", {a}, {b});
  small.set_io({a}, {b});
  rt::OpResolver resolver({&testing::kTestCopyKernel});
  auto arena = std::make_shared<rt::Arena>();
  auto m1 = rt::Interpreter::create(load(small.build()).value(), resolver, arena);
  ASSERT_TRUE(m1.is_ok());
  const size_t small_size = arena->size();
  auto m2 = rt::Interpreter::create(load(two_copies().build()).value(), resolver, arena);
  ASSERT_TRUE(m2.is_ok());
  // One buffer, sized for the larger model; both run from it in turn.
  EXPECT_EQ(arena->size(), std::max(m1.value()->arena_bytes_needed(), m2.value()->arena_bytes_needed()));
  EXPECT_GT(arena->size(), small_size);
  for (int round = 0; round < 2; ++round) {
    m1.value()->input(0).as<int8_t>()[5] = static_cast<int8_t>(11 + round);
    ASSERT_TRUE(m1.value()->invoke().is_ok());
    EXPECT_EQ(m1.value()->output(0).as<int8_t>()[5], 11 + round);
    m2.value()->input(0).as<int8_t>()[700] = static_cast<int8_t>(-5 - round);
    ASSERT_TRUE(m2.value()->invoke().is_ok());
    EXPECT_EQ(m2.value()->output(0).as<int8_t>()[700], -5 - round);
  }
}

TEST(Loader, ArenaLimitIsAClearError) {
  rt::OpResolver resolver({&testing::kTestCopyKernel});
  auto in = rt::Interpreter::create(load(two_copies().build()).value(), resolver, std::make_shared<rt::Arena>(1000));
  ASSERT_FALSE(in.is_ok());
  EXPECT_EQ(in.status().code(), StatusCode::kOutOfMemory);
  EXPECT_NE(in.status().message().find("above its limit of 1000"), std::string::npos) << in.status().message();
}

TEST(Loader, MissingOpIsRefusedByName) {
  auto m = load(two_copies().build());
  ASSERT_TRUE(m.is_ok());
  rt::OpResolver empty;
  auto in = rt::Interpreter::create(std::move(m).value(), empty, std::make_shared<rt::Arena>());
  ASSERT_FALSE(in.is_ok());
  EXPECT_EQ(in.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(in.status().message().find("test_copy v1 i8"), std::string::npos) << in.status().message();
  EXPECT_NE(in.status().message().find("'copy1'"), std::string::npos) << in.status().message();
  EXPECT_NE(in.status().message().find("m.vmdl"), std::string::npos) << in.status().message();
}

TEST(Loader, RefusesBrokenPrefix) {
  const std::vector<uint8_t> good = two_copies().build();
  {
    auto f = good;
    f[0] = 'X';
    EXPECT_NE(load_error(f).find("magic"), std::string::npos);
  }
  {
    auto f = good;
    f[8] = 9;
    EXPECT_NE(load_error(f).find("format version 9"), std::string::npos);
  }
  {
    auto f = good;
    f[rt::kPrefixSize + 3] ^= 0x40;
    EXPECT_NE(load_error(f).find("checksum"), std::string::npos);
  }
  {
    auto f = good;
    f.push_back(0);
    EXPECT_NE(load_error(f).find("trailing"), std::string::npos);
  }
  {
    auto f = good;
    put_u64(f, 24, 40 + 8);  // weights offset inside the header, and unaligned
    EXPECT_NE(load_error(f).find("multiple of 64"), std::string::npos);
  }
  EXPECT_NE(load_error({}).find("shorter than the 40-byte prefix"), std::string::npos);
}

TEST(Loader, RefusesBrokenTensorsAndNodes) {
  auto expect_error = [](ModelBuilder b, void (*mutate)(schema::Model&), const char* needle) {
    mutate(b.proto());
    std::vector<uint8_t> f = b.build();
    const std::string err = load_error(f);
    EXPECT_NE(err.find(needle), std::string::npos) << "expected '" << needle << "' in: " << err;
  };
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(0)->mutable_weight()->set_length(255); },
               "weight length 255 != 256");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(0)->mutable_weight()->set_offset(64); },
               "outside the weight section");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(0)->mutable_weight()->set_offset(3); },
               "weight offset 3 is not a multiple of 64");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(1)->set_shape(1, 0); }, "dim 1 is 0");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(1)->set_type(static_cast<schema::DataType>(42)); },
               "unknown type 42");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(1)->mutable_quant()->set_zero_point(0, 300); },
               "zero point 300");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_tensors(1)->mutable_quant()->set_scale(0, -1.0f); },
               "scale");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_nodes(0)->set_inputs(0, 99); },
               "tensor index 99 out of range");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_nodes(1)->set_outputs(0, 0); }, "writes constant");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_nodes(0)->set_outputs(0, 1); }, "writes graph input");
  expect_error(two_copies(), [](schema::Model& m) { m.mutable_nodes(0)->set_inputs(0, 2); },
               "before any node writes it");
  expect_error(two_copies(), [](schema::Model& m) { m.clear_outputs(); }, "no inputs or no outputs");
}

TEST(Loader, RefusesOverlappingPlan) {
  ModelBuilder b = two_copies();
  std::vector<uint8_t> f = b.build();
  // Put y on top of x: both are live at node 0.
  schema::Model m = b.proto();
  m.mutable_tensors(2)->mutable_arena()->set_offset(m.tensors(1).arena().offset());
  // Rebuild the bytes from the mutated header without re-planning.
  const std::string header = m.SerializeAsString();
  std::vector<uint8_t> g(rt::align_up(rt::kPrefixSize + header.size(), 64) + 256, 0);
  std::memcpy(g.data(), f.data(), rt::kPrefixSize);
  for (int i = 0; i < 4; ++i) g[12 + i] = static_cast<uint8_t>(header.size() >> (8 * i));
  put_u64(g, 24, g.size() - 256);
  std::memcpy(&g[rt::kPrefixSize], header.data(), header.size());
  testing::fix_header_crc(g);
  const std::string err = load_error(g);
  EXPECT_NE(err.find("live at the same time and overlap"), std::string::npos) << err;
}

TEST(Loader, EveryTruncationIsRefused) {
  const std::vector<uint8_t> good = two_copies().build();
  ASSERT_TRUE(load(good).is_ok());
  for (size_t len = 0; len < good.size(); ++len) {
    std::vector<uint8_t> f(good.begin(), good.begin() + static_cast<long>(len));
    auto m = load(std::move(f));
    ASSERT_FALSE(m.is_ok()) << "truncated to " << len << " bytes was accepted";
    ASSERT_FALSE(m.status().message().empty());
  }
}

TEST(Loader, MissingFileIsNotFound) {
  auto m = ModelFile::open("/nonexistent/dir/model.vmdl");
  ASSERT_FALSE(m.is_ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("/nonexistent/dir/model.vmdl"), std::string::npos);
}

}  // namespace
}  // namespace vachak
