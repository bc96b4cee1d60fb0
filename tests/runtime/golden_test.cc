// End to end: every golden model written by models/train/vachak_export/make_golden.py
// runs on the C++ runtime and reproduces the Python integer reference bit for bit; its
// arena size equals the size the Python planner computed.
#include <gtest/gtest.h>

#include <cstring>

#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"
#include "runtime/tools/golden_manifest.h"
#include "tests/runtime/test_files.h"

namespace vachak {
namespace {

std::vector<std::string> manifests() {
  return testing::files_with_suffix(std::string(VACHAK_SOURCE_DIR) + "/tests/golden", ".golden.txt");
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesPythonReferenceBitForBit) {
  const std::string manifest_path = GetParam();
  const std::string model_path = manifest_path.substr(0, manifest_path.size() - std::strlen(".golden.txt")) + ".vmdl";
  auto golden = rt::read_golden_manifest(manifest_path);
  ASSERT_TRUE(golden.is_ok()) << golden.status().message();
  auto model = rt::ModelFile::open(model_path);
  ASSERT_TRUE(model.is_ok()) << model.status().message();
  EXPECT_EQ(model.value()->proto().arena_size(), golden->arena_size);

  // The C++ planner, given the same lifetimes, finds the same arena size.
  std::vector<rt::PlanItem> items;
  for (const rt::PlanItem& p : model.value()->plan())
    if (p.size > 0) items.push_back(p);
  EXPECT_EQ(rt::plan_arena(items), golden->arena_size);

  auto interp = rt::Interpreter::create(std::move(model).value(), rt::builtin_op_resolver(), std::make_shared<rt::Arena>());
  ASSERT_TRUE(interp.is_ok()) << interp.status().message();
  for (const rt::GoldenArray& in : golden->inputs) {
    ASSERT_TRUE(interp.value()->resize_input(in.index, in.shape).is_ok());
    rt::Tensor& t = interp.value()->input(in.index);
    ASSERT_EQ(t.type, in.type);
    std::memcpy(t.data, in.bytes.data(), in.bytes.size());
  }
  ASSERT_TRUE(interp.value()->invoke().is_ok());
  ASSERT_FALSE(golden->outputs.empty());
  for (const rt::GoldenArray& out : golden->outputs) {
    const rt::Tensor& t = interp.value()->output(out.index);
    ASSERT_EQ(t.type, out.type);
    ASSERT_EQ(t.shape, out.shape) << t.shape.to_string() << " vs " << out.shape.to_string();
    size_t first_diff = out.bytes.size();
    size_t diffs = 0;
    const uint8_t* got = static_cast<const uint8_t*>(t.data);
    for (size_t k = 0; k < out.bytes.size(); ++k)
      if (got[k] != out.bytes[k]) {
        if (first_diff == out.bytes.size()) first_diff = k;
        ++diffs;
      }
    EXPECT_EQ(diffs, 0u) << "output " << out.index << ": " << diffs << " bytes differ, first at byte " << first_diff;
  }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string n = info.param.substr(info.param.find_last_of('/') + 1);
  n = n.substr(0, n.find('.'));
  for (char& c : n)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(AllGoldens, Golden, ::testing::ValuesIn(manifests()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}  // namespace
}  // namespace vachak
