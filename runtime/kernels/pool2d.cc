// max_pool2d and avg_pool2d, int8 NHWC; only positions inside the input count.
#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

Status prepare_pool(PrepareContext& ctx) {
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 1, 1, 1));
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  VACHAK_RETURN_IF_ERROR(expect_type(x, DType::kInt8, "input"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt8, "output"));
  VACHAK_RETURN_IF_ERROR(expect_rank(x, 4, "input"));
  VACHAK_RETURN_IF_ERROR(expect_same_quant(x, out, "input"));
  if (!ctx.io.node->has_pool2d()) return invalid_argument("missing pool2d params");
  const schema::Pool2DParams& p = ctx.io.node->pool2d();
  auto d = std::make_unique<PoolData>();
  d->kernel_h = p.kernel_h();
  d->kernel_w = p.kernel_w();
  d->stride_h = p.stride_h();
  d->stride_w = p.stride_w();
  d->pad_top = p.pad_top();
  d->pad_left = p.pad_left();
  d->zero = x->quant.z();
  if (d->kernel_h < 1 || d->kernel_w < 1 || d->kernel_h > 4096 || d->kernel_w > 4096)
    return invalid_argument("kernel " + std::to_string(d->kernel_h) + "x" + std::to_string(d->kernel_w) + " outside 1..4096");
  if (d->stride_h < 1 || d->stride_w < 1 || d->stride_h > 4096 || d->stride_w > 4096)
    return invalid_argument("stride " + std::to_string(d->stride_h) + "x" + std::to_string(d->stride_w) + " outside 1..4096");
  if (d->pad_top < 0 || d->pad_left < 0 || p.pad_bottom() < 0 || p.pad_right() < 0 || d->pad_top >= d->kernel_h ||
      d->pad_left >= d->kernel_w || p.pad_bottom() >= d->kernel_h || p.pad_right() >= d->kernel_w)
    return invalid_argument("padding must be >= 0 and smaller than the kernel");
  const int64_t rh = static_cast<int64_t>(x->shape[1]) + d->pad_top + p.pad_bottom() - d->kernel_h;
  const int64_t rw = static_cast<int64_t>(x->shape[2]) + d->pad_left + p.pad_right() - d->kernel_w;
  if (rh < 0 || rw < 0)
    return invalid_argument("input " + shape_str(x) + " is smaller than the pooling window");
  out->shape = Shape{x->shape[0], static_cast<int32_t>(rh / d->stride_h + 1), static_cast<int32_t>(rw / d->stride_w + 1),
                     x->shape[3]};
  ctx.scratch_bytes = static_cast<size_t>(x->shape[3]) * sizeof(int32_t);
  ctx.data = std::move(d);
  return Status::ok();
}

template <bool kMax>
void eval_pool(const EvalContext& ctx) {
  const PoolData& d = ctx.op_data<PoolData>();
  const Tensor* x = ctx.io.input(0);
  Tensor* out = ctx.io.output(0);
  const int N = x->shape[0], H = x->shape[1], W = x->shape[2], C = x->shape[3];
  const int OH = out->shape[1], OW = out->shape[2];
  int32_t* __restrict acc = static_cast<int32_t*>(ctx.scratch);
  for (int n = 0; n < N; ++n)
    for (int oy = 0; oy < OH; ++oy)
      for (int ox = 0; ox < OW; ++ox) {
        for (int c = 0; c < C; ++c) acc[c] = kMax ? -128 : 0;
        int count = 0;
        for (int ky = 0; ky < d.kernel_h; ++ky) {
          const int iy = oy * d.stride_h - d.pad_top + ky;
          if (iy < 0 || iy >= H) continue;
          for (int kx = 0; kx < d.kernel_w; ++kx) {
            const int ix = ox * d.stride_w - d.pad_left + kx;
            if (ix < 0 || ix >= W) continue;
            ++count;
            const int8_t* __restrict src = x->as<int8_t>() + ((static_cast<int64_t>(n) * H + iy) * W + ix) * C;
            if constexpr (kMax) {
              for (int c = 0; c < C; ++c) acc[c] = acc[c] > src[c] ? acc[c] : src[c];
            } else {
              for (int c = 0; c < C; ++c) acc[c] += src[c] - d.zero;
            }
          }
        }
        int8_t* dst = out->as<int8_t>() + ((static_cast<int64_t>(n) * OH + oy) * OW + ox) * C;
        for (int c = 0; c < C; ++c) {
          if constexpr (kMax) {
            dst[c] = static_cast<int8_t>(acc[c]);
          } else {
            const int32_t a = acc[c];
            const int32_t q = a >= 0 ? (a + count / 2) / count : -((-a + count / 2) / count);
            dst[c] = static_cast<int8_t>(sat8(static_cast<int64_t>(d.zero) + q));
          }
        }
      }
}

}  // namespace

extern const KernelRegistration kernel_max_pool2d_v1_i8 = {"max_pool2d", 1, DType::kInt8, &prepare_pool,
                                                           &eval_pool<true>};
extern const KernelRegistration kernel_avg_pool2d_v1_i8 = {"avg_pool2d", 1, DType::kInt8, &prepare_pool,
                                                           &eval_pool<false>};

}  // namespace vachak::rt
