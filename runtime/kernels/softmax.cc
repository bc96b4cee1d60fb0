// softmax and log_softmax over the last axis, int8 in and out (docs/QUANTIZATION.md):
// exp by a 256-entry table of the distance to the row maximum.
#include <cmath>

#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

template <bool kLog>
Status prepare_softmax(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(x, DType::kInt8, "input"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  if (x->shape.rank < 1) return invalid_argument("input must have rank >= 1");
  if (!kLog && (out->quant.s() != 1.0f / 256.0f || out->quant.z() != -128))
    return invalid_argument("softmax output quantization (" + std::to_string(out->quant.s()) + ", " +
                            std::to_string(out->quant.z()) + ") must be (1/256, -128)");
  auto d = std::make_unique<SoftmaxData>();
  d->input_scale = x->quant.s();
  d->output_scale = out->quant.s();
  d->output_zero = out->quant.z();
  d->log = kLog;
  for (int k = 0; k < 256; ++k) d->exp_table[static_cast<size_t>(k)] = static_cast<int32_t>(round_half_up(std::exp(-(d->input_scale * k)) * 65536.0));
  out->shape = x->shape;
  ctx.data = std::move(d);
  return Status::ok();
}

void eval_softmax(const EvalContext& ctx) {
  const SoftmaxData& d = ctx.op_data<SoftmaxData>();
  const Tensor* x = ctx.io.input(0);
  const int C = x->shape[x->shape.rank - 1];
  const int64_t rows = x->shape.elements() / C;
  for (int64_t r = 0; r < rows; ++r) {
    const int8_t* src = x->as<int8_t>() + r * C;
    int8_t* dst = ctx.io.output(0)->as<int8_t>() + r * C;
    int32_t qmax = -128;
    for (int c = 0; c < C; ++c) qmax = src[c] > qmax ? src[c] : qmax;
    int64_t sum = 0;
    for (int c = 0; c < C; ++c) sum += d.exp_table[static_cast<size_t>(qmax - src[c])];
    if (d.log) {
      const double log_sum = std::log(static_cast<double>(sum) / 65536.0);
      for (int c = 0; c < C; ++c) {
        const double v = -(d.input_scale * (qmax - src[c])) - log_sum;
        dst[c] = static_cast<int8_t>(sat8(round_half_up(v / d.output_scale) + d.output_zero));
      }
    } else {
      for (int c = 0; c < C; ++c) {
        const int64_t e = d.exp_table[static_cast<size_t>(qmax - src[c])];
        dst[c] = static_cast<int8_t>(sat8((e * 512 + sum) / (2 * sum) - 128));
      }
    }
  }
}

}  // namespace

extern const KernelRegistration kernel_softmax_v1_i8 = {"softmax", 1, DType::kInt8, &prepare_softmax<false>,
                                                        &eval_softmax};
extern const KernelRegistration kernel_log_softmax_v1_i8 = {"log_softmax", 1, DType::kInt8, &prepare_softmax<true>,
                                                            &eval_softmax};

}  // namespace vachak::rt
