// Crafted models: valid checksums, hostile values. The random-flip fuzz test cannot reach
// these (the CRC refuses the flips); an attacker rewrites the header and fixes the CRC.
// Every such file must be refused with a message or run safely -- never crash, never
// allocate what a field merely declares. Run under ASan/UBSan by scripts/test.sh.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <limits>
#include <random>

#include "limits/limits.h"
#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"
#include "tests/runtime/model_builder.h"
#include "tests/runtime/test_files.h"

namespace vachak {
namespace {

std::vector<uint8_t> read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// The golden models and the shipped ones: real ops, real sizes.
std::vector<std::string> real_models() {
  const std::string root = VACHAK_SOURCE_DIR;
  std::vector<std::string> out = testing::files_with_suffix(root + "/tests/golden", ".vmdl");
  for (const char* dir : {"/models/ocr", "/models/tts"})
    for (const auto& f : testing::files_with_suffix(root + dir, ".vmdl")) out.push_back(f);
  return out;
}

// Load; when accepted, create an interpreter on an unbounded arena and run it once on
// zeros. Returns the first refusal's message, or "" when the whole thing ran.
std::string load_and_run(std::vector<uint8_t> bytes) {
  auto m = rt::ModelFile::from_mapping("crafted.vmdl", rt::MappedFile::from_bytes(std::move(bytes)));
  if (!m.is_ok()) return m.status().message();
  auto in = rt::Interpreter::create(std::move(m).value(), rt::builtin_op_resolver(), std::make_shared<rt::Arena>());
  if (!in.is_ok()) return in.status().message();
  for (int i = 0; i < in.value()->num_inputs(); ++i) {
    rt::Tensor& t = in.value()->input(i);
    std::fill_n(static_cast<uint8_t*>(t.data), t.bytes(), uint8_t{0});
  }
  Status s = in.value()->invoke();
  return s.is_ok() ? "" : s.message();
}

// A bias near 2^31 in a conv or dense layer (the weight section is not checksummed): the
// int32 accumulator of the spec could overflow for some input, so Prepare refuses the
// model. (Found by fuzz_model: signed overflow in dense_rows2_i8, bias + sum.)
TEST(CraftedModel, BiasThatCanOverflowTheAccumulatorIsRefused) {
  int crafted_count = 0;
  for (const std::string& path : real_models()) {
    const std::vector<uint8_t> file = read_all(path);
    auto m = rt::ModelFile::from_mapping(path, rt::MappedFile::from_bytes(std::vector<uint8_t>(file)));
    ASSERT_TRUE(m.is_ok()) << path;
    const schema::Model& proto = m.value()->proto();
    uint64_t weights_offset = 0;
    std::memcpy(&weights_offset, &file[24], 8);
    for (const schema::Node& node : proto.nodes()) {
      if (node.op() != "conv2d" && node.op() != "depthwise_conv2d" && node.op() != "fully_connected") continue;
      if (node.inputs_size() < 3 || node.inputs(2) < 0) continue;
      const schema::Tensor& bias = proto.tensors(node.inputs(2));
      const schema::Tensor& x = proto.tensors(node.inputs(0));
      if (!bias.has_weight() || x.type() != schema::DT_INT8) continue;
      std::vector<uint8_t> crafted = file;
      const int32_t huge = std::numeric_limits<int32_t>::max() - 1000;
      std::memcpy(&crafted[weights_offset + bias.weight().offset()], &huge, 4);
      const std::string message = load_and_run(crafted);
      EXPECT_NE(message.find("int32 accumulator"), std::string::npos) << path << " " << node.name() << ": " << message;
      ++crafted_count;
    }
  }
  EXPECT_GE(crafted_count, 5);
}

TEST(CraftedModel, RealModelsExist) { EXPECT_GE(real_models().size(), 5u); }

// The finding of issue #13: arena_size = 2^64-1 with the CRC recomputed was accepted and
// overflowed the heap when the model ran.
TEST(CraftedModel, HugeArenaSizeIsRefusedAtLoad) {
  for (const std::string& path : real_models()) {
    for (uint64_t size : {std::numeric_limits<uint64_t>::max(), std::numeric_limits<uint64_t>::max() - 63,
                          uint64_t{1} << 63, uint64_t{1} << 32, limits::kMaxArenaBytes + 1}) {
      auto crafted = testing::rewrite_header(read_all(path), [&](schema::Model& m) { m.set_arena_size(size); });
      ASSERT_FALSE(crafted.empty()) << path;
      auto m = rt::ModelFile::from_mapping(path, rt::MappedFile::from_bytes(std::move(crafted)));
      ASSERT_FALSE(m.is_ok()) << path << " accepted arena_size " << size;
      EXPECT_NE(m.status().message().find("arena_size"), std::string::npos) << m.status().message();
    }
  }
}

TEST(CraftedModel, ArenaAboveTheLimitIsNeverAllocated) {
  rt::Arena arena;
  EXPECT_FALSE(arena.reserve(std::numeric_limits<size_t>::max()).is_ok());
  EXPECT_FALSE(arena.reserve(std::numeric_limits<size_t>::max() - 10).is_ok());
  EXPECT_FALSE(arena.reserve(limits::kMaxArenaBytes + 1).is_ok());
  EXPECT_EQ(arena.size(), 0u);
  EXPECT_TRUE(arena.reserve(4096).is_ok());
}

// Every numeric field an attacker controls, set to the values that break unchecked
// arithmetic, one at a time, CRC fixed: refused or run, never a crash (ASan/UBSan).
TEST(CraftedModel, ExtremeHeaderFieldsNeverCrash) {
  const int64_t extremes[] = {0, 1, 63, 64, 65, 1 << 20, int64_t{1} << 31, (int64_t{1} << 31) - 1,
                              int64_t{1} << 32, int64_t{1} << 62, std::numeric_limits<int64_t>::max(), -1,
                              std::numeric_limits<int32_t>::min()};
  int refused = 0, ran = 0;
  for (const std::string& path : real_models()) {
    const std::vector<uint8_t> file = read_all(path);
    schema::Model proto;
    ASSERT_TRUE(proto.ParseFromArray(&file[rt::kPrefixSize], static_cast<int>(file[12] | file[13] << 8 | file[14] << 16)));
    std::vector<std::function<void(schema::Model&, int64_t)>> fields;
    fields.push_back([](schema::Model& m, int64_t v) { m.set_arena_size(static_cast<uint64_t>(v)); });
    for (int t = 0; t < proto.tensors_size(); t += std::max(1, proto.tensors_size() / 12)) {
      if (proto.tensors(t).has_arena()) {
        fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_arena()->set_offset(static_cast<uint64_t>(v)); });
        fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_arena()->set_size(static_cast<uint64_t>(v)); });
      } else {
        fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_weight()->set_offset(static_cast<uint64_t>(v)); });
        fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_weight()->set_length(static_cast<uint64_t>(v)); });
      }
      for (int d = 0; d < proto.tensors(t).shape_size(); ++d)
        fields.push_back([t, d](schema::Model& m, int64_t v) { m.mutable_tensors(t)->set_shape(d, static_cast<int32_t>(v)); });
      if (proto.tensors(t).quant().zero_point_size() > 0)
        fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_quant()->set_zero_point(0, static_cast<int32_t>(v)); });
      fields.push_back([t](schema::Model& m, int64_t v) { m.mutable_tensors(t)->mutable_quant()->set_axis(static_cast<int32_t>(v)); });
    }
    for (int n = 0; n < proto.nodes_size(); n += std::max(1, proto.nodes_size() / 8)) {
      fields.push_back([n](schema::Model& m, int64_t v) { m.mutable_nodes(n)->set_inputs(0, static_cast<int32_t>(v)); });
      fields.push_back([n](schema::Model& m, int64_t v) { m.mutable_nodes(n)->set_outputs(0, static_cast<int32_t>(v)); });
      fields.push_back([n](schema::Model& m, int64_t v) { m.mutable_nodes(n)->set_version(static_cast<int32_t>(v)); });
    }
    for (const auto& set : fields) {
      for (int64_t v : extremes) {
        auto crafted = testing::rewrite_header(file, [&](schema::Model& m) { set(m, v); });
        ASSERT_FALSE(crafted.empty());
        (load_and_run(std::move(crafted)).empty() ? ran : refused)++;
      }
    }
  }
  EXPECT_GT(refused, 0);
  std::printf("crafted models: %d refused, %d ran safely\n", refused, ran);
}

}  // namespace
}  // namespace vachak
