// Elementwise int8 ops: relu, relu6, hard_swish, sigmoid, tanh by a 256-entry table
// built in Prepare; add and mul with requantization (docs/QUANTIZATION.md).
#include <algorithm>
#include <cmath>

#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

enum class Unary { kRelu, kRelu6, kHardSwish, kSigmoid, kTanh };

double apply_unary(Unary f, double x) {
  switch (f) {
    case Unary::kRelu: return std::max(x, 0.0);
    case Unary::kRelu6: return std::min(std::max(x, 0.0), 6.0);
    case Unary::kHardSwish: return x * std::min(std::max(x + 3.0, 0.0), 6.0) / 6.0;
    case Unary::kSigmoid: return 1.0 / (1.0 + std::exp(-x));
    case Unary::kTanh: return std::tanh(x);
  }
  return x;
}

template <Unary F>
Status prepare_lut(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(x, DType::kInt8, "input"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  auto d = std::make_unique<LutData>();
  const double s_in = x->quant.s(), s_out = out->quant.s();
  for (int q = -128; q <= 127; ++q) {
    const double y = apply_unary(F, s_in * static_cast<double>(q - x->quant.z()));
    const double r = y / s_out;
    if (std::isnan(r)) return corrupt("a lookup-table op's output is not a number (bad scales)");
    // A crafted scale can put r beyond int64; it saturates to int8 below either way.
    const int64_t v = round_half_up(std::clamp(r, -1e6, 1e6)) + out->quant.z();
    d->table[static_cast<size_t>(q + 128)] = static_cast<int8_t>(sat8(v));
  }
  out->shape = x->shape;
  ctx.data = std::move(d);
  return Status::ok();
}

void eval_lut(const EvalContext& ctx) {
  const LutData& d = ctx.op_data<LutData>();
  const int8_t* __restrict src = ctx.io.input(0)->as<int8_t>();
  int8_t* __restrict dst = ctx.io.output(0)->as<int8_t>();
  const int64_t n = ctx.io.input(0)->shape.elements();
  for (int64_t i = 0; i < n; ++i) dst[i] = d.table[static_cast<uint8_t>(src[i] + 128)];
}

Status prepare_binary(PrepareContext& ctx, bool is_add) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 2, 2, 1));
  const Tensor* a = ctx.io.input(0);
  const Tensor* b = ctx.io.input(1);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(a, DType::kInt8, "input a"));
  VACHAK_RETURN_IF_ERROR(expect_type(b, DType::kInt8, "input b"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(a, "input a"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(b, "input b"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  if (a->shape != b->shape)
    return invalid_argument("input shapes " + shape_str(a) + " and " + shape_str(b) + " differ");
  out->shape = a->shape;
  const double sa = a->quant.s(), sb = b->quant.s(), so = out->quant.s();
  if (is_add) {
    auto d = std::make_unique<AddData>();
    d->a_zero = a->quant.z();
    d->b_zero = b->quant.z();
    d->output_zero = out->quant.z();
    VACHAK_RETURN_IF_ERROR(make_multiplier(sa / so, "input a", &d->a_mul));
    VACHAK_RETURN_IF_ERROR(make_multiplier(sb / so, "input b", &d->b_mul));
    ctx.data = std::move(d);
  } else {
    auto d = std::make_unique<MulData>();
    d->a_zero = a->quant.z();
    d->b_zero = b->quant.z();
    d->output_zero = out->quant.z();
    VACHAK_RETURN_IF_ERROR(make_multiplier(sa * sb / so, "product", &d->mul));
    ctx.data = std::move(d);
  }
  return Status::ok();
}

Status prepare_add(PrepareContext& ctx) { return prepare_binary(ctx, true); }
Status prepare_mul(PrepareContext& ctx) { return prepare_binary(ctx, false); }

void eval_add(const EvalContext& ctx) {
  const AddData& d = ctx.op_data<AddData>();
  const int8_t* a = ctx.io.input(0)->as<int8_t>();
  const int8_t* b = ctx.io.input(1)->as<int8_t>();
  int8_t* o = ctx.io.output(0)->as<int8_t>();
  const int64_t n = ctx.io.input(0)->shape.elements();
  for (int64_t i = 0; i < n; ++i) {
    const int32_t va = apply_multiplier((a[i] - d.a_zero) * (1 << 20), d.a_mul);
    const int32_t vb = apply_multiplier((b[i] - d.b_zero) * (1 << 20), d.b_mul);
    o[i] = static_cast<int8_t>(sat8(d.output_zero + static_cast<int64_t>(rshift_round64(static_cast<int64_t>(va) + vb, 20))));
  }
}

void eval_mul(const EvalContext& ctx) {
  const MulData& d = ctx.op_data<MulData>();
  const int8_t* a = ctx.io.input(0)->as<int8_t>();
  const int8_t* b = ctx.io.input(1)->as<int8_t>();
  int8_t* o = ctx.io.output(0)->as<int8_t>();
  const int64_t n = ctx.io.input(0)->shape.elements();
  for (int64_t i = 0; i < n; ++i)
    o[i] = static_cast<int8_t>(sat8(d.output_zero + static_cast<int64_t>(apply_multiplier((a[i] - d.a_zero) * (b[i] - d.b_zero), d.mul))));
}

}  // namespace

extern const KernelRegistration kernel_relu_v1_i8 = {"relu", 1, DType::kInt8, &prepare_lut<Unary::kRelu>, &eval_lut};
extern const KernelRegistration kernel_relu6_v1_i8 = {"relu6", 1, DType::kInt8, &prepare_lut<Unary::kRelu6>, &eval_lut};
extern const KernelRegistration kernel_hard_swish_v1_i8 = {"hard_swish", 1, DType::kInt8,
                                                           &prepare_lut<Unary::kHardSwish>, &eval_lut};
extern const KernelRegistration kernel_sigmoid_v1_i8 = {"sigmoid", 1, DType::kInt8, &prepare_lut<Unary::kSigmoid>,
                                                        &eval_lut};
extern const KernelRegistration kernel_tanh_v1_i8 = {"tanh", 1, DType::kInt8, &prepare_lut<Unary::kTanh>, &eval_lut};
extern const KernelRegistration kernel_add_v1_i8 = {"add", 1, DType::kInt8, &prepare_add, &eval_add};
extern const KernelRegistration kernel_mul_v1_i8 = {"mul", 1, DType::kInt8, &prepare_mul, &eval_mul};

}  // namespace vachak::rt
