// conv2d and depthwise_conv2d: fast against reference over awkward sizes, a case worked
// out by hand from docs/QUANTIZATION.md, and Prepare's refusals.
#include "tests/runtime/kernels/kernel_harness.h"

namespace vachak::testing {
namespace {

using rt::DType;
using rt::Shape;

void set_conv(schema::Node& n, int sh, int sw, int dh, int dw, int pt, int pl, int pb, int pr, schema::Activation act) {
  auto* p = n.mutable_conv2d();
  p->set_stride_h(sh);
  p->set_stride_w(sw);
  p->set_dilation_h(dh);
  p->set_dilation_w(dw);
  p->set_pad_top(pt);
  p->set_pad_left(pl);
  p->set_pad_bottom(pb);
  p->set_pad_right(pr);
  p->set_activation(act);
}

TEST(Conv2d, FastMatchesReferenceOverSizeSweep) {
  int cases = 0;
  for (int c : {1, 2, 3, 7, 8, 9, 15, 16, 17, 33})
    for (int o : {1, 3, 8, 17})
      for (int k : {1, 3, 5})
        for (int stride : {1, 2})
          for (int dil : {1, 2}) {
            if (k == 1 && dil == 2) continue;
            const int h = 3 + (c + o) % 7, w = 1 + (c * 3 + k) % 40;
            KernelCase kc(static_cast<uint32_t>(c * 1000 + o * 100 + k * 10 + stride + dil));
            const int pad = (k / 2) * dil;
            if (h + 2 * pad < (k - 1) * dil + 1 || w + 2 * pad + 1 < (k - 1) * dil + 1) continue;
            kc.input(DType::kInt8, Shape{2, h, w, c}, {0.05f}, {static_cast<int32_t>(kc.rng()() % 50) - 25});
            kc.input(DType::kInt8, Shape{o, k, k, c}, channel_scales(kc.rng(), o), {});
            kc.input(DType::kInt32, Shape{o});
            kc.output(DType::kInt8, Shape{2, h, w + 1, o}, 0.1f, -3);
            const auto act = static_cast<schema::Activation>(cases % 3);
            set_conv(kc.node(), stride, stride, dil, dil, pad, pad, pad, pad + 1, act);
            ASSERT_TRUE(kc.prepare("conv2d").is_ok());
            kc.expect_match(&rt::reference::conv2d, "conv2d c=" + std::to_string(c) + " o=" + std::to_string(o) +
                                                        " k=" + std::to_string(k) + " s=" + std::to_string(stride) +
                                                        " d=" + std::to_string(dil));
            ++cases;
          }
  EXPECT_GT(cases, 300);
}

TEST(Conv2d, OneByOneWorkedByHand) {
  // x = [10, 20] (zero 4, scale 0.5), w = [[1, -2]] (scale 0.25), bias 7, out scale 1.0, zero 3.
  // acc = 7 + (10-4)*1 + (20-4)*(-2) = -19; m = 0.5*0.25/1 = 0.125; -19*0.125 = -2.375 -> -2
  // (apply rounds half up on the scaled value: (-19*M + 2^(S-1)) >> S = floor(-2.375 + 0.5) = -2)
  // out = 3 + (-2) = 1.
  KernelCase kc;
  rt::Tensor& x = kc.input(DType::kInt8, Shape{1, 1, 1, 2}, {0.5f}, {4});
  rt::Tensor& w = kc.input(DType::kInt8, Shape{1, 1, 1, 2}, {0.25f}, {0});
  rt::Tensor& b = kc.input(DType::kInt32, Shape{1});
  kc.output(DType::kInt8, Shape{1, 1, 1, 1}, 1.0f, 3);
  x.as<int8_t>()[0] = 10;
  x.as<int8_t>()[1] = 20;
  w.as<int8_t>()[0] = 1;
  w.as<int8_t>()[1] = -2;
  b.as<int32_t>()[0] = 7;
  set_conv(kc.node(), 1, 1, 1, 1, 0, 0, 0, 0, schema::ACT_NONE);
  ASSERT_TRUE(kc.prepare("conv2d").is_ok());
  auto [fast, ref] = kc.run_both(&rt::reference::conv2d);
  EXPECT_EQ(static_cast<int8_t>(fast[0]), 1);
  EXPECT_EQ(static_cast<int8_t>(ref[0]), 1);
  // With RELU the output may not go below the zero point (3).
  set_conv(kc.node(), 1, 1, 1, 1, 0, 0, 0, 0, schema::ACT_RELU);
  ASSERT_TRUE(kc.prepare("conv2d").is_ok());
  EXPECT_EQ(static_cast<int8_t>(kc.run_both(&rt::reference::conv2d).first[0]), 3);
}

TEST(Conv2d, PrepareRefusesWithTheOffendingValue) {
  auto make = [](int in_c, int w_c, int n_scales, int stride) {
    auto kc = std::make_unique<KernelCase>();
    kc->input(DType::kInt8, Shape{1, 8, 8, in_c}, {0.1f}, {0});
    kc->input(DType::kInt8, Shape{4, 3, 3, w_c}, std::vector<float>(static_cast<size_t>(n_scales), 0.01f), {});
    kc->output(DType::kInt8, Shape{1, 8, 8, 4}, 0.1f, 0);
    set_conv(kc->node(), stride, stride, 1, 1, 1, 1, 1, 1, schema::ACT_NONE);
    return kc;
  };
  {
    auto kc = make(7, 8, 4, 1);
    const Status s = kc->prepare("conv2d");
    EXPECT_NE(s.message().find("input channels 7 != weight channels 8"), std::string::npos) << s.message();
  }
  {
    auto kc = make(8, 8, 3, 1);
    const Status s = kc->prepare("conv2d");
    EXPECT_NE(s.message().find("3 scales for 4 output channels"), std::string::npos) << s.message();
  }
  {
    auto kc = make(8, 8, 4, 0);
    const Status s = kc->prepare("conv2d");
    EXPECT_NE(s.message().find("stride 0x0 must be >= 1"), std::string::npos) << s.message();
  }
  {
    auto kc = make(8, 8, 4, 1);
    kc->node().clear_params();
    EXPECT_NE(kc->prepare("conv2d").message().find("missing conv2d params"), std::string::npos);
  }
  {
    auto kc = make(8, 8, 4, 1);
    kc->node().mutable_conv2d()->set_activation(static_cast<schema::Activation>(9));
    EXPECT_NE(kc->prepare("conv2d").message().find("fused activation 9"), std::string::npos);
  }
}

TEST(DepthwiseConv2d, FastMatchesReferenceOverSizeSweep) {
  int cases = 0;
  for (int c : {1, 2, 5, 8, 15, 16, 17, 31, 64})
    for (int k : {1, 3, 5})
      for (int stride : {1, 2})
        for (int w : {1, 4, 13, 40}) {
          KernelCase kc(static_cast<uint32_t>(c * 100 + k * 10 + stride + w * 7));
          const int pad = k / 2;
          kc.input(DType::kInt8, Shape{1, 6, w, c}, {0.03f}, {-5});
          kc.input(DType::kInt8, Shape{k, k, c}, channel_scales(kc.rng(), c), {}, 2);
          if (cases % 2) kc.input(DType::kInt32, Shape{c});
          else kc.absent_input();
          kc.output(DType::kInt8, Shape{1, 6, w, c}, 0.07f, 10);
          set_conv(kc.node(), stride, stride, 1, 1, pad, pad, pad, pad, static_cast<schema::Activation>(cases % 3));
          ASSERT_TRUE(kc.prepare("depthwise_conv2d").is_ok()) << kc.prepare("depthwise_conv2d").message();
          kc.expect_match(&rt::reference::depthwise_conv2d, "depthwise c=" + std::to_string(c) + " k=" + std::to_string(k));
          ++cases;
        }
  EXPECT_GT(cases, 200);
}

}  // namespace
}  // namespace vachak::testing
