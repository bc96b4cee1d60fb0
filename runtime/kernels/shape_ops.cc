// concat, reshape and transpose (docs/QUANTIZATION.md): data movement, plus
// requantization for int8 concat inputs whose scale differs from the output's.
#include <cstring>

#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

Status prepare_concat(PrepareContext& ctx) {
  if (ctx.io.num_inputs < 1 || ctx.io.num_outputs != 1) return invalid_argument("concat needs inputs and one output");
  const Tensor* first = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  if (first->type != DType::kInt8 && first->type != DType::kInt16)
    return invalid_argument(std::string("input type ") + dtype_name(first->type) + " is not i8 or i16");
  VACHAK_RETURN_IF_ERROR(expect_type(out, first->type, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  if (!ctx.io.node->has_concat()) return invalid_argument("missing concat params");
  const int rank = first->shape.rank;
  int axis = ctx.io.node->concat().axis();
  if (axis < 0) axis += rank;
  if (axis < 0 || axis >= rank)
    return invalid_argument("axis " + std::to_string(ctx.io.node->concat().axis()) + " out of range for rank " +
                            std::to_string(rank));
  auto d = std::make_unique<ConcatData>();
  d->axis = axis;
  d->element_size = dtype_size(first->type);
  d->output_zero = out->quant.z();
  Shape shape = first->shape;
  shape[axis] = 0;
  for (int i = 0; i < axis; ++i) d->outer *= first->shape[i];
  for (int k = 0; k < ctx.io.num_inputs; ++k) {
    const Tensor* in = ctx.io.input(k);
    if (in == nullptr) return invalid_argument("input " + std::to_string(k) + " is absent");
    VACHAK_RETURN_IF_ERROR(expect_type(in, first->type, "input"));
    VACHAK_RETURN_IF_ERROR(expect_per_tensor(in, "input"));
    if (in->shape.rank != rank) return invalid_argument("input ranks differ");
    for (int i = 0; i < rank; ++i)
      if (i != axis && in->shape[i] != first->shape[i])
        return invalid_argument("input " + std::to_string(k) + " shape " + shape_str(in) + " differs from " +
                                shape_str(first) + " outside axis " + std::to_string(axis));
    shape[axis] += in->shape[axis];
    int64_t inner = 1;
    for (int i = axis; i < rank; ++i) inner *= in->shape[i];
    d->inner.push_back(inner);
    const bool same = in->quant.s() == out->quant.s() && in->quant.z() == out->quant.z();
    if (first->type == DType::kInt16 && !same)
      return invalid_argument("int16 input " + std::to_string(k) + " scale must equal the output's");
    d->requantize.push_back(!same);
    d->zeros.push_back(in->quant.z());
    Multiplier m;
    VACHAK_RETURN_IF_ERROR(make_multiplier(static_cast<double>(in->quant.s()) / out->quant.s(), "input", &m));
    d->muls.push_back(m);
  }
  out->shape = shape;
  ctx.data = std::move(d);
  return Status::ok();
}

void eval_concat(const EvalContext& ctx) {
  const ConcatData& d = ctx.op_data<ConcatData>();
  uint8_t* dst = static_cast<uint8_t*>(ctx.io.output(0)->data);
  for (int64_t o = 0; o < d.outer; ++o)
    for (int k = 0; k < ctx.io.num_inputs; ++k) {
      const int64_t n = d.inner[static_cast<size_t>(k)];
      const uint8_t* src = static_cast<const uint8_t*>(ctx.io.input(k)->data) + o * n * static_cast<int64_t>(d.element_size);
      if (!d.requantize[static_cast<size_t>(k)]) {
        std::memcpy(dst, src, static_cast<size_t>(n) * d.element_size);
      } else {
        const int8_t* s8 = reinterpret_cast<const int8_t*>(src);
        int8_t* d8 = reinterpret_cast<int8_t*>(dst);
        const int32_t z = d.zeros[static_cast<size_t>(k)];
        const Multiplier m = d.muls[static_cast<size_t>(k)];
        for (int64_t i = 0; i < n; ++i)
          d8[i] = static_cast<int8_t>(sat8(d.output_zero + static_cast<int64_t>(rshift_round(apply_multiplier((s8[i] - z) * (1 << 20), m), 20))));
      }
      dst += n * static_cast<int64_t>(d.element_size);
    }
}

Status prepare_reshape(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(out, x->type, "output"));
  if (x->quant.count > 1) return invalid_argument("per-channel quantized input cannot be reshaped");
  if (x->quant.count != out->quant.count ||
      (x->quant.count == 1 && (x->quant.s() != out->quant.s() || x->quant.z() != out->quant.z())))
    return invalid_argument("output quantization must equal the input's");
  if (!ctx.io.node->has_reshape()) return invalid_argument("missing reshape params");
  const auto& dims = ctx.io.node->reshape().shape();
  if (dims.size() < 1 || dims.size() > kMaxRank) return invalid_argument("reshape to rank " + std::to_string(dims.size()));
  Shape s;
  s.rank = dims.size();
  int infer = -1;
  int64_t known = 1;
  for (int i = 0; i < s.rank; ++i) {
    if (dims[i] == -1) {
      if (infer >= 0) return invalid_argument("more than one -1 in reshape");
      infer = i;
      continue;
    }
    if (dims[i] < 1) return invalid_argument("reshape dim " + std::to_string(dims[i]) + " must be >= 1 or -1");
    s[i] = dims[i];
    known *= dims[i];
  }
  const int64_t total = x->shape.elements();
  if (infer >= 0) {
    if (total % known != 0)
      return invalid_argument("cannot reshape " + shape_str(x) + " with -1: " + std::to_string(total) +
                              " elements do not divide by " + std::to_string(known));
    s[infer] = static_cast<int32_t>(total / known);
  } else if (known != total) {
    return invalid_argument("reshape " + shape_str(x) + " to " + s.to_string() + " changes the element count");
  }
  out->shape = s;
  return Status::ok();
}

void eval_reshape(const EvalContext& ctx) {
  if (ctx.io.output(0)->data != ctx.io.input(0)->data)
    std::memmove(ctx.io.output(0)->data, ctx.io.input(0)->data, ctx.io.input(0)->bytes());
}

Status prepare_transpose(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(out, x->type, "output"));
  if (x->quant.count > 1) return invalid_argument("per-channel quantized input cannot be transposed");
  if (!ctx.io.node->has_transpose()) return invalid_argument("missing transpose params");
  const auto& perm = ctx.io.node->transpose().perm();
  if (perm.size() != x->shape.rank)
    return invalid_argument("perm has " + std::to_string(perm.size()) + " entries for rank " + std::to_string(x->shape.rank));
  auto d = std::make_unique<TransposeData>();
  d->rank = x->shape.rank;
  d->element_size = dtype_size(x->type);
  bool seen[kMaxRank] = {};
  Shape s;
  s.rank = d->rank;
  for (int i = 0; i < d->rank; ++i) {
    const int p = perm[i];
    if (p < 0 || p >= d->rank || seen[p]) return invalid_argument("perm is not a permutation of 0.." + std::to_string(d->rank - 1));
    seen[p] = true;
    d->perm[i] = p;
    s[i] = x->shape[p];
  }
  out->shape = s;
  ctx.data = std::move(d);
  return Status::ok();
}

void eval_transpose(const EvalContext& ctx) {
  const TransposeData& d = ctx.op_data<TransposeData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* out = ctx.io.output(0);
  // Pad to rank 5 so one loop nest serves every rank.
  int64_t in_stride[kMaxRank] = {}, dims[kMaxRank] = {};
  int64_t stride = 1;
  for (int i = d.rank - 1; i >= 0; --i) {
    in_stride[i] = stride;
    stride *= x->shape[i];
  }
  int64_t src_stride[kMaxRank] = {};
  for (int i = 0; i < kMaxRank; ++i) {
    const int k = i - (kMaxRank - d.rank);
    dims[i] = k < 0 ? 1 : out->shape[k];
    src_stride[i] = k < 0 ? 0 : in_stride[d.perm[k]];
  }
  const uint8_t* src = static_cast<const uint8_t*>(x->data);
  uint8_t* dst = static_cast<uint8_t*>(out->data);
  const size_t es = d.element_size;
  for (int64_t a = 0; a < dims[0]; ++a)
    for (int64_t b = 0; b < dims[1]; ++b)
      for (int64_t c = 0; c < dims[2]; ++c)
        for (int64_t e = 0; e < dims[3]; ++e) {
          const int64_t base = a * src_stride[0] + b * src_stride[1] + c * src_stride[2] + e * src_stride[3];
          for (int64_t f = 0; f < dims[4]; ++f) {
            std::memcpy(dst, src + (base + f * src_stride[4]) * static_cast<int64_t>(es), es);
            dst += es;
          }
        }
}

}  // namespace

extern const KernelRegistration kernel_concat_v1_i8 = {"concat", 1, DType::kInt8, &prepare_concat, &eval_concat};
extern const KernelRegistration kernel_concat_v1_i16 = {"concat", 1, DType::kInt16, &prepare_concat, &eval_concat};
extern const KernelRegistration kernel_reshape_v1_i8 = {"reshape", 1, DType::kInt8, &prepare_reshape, &eval_reshape};
extern const KernelRegistration kernel_reshape_v1_i16 = {"reshape", 1, DType::kInt16, &prepare_reshape, &eval_reshape};
extern const KernelRegistration kernel_reshape_v1_f32 = {"reshape", 1, DType::kFloat32, &prepare_reshape, &eval_reshape};
extern const KernelRegistration kernel_transpose_v1_i8 = {"transpose", 1, DType::kInt8, &prepare_transpose, &eval_transpose};
extern const KernelRegistration kernel_transpose_v1_i16 = {"transpose", 1, DType::kInt16, &prepare_transpose,
                                                           &eval_transpose};
extern const KernelRegistration kernel_transpose_v1_f32 = {"transpose", 1, DType::kFloat32, &prepare_transpose,
                                                           &eval_transpose};

}  // namespace vachak::rt
