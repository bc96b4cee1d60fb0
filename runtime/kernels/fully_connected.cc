// fully_connected, int8 or int16 input, int8 output (docs/QUANTIZATION.md).
#include "runtime/kernels/dot.h"
#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

Status prepare(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 2, 3, 1));
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(w, DType::kInt8, "weights"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_rank(w, 2, "weights"));
  if (x->shape.rank < 1) return invalid_argument("input must have rank >= 1");
  const int K = x->shape[x->shape.rank - 1], N = w->shape[0];
  if (w->shape[1] != K)
    return invalid_argument("input features " + std::to_string(K) + " != weight columns " + std::to_string(w->shape[1]));
  if (x->type == DType::kInt8) {
    if (K > 65536) return invalid_argument("input features " + std::to_string(K) + " exceed 65536 (int32 accumulation)");
  } else if (x->type == DType::kInt16) {
    if (x->quant.count == 1 && x->quant.z() != 0) return invalid_argument("int16 input zero point must be 0");
  } else {
    return invalid_argument(std::string("input type ") + dtype_name(x->type) + " is not i8 or i16");
  }
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  VACHAK_RETURN_IF_ERROR(expect_weight_quant(w, N, "weights"));
  VACHAK_RETURN_IF_ERROR(expect_bias(bias, N));
  if (x->type == DType::kInt8) VACHAK_RETURN_IF_ERROR(expect_accumulator_fits(w, bias, N, K, K, 1, x->quant.z()));
  if (!ctx.io.node->has_fully_connected()) return invalid_argument("missing fully_connected params");
  const int act = ctx.io.node->fully_connected().activation();
  VACHAK_RETURN_IF_ERROR(expect_activation(act));

  out->shape = x->shape;
  out->shape[out->shape.rank - 1] = N;
  auto d = std::make_unique<FullyConnectedData>();
  d->input_zero = x->quant.z();
  d->output_zero = out->quant.z();
  activation_bounds(static_cast<schema::Activation>(act), out, &d->act_lo, &d->act_hi);
  VACHAK_RETURN_IF_ERROR(per_channel_multipliers(x->quant.s(), w, out->quant.s(), 1.0, N, &d->multipliers));
  ctx.scratch_bytes = x->type == DType::kInt8 ? static_cast<size_t>(K) * sizeof(int16_t) : 0;
  ctx.data = std::move(d);
  return Status::ok();
}

template <typename In>
void eval_typed(const EvalContext& ctx) {
  const FullyConnectedData& d = ctx.op_data<FullyConnectedData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  const int K = w->shape[1], N = w->shape[0];
  const int64_t rows = x->shape.elements() / K;
  const int8_t* wd = w->as<int8_t>();
  const int32_t* bd = bias ? bias->as<int32_t>() : nullptr;
  for (int64_t r = 0; r < rows; ++r) {
    const In* src = x->as<In>() + r * K;
    const int16_t* row;
    if constexpr (sizeof(In) == 1) {
      int16_t* centered = static_cast<int16_t*>(ctx.scratch);
      for (int k = 0; k < K; ++k) centered[k] = static_cast<int16_t>(src[k] - d.input_zero);
      row = centered;
    } else {
      row = src;
    }
    int8_t* dst = out->as<int8_t>() + r * N;
    if constexpr (sizeof(In) == 1) {
      dense_rows_i8(row, wd, N, K, bd, d.multipliers.data(), d.output_zero, d.act_lo, d.act_hi, dst);
    } else {
      // int16 inputs: exact int64 sums, saturated to int32 before the bias (spec).
      for (int n = 0; n < N; ++n) {
        const int32_t acc = sat32(static_cast<int64_t>(sat32(dot_i16_i8_wide(row, wd + static_cast<int64_t>(n) * K, K))) +
                                  (bd ? bd[n] : 0));
        dst[n] = requantize_i8(acc, d.multipliers[static_cast<size_t>(n)], d.output_zero, d.act_lo, d.act_hi);
      }
    }
  }
}

}  // namespace

extern const KernelRegistration kernel_fully_connected_v1_i8 = {"fully_connected", 1, DType::kInt8, &prepare,
                                                                &eval_typed<int8_t>};
extern const KernelRegistration kernel_fully_connected_v1_i16 = {"fully_connected", 1, DType::kInt16, &prepare,
                                                                 &eval_typed<int16_t>};

}  // namespace vachak::rt
