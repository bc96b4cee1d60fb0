// Reference elementwise, data-movement, pooling, softmax and quantization kernels.
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/kernels/op_data.h"
#include "runtime/kernels/reference/reference_kernels.h"

namespace vachak::rt::reference {

void elementwise_lut(const EvalContext& ctx) {
  const LutData& d = ctx.op_data<LutData>();
  const Tensor* x = ctx.io.input(0);
  for (int64_t i = 0; i < x->shape.elements(); ++i)
    ctx.io.output(0)->as<int8_t>()[i] = d.table[static_cast<size_t>(x->as<int8_t>()[i] + 128)];
}

void add(const EvalContext& ctx) {
  const AddData& d = ctx.op_data<AddData>();
  const Tensor* a = ctx.io.input(0);
  const Tensor* b = ctx.io.input(1);
  for (int64_t i = 0; i < a->shape.elements(); ++i) {
    const int64_t va = apply_multiplier((a->as<int8_t>()[i] - d.a_zero) * 1048576, d.a_mul);
    const int64_t vb = apply_multiplier((b->as<int8_t>()[i] - d.b_zero) * 1048576, d.b_mul);
    ctx.io.output(0)->as<int8_t>()[i] = static_cast<int8_t>(sat8(d.output_zero + rshift_round64(va + vb, 20)));
  }
}

void mul(const EvalContext& ctx) {
  const MulData& d = ctx.op_data<MulData>();
  const Tensor* a = ctx.io.input(0);
  const Tensor* b = ctx.io.input(1);
  for (int64_t i = 0; i < a->shape.elements(); ++i) {
    const int32_t prod = (a->as<int8_t>()[i] - d.a_zero) * (b->as<int8_t>()[i] - d.b_zero);
    ctx.io.output(0)->as<int8_t>()[i] = static_cast<int8_t>(sat8(static_cast<int64_t>(d.output_zero) + apply_multiplier(prod, d.mul)));
  }
}

void concat(const EvalContext& ctx) {
  // Walk every output element and find which input and position it comes from.
  const ConcatData& d = ctx.op_data<ConcatData>();
  const Tensor* out = ctx.io.output(0);
  const int64_t row = [&] {
    int64_t s = 0;
    for (int64_t n : d.inner) s += n;
    return s;
  }();
  for (int64_t i = 0; i < out->shape.elements(); ++i) {
    const int64_t o = i / row;
    int64_t pos = i % row;
    int k = 0;
    while (pos >= d.inner[static_cast<size_t>(k)]) pos -= d.inner[static_cast<size_t>(k++)];
    const Tensor* in = ctx.io.input(k);
    const int64_t src = o * d.inner[static_cast<size_t>(k)] + pos;
    if (out->type == DType::kInt16) {
      ctx.io.output(0)->as<int16_t>()[i] = in->as<int16_t>()[src];
    } else if (!d.requantize[static_cast<size_t>(k)]) {
      ctx.io.output(0)->as<int8_t>()[i] = in->as<int8_t>()[src];
    } else {
      const int32_t v = apply_multiplier((in->as<int8_t>()[src] - d.zeros[static_cast<size_t>(k)]) * 1048576, d.muls[static_cast<size_t>(k)]);
      ctx.io.output(0)->as<int8_t>()[i] = static_cast<int8_t>(sat8(d.output_zero + static_cast<int64_t>(rshift_round(v, 20))));
    }
  }
}

void reshape(const EvalContext& ctx) { std::memcpy(ctx.io.output(0)->data, ctx.io.input(0)->data, ctx.io.input(0)->bytes()); }

void transpose(const EvalContext& ctx) {
  const TransposeData& d = ctx.op_data<TransposeData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* out = ctx.io.output(0);
  // For each output index, compute its coordinates and map them back to the input.
  for (int64_t i = 0; i < out->shape.elements(); ++i) {
    int64_t coord[kMaxRank] = {}, rest = i;
    for (int a = d.rank - 1; a >= 0; --a) {
      coord[a] = rest % out->shape[a];
      rest /= out->shape[a];
    }
    int64_t in_coord[kMaxRank] = {};
    for (int a = 0; a < d.rank; ++a) in_coord[d.perm[a]] = coord[a];
    int64_t src = 0;
    for (int a = 0; a < d.rank; ++a) src = src * x->shape[a] + in_coord[a];
    std::memcpy(static_cast<uint8_t*>(ctx.io.output(0)->data) + i * static_cast<int64_t>(d.element_size),
                static_cast<const uint8_t*>(x->data) + src * static_cast<int64_t>(d.element_size), d.element_size);
  }
}

namespace {

void pool(const EvalContext& ctx, bool is_max) {
  const PoolData& d = ctx.op_data<PoolData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* out = ctx.io.output(0);
  const int N = x->shape[0], H = x->shape[1], W = x->shape[2], C = x->shape[3];
  for (int n = 0; n < N; ++n)
    for (int oy = 0; oy < out->shape[1]; ++oy)
      for (int ox = 0; ox < out->shape[2]; ++ox)
        for (int c = 0; c < C; ++c) {
          int32_t best = -128, sum = 0, count = 0;
          for (int ky = 0; ky < d.kernel_h; ++ky)
            for (int kx = 0; kx < d.kernel_w; ++kx) {
              const int iy = oy * d.stride_h - d.pad_top + ky, ix = ox * d.stride_w - d.pad_left + kx;
              if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
              const int32_t q = x->as<int8_t>()[((n * H + iy) * W + ix) * C + c];
              best = q > best ? q : best;
              sum += q - d.zero;
              ++count;
            }
          const int32_t avg = sum >= 0 ? (sum + count / 2) / count : -((-sum + count / 2) / count);
          ctx.io.output(0)->as<int8_t>()[((n * out->shape[1] + oy) * out->shape[2] + ox) * C + c] =
              static_cast<int8_t>(is_max ? best : sat8(static_cast<int64_t>(d.zero) + avg));
        }
}

}  // namespace

void max_pool2d(const EvalContext& ctx) { pool(ctx, true); }
void avg_pool2d(const EvalContext& ctx) { pool(ctx, false); }

void softmax(const EvalContext& ctx) {
  const SoftmaxData& d = ctx.op_data<SoftmaxData>();
  const Tensor* x = ctx.io.input(0);
  const int C = x->shape[x->shape.rank - 1];
  for (int64_t r = 0; r < x->shape.elements() / C; ++r) {
    int32_t qmax = -128;
    for (int c = 0; c < C; ++c) qmax = std::max<int32_t>(qmax, x->as<int8_t>()[r * C + c]);
    int64_t sum = 0;
    for (int c = 0; c < C; ++c) sum += d.exp_table[static_cast<size_t>(qmax - x->as<int8_t>()[r * C + c])];
    for (int c = 0; c < C; ++c) {
      const int32_t dist = qmax - x->as<int8_t>()[r * C + c];
      int64_t v;
      if (d.log) {
        v = round_half_up((-(d.input_scale * dist) - std::log(static_cast<double>(sum) / 65536.0)) / d.output_scale) + d.output_zero;
      } else {
        v = (static_cast<int64_t>(d.exp_table[static_cast<size_t>(dist)]) * 512 + sum) / (2 * sum) - 128;
      }
      ctx.io.output(0)->as<int8_t>()[r * C + c] = static_cast<int8_t>(sat8(v));
    }
  }
}

void quantize(const EvalContext& ctx) {
  const QuantizeData& d = ctx.op_data<QuantizeData>();
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  for (int64_t i = 0; i < x->shape.elements(); ++i) {
    const double q = static_cast<double>(x->as<float>()[i]) / d.scale;
    int64_t v = std::isnan(q) ? d.zero : (q > 1e9 ? d.hi : (q < -1e9 ? d.lo : round_half_up(q) + d.zero));
    v = std::min<int64_t>(std::max<int64_t>(v, d.lo), d.hi);
    if (out->type == DType::kInt8) out->as<int8_t>()[i] = static_cast<int8_t>(v);
    else out->as<int16_t>()[i] = static_cast<int16_t>(v);
  }
}

void dequantize(const EvalContext& ctx) {
  const QuantizeData& d = ctx.op_data<QuantizeData>();
  const Tensor* x = ctx.io.input(0);
  for (int64_t i = 0; i < x->shape.elements(); ++i) {
    const int32_t q = x->type == DType::kInt8 ? x->as<int8_t>()[i] : x->as<int16_t>()[i];
    ctx.io.output(0)->as<float>()[i] = static_cast<float>(d.scale * (q - d.zero));
  }
}

}  // namespace vachak::rt::reference
