#include <cstdint>

#include "runtime/kernels/op_data.h"
#include "runtime/kernels/reference/reference_kernels.h"

namespace vachak::rt::reference {
namespace {

void conv(const EvalContext& ctx, bool depthwise) {
  const ConvData& d = ctx.op_data<ConvData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  const int N = x->shape[0], H = x->shape[1], W = x->shape[2], C = x->shape[3];
  const int KH = depthwise ? w->shape[0] : w->shape[1];
  const int KW = depthwise ? w->shape[1] : w->shape[2];
  const int O = out->shape[3], OH = out->shape[1], OW = out->shape[2];
  for (int n = 0; n < N; ++n)
    for (int oy = 0; oy < OH; ++oy)
      for (int ox = 0; ox < OW; ++ox)
        for (int o = 0; o < O; ++o) {
          int64_t acc = bias ? bias->as<int32_t>()[o] : 0;
          for (int ky = 0; ky < KH; ++ky)
            for (int kx = 0; kx < KW; ++kx) {
              const int iy = oy * d.stride_h - d.pad_top + ky * d.dilation_h;
              const int ix = ox * d.stride_w - d.pad_left + kx * d.dilation_w;
              if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
              if (depthwise) {
                const int32_t xv = x->as<int8_t>()[((n * H + iy) * W + ix) * C + o];
                acc += (xv - d.input_zero) * w->as<int8_t>()[(ky * KW + kx) * C + o];
              } else {
                for (int i = 0; i < C; ++i) {
                  const int32_t xv = x->as<int8_t>()[((n * H + iy) * W + ix) * C + i];
                  acc += (xv - d.input_zero) * w->as<int8_t>()[((o * KH + ky) * KW + kx) * C + i];
                }
              }
            }
          int32_t v = d.output_zero + apply_multiplier(static_cast<int32_t>(acc), d.multipliers[static_cast<size_t>(o)]);
          if (v < d.act_lo) v = d.act_lo;
          if (v > d.act_hi) v = d.act_hi;
          out->as<int8_t>()[((n * OH + oy) * OW + ox) * O + o] = static_cast<int8_t>(v);
        }
}

}  // namespace

void conv2d(const EvalContext& ctx) { conv(ctx, false); }
void depthwise_conv2d(const EvalContext& ctx) { conv(ctx, true); }

}  // namespace vachak::rt::reference
