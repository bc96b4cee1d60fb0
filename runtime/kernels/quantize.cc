// quantize (f32 -> i8 or i16) and dequantize (i8 or i16 -> f32) at a graph's edges.
#include <cmath>

#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

Status prepare_quantize(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(x, DType::kFloat32, "input"));
  if (out->type != DType::kInt8 && out->type != DType::kInt16)
    return invalid_argument(std::string("output type ") + dtype_name(out->type) + " is not i8 or i16");
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  auto d = std::make_unique<QuantizeData>();
  d->scale = out->quant.s();
  d->zero = out->quant.z();
  d->lo = out->type == DType::kInt8 ? -128 : -32768;
  d->hi = out->type == DType::kInt8 ? 127 : 32767;
  out->shape = x->shape;
  ctx.data = std::move(d);
  return Status::ok();
}

void eval_quantize(const EvalContext& ctx) {
  const QuantizeData& d = ctx.op_data<QuantizeData>();
  const float* src = ctx.io.input(0)->as<float>();
  Tensor* out = ctx.io.output(0);
  const int64_t n = out->shape.elements();
  for (int64_t i = 0; i < n; ++i) {
    const int64_t v = quantize_value(src[i], d.scale, d.zero, d.lo, d.hi);
    if (out->type == DType::kInt8) out->as<int8_t>()[i] = static_cast<int8_t>(v);
    else out->as<int16_t>()[i] = static_cast<int16_t>(v);
  }
}

Status prepare_dequantize(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kFloat32, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  auto d = std::make_unique<QuantizeData>();
  d->scale = x->quant.s();
  d->zero = x->quant.z();
  out->shape = x->shape;
  ctx.data = std::move(d);
  return Status::ok();
}

template <typename In>
void eval_dequantize(const EvalContext& ctx) {
  const QuantizeData& d = ctx.op_data<QuantizeData>();
  const In* src = ctx.io.input(0)->as<In>();
  float* dst = ctx.io.output(0)->as<float>();
  const int64_t n = ctx.io.input(0)->shape.elements();
  for (int64_t i = 0; i < n; ++i) dst[i] = static_cast<float>(d.scale * (static_cast<int32_t>(src[i]) - d.zero));
}

}  // namespace

extern const KernelRegistration kernel_quantize_v1_f32 = {"quantize", 1, DType::kFloat32, &prepare_quantize,
                                                          &eval_quantize};
extern const KernelRegistration kernel_dequantize_v1_i8 = {"dequantize", 1, DType::kInt8, &prepare_dequantize,
                                                           &eval_dequantize<int8_t>};
extern const KernelRegistration kernel_dequantize_v1_i16 = {"dequantize", 1, DType::kInt16, &prepare_dequantize,
                                                            &eval_dequantize<int16_t>};

}  // namespace vachak::rt
