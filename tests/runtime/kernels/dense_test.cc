// fully_connected, lstm and gru: fast against reference, table checks, refusals.
#include "runtime/core/quant_math.h"
#include "tests/runtime/kernels/kernel_harness.h"

namespace vachak::testing {
namespace {

using rt::DType;
using rt::Shape;

TEST(FullyConnected, FastMatchesReferenceOverSizeSweep) {
  int cases = 0;
  for (DType in_type : {DType::kInt8, DType::kInt16})
    for (int K : {1, 2, 7, 15, 16, 17, 31, 32, 33, 63, 100, 255, 256, 257, 300})
      for (int N : {1, 3, 16, 19}) {
        KernelCase kc(static_cast<uint32_t>(K * 31 + N));
        if (in_type == DType::kInt8) kc.input(in_type, Shape{3, K}, {0.04f}, {7});
        else kc.input(in_type, Shape{3, K}, {1.0f / 32768.0f}, {0});
        kc.input(DType::kInt8, Shape{N, K}, channel_scales(kc.rng(), N), {});
        kc.input(DType::kInt32, Shape{N});
        kc.output(DType::kInt8, Shape{3, N}, 0.05f, -2);
        kc.node().mutable_fully_connected()->set_activation(static_cast<schema::Activation>(cases % 3));
        ASSERT_TRUE(kc.prepare("fully_connected").is_ok());
        kc.expect_match(&rt::reference::fully_connected, "fc K=" + std::to_string(K) + " N=" + std::to_string(N));
        ++cases;
      }
}

TEST(FullyConnected, Int16SumsBeyondInt32Saturate) {
  // 300 products of 32767 * 127 exceed 2^31: the spec saturates the sum to int32.
  KernelCase kc;
  rt::Tensor& x = kc.input(DType::kInt16, Shape{1, 600}, {1.0f / 32768.0f}, {0});
  rt::Tensor& w = kc.input(DType::kInt8, Shape{1, 600}, {0.001f}, {});
  kc.absent_input();
  kc.output(DType::kInt8, Shape{1, 1}, 100.0f, 0);
  for (int i = 0; i < 600; ++i) {
    x.as<int16_t>()[i] = 32767;
    w.as<int8_t>()[i] = 127;
  }
  kc.node().mutable_fully_connected();
  ASSERT_TRUE(kc.prepare("fully_connected").is_ok());
  kc.expect_match(&rt::reference::fully_connected, "saturating fc");
}

void recurrent_case(const char* op, DType in_type, int T, int I, int H, bool reverse, uint32_t seed, int x_range) {
  const int gates = std::string(op) == "lstm" ? 4 : 3;
  KernelCase kc(seed);
  rt::Tensor& x = in_type == DType::kInt8 ? kc.input(in_type, Shape{T, I}, {0.05f}, {3})
                                          : kc.input(in_type, Shape{T, I}, {1.0f / 32768.0f}, {0});
  kc.randomize(x, -x_range, x_range);
  kc.input(DType::kInt8, Shape{gates * H, I}, channel_scales(kc.rng(), gates * H, 0.002f, 0.03f), {});
  kc.input(DType::kInt8, Shape{gates * H, H}, channel_scales(kc.rng(), gates * H, 0.002f, 0.03f), {});
  kc.input(DType::kInt32, Shape{gates * H});
  if (gates == 3) kc.input(DType::kInt32, Shape{gates * H});
  kc.output(DType::kInt16, Shape{T, H}, 1.0f / 32768.0f, 0);
  kc.node().mutable_recurrent()->set_hidden_size(H);
  kc.node().mutable_recurrent()->set_reverse(reverse);
  ASSERT_TRUE(kc.prepare(op).is_ok()) << kc.prepare(op).message();
  kc.expect_match(gates == 4 ? &rt::reference::lstm : &rt::reference::gru,
                  std::string(op) + " T=" + std::to_string(T) + " I=" + std::to_string(I) + " H=" + std::to_string(H));
}

TEST(Recurrent, FastMatchesReferenceOverSizeSweep) {
  uint32_t seed = 1;
  for (const char* op : {"lstm", "gru"})
    for (DType in_type : {DType::kInt8, DType::kInt16})
      for (int T : {1, 2, 5, 7})
        for (int H : {1, 2, 5, 16, 20, 64})
          for (bool reverse : {false, true}) {
            const int I = 1 + (T * 13 + H) % 37;
            // Small inputs keep the gates out of saturation; full-range ones test it.
            const int range = seed % 2 ? 20 : (in_type == DType::kInt8 ? 127 : 32767);
            recurrent_case(op, in_type, T, I, H, reverse, seed++, range);
          }
}

TEST(Recurrent, TablesMatchTheirDefinition) {
  EXPECT_EQ(rt::lookup_q15(rt::sigmoid_q15_table(), 0), 16384);  // sigmoid(0) = 0.5
  EXPECT_EQ(rt::lookup_q15(rt::tanh_q15_table(), 0), 0);
  EXPECT_EQ(rt::lookup_q15(rt::tanh_q15_table(), 32767), 32767);   // tanh(8) ~ 1, saturated
  EXPECT_EQ(rt::lookup_q15(rt::tanh_q15_table(), -32768), -32768);
  // sigmoid(1.0) = 0.7310586 -> 23955.3 in Q0.15; interpolation error stays below 2 LSB.
  EXPECT_NEAR(rt::lookup_q15(rt::sigmoid_q15_table(), 4096), 23955, 2);
}

TEST(Recurrent, PrepareRefusals) {
  KernelCase kc;
  kc.input(DType::kInt8, Shape{4, 8}, {0.05f}, {0});
  kc.input(DType::kInt8, Shape{4 * 6, 8}, std::vector<float>(24, 0.01f), {});
  kc.input(DType::kInt8, Shape{4 * 6, 6}, std::vector<float>(24, 0.01f), {});
  kc.output(DType::kInt16, Shape{4, 6}, 0.01f, 0);
  kc.node().mutable_recurrent()->set_hidden_size(6);
  const Status s = kc.prepare("lstm");
  EXPECT_NE(s.message().find("must be 2^-15"), std::string::npos) << s.message();
  KernelCase kc2;
  kc2.input(DType::kInt8, Shape{4, 8}, {0.05f}, {0});
  kc2.input(DType::kInt8, Shape{4 * 6, 8}, std::vector<float>(24, 0.01f), {});
  kc2.input(DType::kInt8, Shape{4 * 6, 6}, std::vector<float>(24, 0.01f), {});
  kc2.output(DType::kInt16, Shape{4, 5}, 1.0f / 32768.0f, 0);
  kc2.node().mutable_recurrent()->set_hidden_size(5);
  const Status s2 = kc2.prepare("lstm");
  EXPECT_NE(s2.message().find("for hidden_size 5"), std::string::npos) << s2.message();
}

}  // namespace
}  // namespace vachak::testing
