// Damaged model files never crash the loader or the kernels: every truncation and many
// random byte flips of the golden models (real ops) are either refused with a message
// or, when they still pass validation, run without touching memory they do not own.
// Run under AddressSanitizer/UBSan by scripts/test-sanitizers.sh.
#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"
#include "tests/runtime/model_builder.h"
#include "tests/runtime/test_files.h"

namespace vachak {
namespace {

std::vector<std::string> golden_models() {
  return testing::files_with_suffix(std::string(VACHAK_SOURCE_DIR) + "/tests/golden", ".vmdl");
}

std::vector<uint8_t> read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

// Loads, and when the loader accepts, prepares and runs on arbitrary input bytes.
void load_and_maybe_run(std::vector<uint8_t> bytes, std::mt19937& rng) {
  auto m = rt::ModelFile::from_mapping("fuzz.vmdl", rt::MappedFile::from_bytes(std::move(bytes)));
  if (!m.is_ok()) {
    ASSERT_FALSE(m.status().message().empty());
    return;
  }
  auto in = rt::Interpreter::create(std::move(m).value(), rt::builtin_op_resolver(), std::make_shared<rt::Arena>(64u << 20));
  if (!in.is_ok()) {
    ASSERT_FALSE(in.status().message().empty());
    return;
  }
  for (int i = 0; i < in.value()->num_inputs(); ++i) {
    rt::Tensor& t = in.value()->input(i);
    uint8_t* p = static_cast<uint8_t*>(t.data);
    for (size_t k = 0; k < t.bytes(); ++k) p[k] = static_cast<uint8_t>(rng());
    if (t.type == rt::DType::kFloat32)  // keep floats finite
      for (size_t k = 0; k < t.bytes() / 4; ++k) t.as<float>()[k] = static_cast<float>(static_cast<int>(rng() % 2001) - 1000) / 100.0f;
  }
  Status s = in.value()->invoke();
  (void)s;
}

TEST(Fuzz, GoldenModelsExist) { EXPECT_GE(golden_models().size(), 3u); }

TEST(Fuzz, EveryTruncationOfEveryGoldenModelIsRefused) {
  for (const std::string& path : golden_models()) {
    const std::vector<uint8_t> good = read_all(path);
    for (size_t len = 0; len < good.size(); ++len) {
      auto m = rt::ModelFile::from_mapping(path, rt::MappedFile::from_bytes({good.begin(), good.begin() + static_cast<long>(len)}));
      ASSERT_FALSE(m.is_ok()) << path << " truncated to " << len << " bytes was accepted";
    }
  }
}

TEST(Fuzz, RandomByteFlipsNeverCrash) {
  std::mt19937 rng(20261124);
  for (const std::string& path : golden_models()) {
    const std::vector<uint8_t> good = read_all(path);
    const uint32_t header_end = 40u + (good[12] | good[13] << 8 | good[14] << 16 | static_cast<uint32_t>(good[15]) << 24);
    for (int iter = 0; iter < 300; ++iter) {
      std::vector<uint8_t> f = good;
      const int flips = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < flips; ++k) {
        // Mostly the header (where structure lives), sometimes anywhere.
        const size_t at = (rng() % 4 != 0) ? rng() % header_end : rng() % f.size();
        f[at] ^= static_cast<uint8_t>(1u << (rng() % 8));
      }
      if (iter % 4 != 0) testing::fix_header_crc(f);  // get past the checksum to the validator
      load_and_maybe_run(std::move(f), rng);
    }
  }
}

}  // namespace
}  // namespace vachak
