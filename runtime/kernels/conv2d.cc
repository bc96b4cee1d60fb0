// conv2d and depthwise_conv2d, int8 (docs/QUANTIZATION.md). The fast conv gathers each
// output pixel's receptive field once into an int16 patch (input minus zero point,
// zeros for padding) and takes one contiguous dot product per output channel against
// the OHWI weights, which are already in that order in the mapped file; pixels go in
// pairs so every weight row loaded serves two of them.
#include <algorithm>
#include <cstring>

#include "runtime/kernels/dot.h"
#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

Status read_conv_params(const schema::Node& node, ConvData* d, int* pad_bottom, int* pad_right, int* act) {
  if (!node.has_conv2d()) return invalid_argument("missing conv2d params");
  const schema::Conv2DParams& p = node.conv2d();
  d->stride_h = p.stride_h();
  d->stride_w = p.stride_w();
  d->dilation_h = p.dilation_h();
  d->dilation_w = p.dilation_w();
  d->pad_top = p.pad_top();
  d->pad_left = p.pad_left();
  *pad_bottom = p.pad_bottom();
  *pad_right = p.pad_right();
  *act = p.activation();
  if (d->stride_h < 1 || d->stride_w < 1)
    return invalid_argument("stride " + std::to_string(d->stride_h) + "x" + std::to_string(d->stride_w) + " must be >= 1");
  if (d->dilation_h < 1 || d->dilation_w < 1)
    return invalid_argument("dilation " + std::to_string(d->dilation_h) + "x" + std::to_string(d->dilation_w) +
                            " must be >= 1");
  if (d->pad_top < 0 || d->pad_left < 0 || *pad_bottom < 0 || *pad_right < 0)
    return invalid_argument("padding must be >= 0");
  if (d->pad_top > 4096 || d->pad_left > 4096 || *pad_bottom > 4096 || *pad_right > 4096 || d->stride_h > 4096 ||
      d->stride_w > 4096 || d->dilation_h > 4096 || d->dilation_w > 4096)
    return invalid_argument("stride, dilation and padding must be <= 4096");
  return expect_activation(*act);
}

Status output_extent(int in, int pad_a, int pad_b, int kernel, int dilation, int stride, const char* axis, int* out) {
  const int64_t span = static_cast<int64_t>(kernel - 1) * dilation + 1;
  const int64_t room = static_cast<int64_t>(in) + pad_a + pad_b - span;
  if (room < 0)
    return invalid_argument(std::string(axis) + ": input " + std::to_string(in) + " plus padding is smaller than the " +
                            std::to_string(span) + "-pixel kernel span");
  *out = static_cast<int>(room / stride + 1);
  return Status::ok();
}

Status prepare_conv_common(PrepareContext& ctx, bool depthwise) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 2, 3, 1));
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(x, DType::kInt8, "input"));
  VACHAK_RETURN_IF_ERROR(expect_type(w, DType::kInt8, "weights"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_rank(x, 4, "input"));
  VACHAK_RETURN_IF_ERROR(expect_rank(out, 4, "output"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(out, "output"));
  const int in_c = x->shape[3];
  int kh, kw, out_c;
  if (depthwise) {
    VACHAK_RETURN_IF_ERROR(expect_rank(w, 3, "weights"));
    kh = w->shape[0];
    kw = w->shape[1];
    out_c = w->shape[2];
    if (out_c != in_c)
      return invalid_argument("input channels " + std::to_string(in_c) + " != depthwise weight channels " +
                              std::to_string(out_c));
  } else {
    VACHAK_RETURN_IF_ERROR(expect_rank(w, 4, "weights"));
    out_c = w->shape[0];
    kh = w->shape[1];
    kw = w->shape[2];
    if (w->shape[3] != in_c)
      return invalid_argument("input channels " + std::to_string(in_c) + " != weight channels " +
                              std::to_string(w->shape[3]));
    if (static_cast<int64_t>(kh) * kw * in_c > 65536)
      return invalid_argument("kernel " + std::to_string(kh) + "x" + std::to_string(kw) + "x" + std::to_string(in_c) +
                              " exceeds 65536 taps (int32 accumulation limit)");
  }
  VACHAK_RETURN_IF_ERROR(expect_weight_quant(w, out_c, "weights"));
  VACHAK_RETURN_IF_ERROR(expect_bias(bias, out_c));

  // Depthwise weights are [KH, KW, C]: output c's taps are C apart.
  const int64_t taps = static_cast<int64_t>(kh) * kw * (depthwise ? 1 : in_c);
  VACHAK_RETURN_IF_ERROR(expect_accumulator_fits(w, bias, out_c, taps, depthwise ? 1 : taps, depthwise ? out_c : 1,
                                                 x->quant.z()));

  auto d = std::make_unique<ConvData>();
  int pad_bottom = 0, pad_right = 0, act = 0;
  VACHAK_RETURN_IF_ERROR(read_conv_params(*ctx.io.node, d.get(), &pad_bottom, &pad_right, &act));
  int oh = 0, ow = 0;
  VACHAK_RETURN_IF_ERROR(output_extent(x->shape[1], d->pad_top, pad_bottom, kh, d->dilation_h, d->stride_h, "height", &oh));
  VACHAK_RETURN_IF_ERROR(output_extent(x->shape[2], d->pad_left, pad_right, kw, d->dilation_w, d->stride_w, "width", &ow));
  out->shape = Shape{x->shape[0], oh, ow, out_c};

  d->input_zero = x->quant.z();
  d->output_zero = out->quant.z();
  activation_bounds(static_cast<schema::Activation>(act), out, &d->act_lo, &d->act_hi);
  VACHAK_RETURN_IF_ERROR(per_channel_multipliers(x->quant.s(), w, out->quant.s(), 1.0, out_c, &d->multipliers));
  ctx.scratch_bytes = depthwise ? static_cast<size_t>(out_c) * sizeof(int32_t)
                                : 2 * static_cast<size_t>(kh) * kw * in_c * sizeof(int16_t);  // two patches
  ctx.data = std::move(d);
  return Status::ok();
}

Status prepare_conv2d(PrepareContext& ctx) { return prepare_conv_common(ctx, false); }
Status prepare_depthwise(PrepareContext& ctx) { return prepare_conv_common(ctx, true); }

void eval_conv2d(const EvalContext& ctx) {
  const ConvData& d = ctx.op_data<ConvData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  const int n_batch = x->shape[0], H = x->shape[1], W = x->shape[2], C = x->shape[3];
  const int O = w->shape[0], KH = w->shape[1], KW = w->shape[2];
  const int OH = out->shape[1], OW = out->shape[2];
  const int K = KH * KW * C;
  const int8_t* xd = x->as<int8_t>();
  const int8_t* wd = w->as<int8_t>();
  const int32_t* bd = bias ? bias->as<int32_t>() : nullptr;
  int8_t* od = out->as<int8_t>();
  // Two patches side by side: output pixels are taken in pairs so each weight row loaded
  // serves two dot products (dense_rows2_i8).
  int16_t* patch0 = static_cast<int16_t*>(ctx.scratch);
  int16_t* patch1 = patch0 + K;

  auto gather = [&](int n, int oy, int ox, int16_t* p) {
    for (int ky = 0; ky < KH; ++ky) {
      const int iy = oy * d.stride_h - d.pad_top + ky * d.dilation_h;
      for (int kx = 0; kx < KW; ++kx, p += C) {
        const int ix = ox * d.stride_w - d.pad_left + kx * d.dilation_w;
        if (iy < 0 || iy >= H || ix < 0 || ix >= W) {
          std::memset(p, 0, static_cast<size_t>(C) * sizeof(int16_t));
          continue;
        }
        const int8_t* src = xd + ((static_cast<int64_t>(n) * H + iy) * W + ix) * C;
        for (int c = 0; c < C; ++c) p[c] = static_cast<int16_t>(src[c] - d.input_zero);
      }
    }
  };
  for (int n = 0; n < n_batch; ++n)
    for (int oy = 0; oy < OH; ++oy) {
      int8_t* row_out = od + (static_cast<int64_t>(n) * OH + oy) * OW * O;
      int ox = 0;
      for (; ox + 2 <= OW; ox += 2) {
        gather(n, oy, ox, patch0);
        gather(n, oy, ox + 1, patch1);
        dense_rows2_i8(patch0, patch1, wd, O, K, bd, d.multipliers.data(), d.output_zero, d.act_lo, d.act_hi,
                       row_out + static_cast<int64_t>(ox) * O, row_out + static_cast<int64_t>(ox + 1) * O);
      }
      if (ox < OW) {
        gather(n, oy, ox, patch0);
        dense_rows_i8(patch0, wd, O, K, bd, d.multipliers.data(), d.output_zero, d.act_lo, d.act_hi,
                      row_out + static_cast<int64_t>(ox) * O);
      }
    }
}

void eval_depthwise(const EvalContext& ctx) {
  const ConvData& d = ctx.op_data<ConvData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  const int n_batch = x->shape[0], H = x->shape[1], W = x->shape[2], C = x->shape[3];
  const int KH = w->shape[0], KW = w->shape[1];
  const int OH = out->shape[1], OW = out->shape[2];
  const int8_t* xd = x->as<int8_t>();
  const int8_t* wd = w->as<int8_t>();
  const int32_t* bd = bias ? bias->as<int32_t>() : nullptr;
  int8_t* od = out->as<int8_t>();
  int32_t* __restrict acc = static_cast<int32_t*>(ctx.scratch);

  for (int n = 0; n < n_batch; ++n)
    for (int oy = 0; oy < OH; ++oy)
      for (int ox = 0; ox < OW; ++ox) {
        for (int c = 0; c < C; ++c) acc[c] = bd ? bd[c] : 0;
        for (int ky = 0; ky < KH; ++ky) {
          const int iy = oy * d.stride_h - d.pad_top + ky * d.dilation_h;
          if (iy < 0 || iy >= H) continue;
          for (int kx = 0; kx < KW; ++kx) {
            const int ix = ox * d.stride_w - d.pad_left + kx * d.dilation_w;
            if (ix < 0 || ix >= W) continue;
            const int8_t* __restrict src = xd + ((static_cast<int64_t>(n) * H + iy) * W + ix) * C;
            const int8_t* __restrict wt = wd + (static_cast<int64_t>(ky) * KW + kx) * C;
            for (int c = 0; c < C; ++c) acc[c] += (static_cast<int32_t>(src[c]) - d.input_zero) * wt[c];
          }
        }
        int8_t* dst = od + ((static_cast<int64_t>(n) * OH + oy) * OW + ox) * C;
        for (int c = 0; c < C; ++c)
          dst[c] = requantize_i8(acc[c], d.multipliers[static_cast<size_t>(c)], d.output_zero, d.act_lo, d.act_hi);
      }
}

}  // namespace

extern const KernelRegistration kernel_conv2d_v1_i8 = {"conv2d", 1, DType::kInt8, &prepare_conv2d, &eval_conv2d};
extern const KernelRegistration kernel_depthwise_conv2d_v1_i8 = {"depthwise_conv2d", 1, DType::kInt8,
                                                                 &prepare_depthwise, &eval_depthwise};

}  // namespace vachak::rt
