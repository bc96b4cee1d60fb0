// Kernel throughput, fast against reference, on the shapes the OCR and TTS models use.
// Reports multiply-accumulates per second (items_per_second) where that is meaningful.
//   build/bench/kernel_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <memory>

#include "tests/runtime/kernels/kernel_harness.h"

namespace vachak::testing {
namespace {

using rt::DType;
using rt::Shape;

std::unique_ptr<KernelCase> conv_case(bool depthwise) {
  auto kc = std::make_unique<KernelCase>(1);
  auto* p = kc->node().mutable_conv2d();
  p->set_stride_h(1);
  p->set_stride_w(1);
  p->set_dilation_h(1);
  p->set_dilation_w(1);
  p->set_pad_top(1);
  p->set_pad_left(1);
  p->set_pad_bottom(1);
  p->set_pad_right(1);
  p->set_activation(schema::ACT_RELU);
  if (depthwise) {
    kc->input(DType::kInt8, Shape{1, 16, 192, 64}, {0.05f}, {-3});
    kc->input(DType::kInt8, Shape{3, 3, 64}, std::vector<float>(64, 0.01f), {}, 2);
    kc->input(DType::kInt32, Shape{64});
    kc->output(DType::kInt8, Shape{1, 16, 192, 64}, 0.05f, -128);
    (void)kc->prepare("depthwise_conv2d");
  } else {
    kc->input(DType::kInt8, Shape{1, 32, 384, 16}, {0.05f}, {-3});
    kc->input(DType::kInt8, Shape{32, 3, 3, 16}, std::vector<float>(32, 0.01f), {});
    kc->input(DType::kInt32, Shape{32});
    kc->output(DType::kInt8, Shape{1, 32, 384, 32}, 0.05f, -128);
    (void)kc->prepare("conv2d");
  }
  return kc;
}

std::unique_ptr<KernelCase> fc_case() {
  auto kc = std::make_unique<KernelCase>(2);
  kc->input(DType::kInt8, Shape{96, 256}, {0.05f}, {1});
  kc->input(DType::kInt8, Shape{512, 256}, std::vector<float>(512, 0.01f), {});
  kc->input(DType::kInt32, Shape{512});
  kc->output(DType::kInt8, Shape{96, 512}, 0.05f, 0);
  kc->node().mutable_fully_connected();
  (void)kc->prepare("fully_connected");
  return kc;
}

std::unique_ptr<KernelCase> recurrent_case(bool lstm) {
  const int H = lstm ? 128 : 96, G = lstm ? 4 : 3;
  auto kc = std::make_unique<KernelCase>(3);
  kc->input(DType::kInt8, Shape{96, 128}, {0.05f}, {0});
  kc->input(DType::kInt8, Shape{G * H, 128}, std::vector<float>(static_cast<size_t>(G * H), 0.01f), {});
  kc->input(DType::kInt8, Shape{G * H, H}, std::vector<float>(static_cast<size_t>(G * H), 0.01f), {});
  kc->input(DType::kInt32, Shape{G * H});
  if (!lstm) kc->input(DType::kInt32, Shape{G * H});
  kc->output(DType::kInt16, Shape{96, H}, 1.0f / 32768.0f, 0);
  kc->node().mutable_recurrent()->set_hidden_size(H);
  (void)kc->prepare(lstm ? "lstm" : "gru");
  return kc;
}

std::unique_ptr<KernelCase> softmax_case() {
  auto kc = std::make_unique<KernelCase>(4);
  kc->input(DType::kInt8, Shape{96, 120}, {0.1f}, {0});
  kc->output(DType::kInt8, Shape{96, 120}, 0.1f, 127);
  (void)kc->prepare("log_softmax");
  return kc;
}

// Runs the fast kernel (reference == nullptr) or a reference kernel, timing only Eval.
void run(benchmark::State& state, KernelCase& kc, void (*reference)(const rt::EvalContext&), double macs) {
  for (auto _ : state) kc.run_one(reference);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * macs));
}

#define VACHAK_BENCH_PAIR(NAME, MAKE, REF, MACS)                                  \
  void BM_##NAME##_fast(benchmark::State& s) { auto kc = MAKE; run(s, *kc, nullptr, MACS); } \
  void BM_##NAME##_reference(benchmark::State& s) { auto kc = MAKE; run(s, *kc, REF, MACS); } \
  BENCHMARK(BM_##NAME##_fast)->Unit(benchmark::kMicrosecond);                     \
  BENCHMARK(BM_##NAME##_reference)->Unit(benchmark::kMicrosecond);

VACHAK_BENCH_PAIR(conv2d_3x3_16to32_32x384, conv_case(false), &rt::reference::conv2d, 32.0 * 384 * 32 * 9 * 16)
VACHAK_BENCH_PAIR(depthwise_3x3_64ch_16x192, conv_case(true), &rt::reference::depthwise_conv2d, 16.0 * 192 * 64 * 9)
VACHAK_BENCH_PAIR(fully_connected_256to512_96rows, fc_case(), &rt::reference::fully_connected, 96.0 * 256 * 512)
VACHAK_BENCH_PAIR(lstm_128in_128h_96steps, recurrent_case(true), &rt::reference::lstm, 96.0 * 4 * 128 * 256)
VACHAK_BENCH_PAIR(gru_128in_96h_96steps, recurrent_case(false), &rt::reference::gru, 96.0 * 3 * 96 * 224)
VACHAK_BENCH_PAIR(log_softmax_96x120, softmax_case(), &rt::reference::softmax, 96.0 * 120)

}  // namespace
}  // namespace vachak::testing
