// Elementwise, data-movement, pooling, softmax and quantization kernels.
#include <cmath>

#include "tests/runtime/kernels/kernel_harness.h"

namespace vachak::testing {
namespace {

using rt::DType;
using rt::Shape;

TEST(Elementwise, LutOpsMatchReferenceAndTheirFunction) {
  for (const char* op : {"relu", "relu6", "hard_swish", "sigmoid", "tanh"})
    for (int n : {1, 7, 64, 1001}) {
      KernelCase kc(static_cast<uint32_t>(n));
      rt::Tensor& x = kc.input(DType::kInt8, Shape{n}, {0.05f}, {-10});
      const bool bounded = std::string(op) == "sigmoid";
      kc.output(DType::kInt8, Shape{n}, bounded ? 1.0f / 256.0f : 0.05f, bounded ? -128 : -10);
      ASSERT_TRUE(kc.prepare(op).is_ok());
      kc.expect_match(&rt::reference::elementwise_lut, op);
      // Every output is within one step of the real function of the dequantized input.
      auto [fast, ref] = kc.run_both(&rt::reference::elementwise_lut);
      for (int i = 0; i < n; ++i) {
        const double xv = 0.05 * (x.as<int8_t>()[i] + 10);
        double y = 0;
        const std::string name = op;
        if (name == "relu") y = std::max(xv, 0.0);
        if (name == "relu6") y = std::min(std::max(xv, 0.0), 6.0);
        if (name == "hard_swish") y = xv * std::min(std::max(xv + 3, 0.0), 6.0) / 6;
        if (name == "sigmoid") y = 1 / (1 + std::exp(-xv));
        if (name == "tanh") y = std::tanh(xv);
        const double got = bounded ? (static_cast<int8_t>(fast[static_cast<size_t>(i)]) + 128) / 256.0
                                   : 0.05 * (static_cast<int8_t>(fast[static_cast<size_t>(i)]) + 10);
        const double clipped = bounded ? std::min(y, 127.0 / 256 + 0.5) : std::min(y, 0.05 * 137);
        EXPECT_NEAR(got, clipped, bounded ? 1.0 / 256 : 0.05) << op << " x=" << xv;
      }
    }
}

TEST(Elementwise, AddAndMulMatchReference) {
  for (int n : {1, 3, 16, 17, 250}) {
    for (const char* op : {"add", "mul"}) {
      KernelCase kc(static_cast<uint32_t>(n * 7));
      kc.input(DType::kInt8, Shape{1, n}, {0.02f}, {5});
      kc.input(DType::kInt8, Shape{1, n}, {0.07f}, {-20});
      kc.output(DType::kInt8, Shape{1, n}, std::string(op) == "add" ? 0.1f : 0.2f, 3);
      ASSERT_TRUE(kc.prepare(op).is_ok());
      kc.expect_match(std::string(op) == "add" ? &rt::reference::add : &rt::reference::mul, op);
    }
  }
  KernelCase bad;
  bad.input(DType::kInt8, Shape{1, 4}, {0.02f}, {0});
  bad.input(DType::kInt8, Shape{1, 5}, {0.02f}, {0});
  bad.output(DType::kInt8, Shape{1, 5}, 0.1f, 0);
  EXPECT_NE(bad.prepare("add").message().find("[1,4] and [1,5] differ"), std::string::npos);
}

TEST(Softmax, MatchesReferenceAndSumsToOne) {
  for (int C : {1, 2, 5, 16, 121, 200}) {
    for (bool log : {false, true}) {
      KernelCase kc(static_cast<uint32_t>(C));
      kc.input(DType::kInt8, Shape{7, C}, {0.1f}, {4});
      if (log) kc.output(DType::kInt8, Shape{7, C}, 0.1f, 127);
      else kc.output(DType::kInt8, Shape{7, C}, 1.0f / 256.0f, -128);
      ASSERT_TRUE(kc.prepare(log ? "log_softmax" : "softmax").is_ok());
      kc.expect_match(&rt::reference::softmax, log ? "log_softmax" : "softmax");
      if (!log) {
        auto [fast, ref] = kc.run_both(&rt::reference::softmax);
        for (int r = 0; r < 7; ++r) {
          double sum = 0;
          for (int c = 0; c < C; ++c) sum += (static_cast<int8_t>(fast[static_cast<size_t>(r * C + c)]) + 128) / 256.0;
          EXPECT_NEAR(sum, 1.0, 0.5 / 256 * C + 1.0 / 256) << "C=" << C;
        }
      }
    }
  }
  KernelCase equal;
  rt::Tensor& x = equal.input(DType::kInt8, Shape{1, 4}, {0.1f}, {0});
  for (int i = 0; i < 4; ++i) x.as<int8_t>()[i] = 9;
  equal.output(DType::kInt8, Shape{1, 4}, 1.0f / 256.0f, -128);
  ASSERT_TRUE(equal.prepare("softmax").is_ok());
  auto [fast, ref] = equal.run_both(&rt::reference::softmax);
  for (uint8_t v : fast) EXPECT_EQ(static_cast<int8_t>(v), -64);  // 0.25 = 64/256
  KernelCase wrong;
  wrong.input(DType::kInt8, Shape{1, 4}, {0.1f}, {0});
  wrong.output(DType::kInt8, Shape{1, 4}, 0.01f, 0);
  EXPECT_NE(wrong.prepare("softmax").message().find("must be (1/256, -128)"), std::string::npos);
}

TEST(Quantize, RoundTripAndReference) {
  for (DType t : {DType::kInt8, DType::kInt16}) {
    KernelCase kc(3);
    kc.input(DType::kFloat32, Shape{2, 50});
    const float scale = t == DType::kInt8 ? 0.05f : 0.0005f;
    kc.output(t, Shape{2, 50}, scale, t == DType::kInt8 ? 4 : 0);
    ASSERT_TRUE(kc.prepare("quantize").is_ok());
    kc.expect_match(&rt::reference::quantize, "quantize");
  }
  // quantize then dequantize returns each value within half a step (inside the range).
  KernelCase q(4);
  rt::Tensor& x = q.input(DType::kFloat32, Shape{100});
  q.output(DType::kInt8, Shape{100}, 0.05f, 0);
  ASSERT_TRUE(q.prepare("quantize").is_ok());
  auto [qs, qref] = q.run_both(&rt::reference::quantize);
  KernelCase dq(5);
  rt::Tensor& qin = dq.input(DType::kInt8, Shape{100}, {0.05f}, {0});
  std::memcpy(qin.data, qs.data(), 100);
  dq.output(DType::kFloat32, Shape{100});
  ASSERT_TRUE(dq.prepare("dequantize").is_ok());
  auto [back, back_ref] = dq.run_both(&rt::reference::dequantize);
  EXPECT_EQ(back, back_ref);
  for (int i = 0; i < 100; ++i) {
    float v;
    std::memcpy(&v, &back[static_cast<size_t>(i) * 4], 4);
    const float expect = std::min(std::max(x.as<float>()[i], -6.4f), 6.35f);
    EXPECT_NEAR(v, expect, 0.0251f);
  }
}

TEST(ShapeOps, ConcatReshapeTransposeMatchReference) {
  for (int axis : {0, 1, -1}) {
    for (DType t : {DType::kInt8, DType::kInt16}) {
      KernelCase kc(static_cast<uint32_t>(axis + 10));
      const float s = t == DType::kInt8 ? 0.1f : 1.0f / 32768.0f;
      kc.input(t, Shape{3, 5}, {s}, {0});
      kc.input(t, Shape{3, 5}, {t == DType::kInt8 ? 0.05f : s}, {t == DType::kInt8 ? 7 : 0});  // int8: requantized
      const bool rows = axis == 0;
      kc.output(t, rows ? Shape{6, 5} : Shape{3, 10}, s, 0);
      kc.node().mutable_concat()->set_axis(axis);
      ASSERT_TRUE(kc.prepare("concat").is_ok()) << kc.prepare("concat").message();
      kc.expect_match(&rt::reference::concat, "concat");
    }
  }
  for (int rank = 1; rank <= 5; ++rank) {
    KernelCase kc(static_cast<uint32_t>(rank));
    Shape in;
    in.rank = rank;
    for (int i = 0; i < rank; ++i) in[i] = 2 + i;
    kc.input(DType::kInt16, in, {0.1f}, {0});
    Shape out;
    out.rank = rank;
    for (int i = 0; i < rank; ++i) {
      kc.node().mutable_transpose()->add_perm(rank - 1 - i);
      out[i] = in[rank - 1 - i];
    }
    kc.output(DType::kInt16, out, 0.1f, 0);
    ASSERT_TRUE(kc.prepare("transpose").is_ok());
    kc.expect_match(&rt::reference::transpose, "transpose rank " + std::to_string(rank));
  }
  KernelCase r;
  r.input(DType::kInt8, Shape{1, 4, 6, 2}, {0.1f}, {1});
  r.output(DType::kInt8, Shape{24, 2}, 0.1f, 1);
  r.node().mutable_reshape()->add_shape(-1);
  r.node().mutable_reshape()->add_shape(2);
  ASSERT_TRUE(r.prepare("reshape").is_ok());
  EXPECT_EQ(r.out().shape, (Shape{24, 2}));
  r.expect_match(&rt::reference::reshape, "reshape");
  r.node().mutable_reshape()->set_shape(1, 5);
  EXPECT_NE(r.prepare("reshape").message().find("do not divide by 5"), std::string::npos);
}

TEST(Pool2d, MaxAndAverageMatchReference) {
  for (int k : {1, 2, 3})
    for (int stride : {1, 2})
      for (int w : {1, 5, 16, 33})
        for (int c : {1, 3, 16})
          for (const char* op : {"max_pool2d", "avg_pool2d"}) {
            if (w + (k > 1 ? 1 : 0) < k) continue;
            KernelCase kc(static_cast<uint32_t>(k * 100 + w + c));
            kc.input(DType::kInt8, Shape{1, 4, w, c}, {0.1f}, {-3});
            kc.output(DType::kInt8, Shape{1, 4, w + 1, c}, 0.1f, -3);
            auto* p = kc.node().mutable_pool2d();
            p->set_kernel_h(k);
            p->set_kernel_w(k);
            p->set_stride_h(stride);
            p->set_stride_w(stride);
            p->set_pad_right(k > 1 ? 1 : 0);
            ASSERT_TRUE(kc.prepare(op).is_ok()) << kc.prepare(op).message();
            kc.expect_match(std::string(op) == "max_pool2d" ? &rt::reference::max_pool2d : &rt::reference::avg_pool2d, op);
          }
}

}  // namespace
}  // namespace vachak::testing
