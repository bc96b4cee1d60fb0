// lstm and gru with int8 weights and int16 state (docs/QUANTIZATION.md): gate
// pre-activations in Q3.12, SIG/TANH by table into Q0.15, LSTM cell in Q4.11.
#include <cstring>

#include "runtime/kernels/dot.h"
#include "runtime/kernels/kernel_util.h"
#include "runtime/kernels/op_data.h"

namespace vachak::rt {
namespace {

// Scratch layout: h[H] | c[H] | x_row[I] (int16) | pre_x, pre_h [gates·H] (int32) |
// proj_x, proj_h [gates·H] (int64, the raw dot products)
struct Scratch {
  int16_t* h;
  int16_t* c;
  int16_t* x_row;
  int32_t* pre_x;
  int32_t* pre_h;
  int64_t* proj_x;
  int64_t* proj_h;
};

size_t align8(size_t n) { return (n + 7) / 8 * 8; }

size_t scratch_size(int H, int I, int gates) {
  return align8(sizeof(int16_t) * H) * 2 + align8(sizeof(int16_t) * I) + sizeof(int32_t) * gates * H * 2 +
         sizeof(int64_t) * gates * H * 2;
}

Scratch carve(void* base, int H, int I, int gates) {
  uint8_t* p = static_cast<uint8_t*>(base);
  Scratch s;
  s.h = reinterpret_cast<int16_t*>(p);
  p += align8(sizeof(int16_t) * H);
  s.c = reinterpret_cast<int16_t*>(p);
  p += align8(sizeof(int16_t) * H);
  s.x_row = reinterpret_cast<int16_t*>(p);
  p += align8(sizeof(int16_t) * I);
  s.pre_x = reinterpret_cast<int32_t*>(p);
  s.pre_h = s.pre_x + gates * H;
  s.proj_x = reinterpret_cast<int64_t*>(s.pre_h + gates * H);
  s.proj_h = s.proj_x + gates * H;
  return s;
}

// out[r] = sum_k v[k]·w[r][k] for `rows` rows of length n, exactly (int64). Rows of up
// to 256 int16×int8 products fit int32, so they go four at a time through dot4.
void project_rows(const int16_t* v, const int8_t* w, int rows, int n, int64_t* out) {
  int r = 0;
  if (n <= 256) {
    int32_t acc[4];
    for (; r + 4 <= rows; r += 4) {
      dot4_i16_i8(v, w + static_cast<int64_t>(r) * n, n, n, acc);
      for (int j = 0; j < 4; ++j) out[r + j] = acc[j];
    }
  }
  for (; r < rows; ++r) out[r] = dot_i16_i8_wide(v, w + static_cast<int64_t>(r) * n, n);
}

Status prepare_recurrent(PrepareContext& ctx, int gates) {
  const bool gru = gates == 3;
  VACHAK_RETURN_IF_ERROR(expect_io(ctx, 3, gru ? 5 : 4, 1));
  const Tensor* x = ctx.io.input(0);
  const Tensor* wx = ctx.io.input(1);
  const Tensor* wh = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  if (x->type != DType::kInt8 && x->type != DType::kInt16)
    return invalid_argument(std::string("input type ") + dtype_name(x->type) + " is not i8 or i16");
  VACHAK_RETURN_IF_ERROR(expect_rank(x, 2, "input"));
  VACHAK_RETURN_IF_ERROR(expect_per_tensor(x, "input"));
  if (x->type == DType::kInt16 && x->quant.z() != 0) return invalid_argument("int16 input zero point must be 0");
  VACHAK_RETURN_IF_ERROR(expect_type(wx, DType::kInt8, "input weights"));
  VACHAK_RETURN_IF_ERROR(expect_type(wh, DType::kInt8, "hidden weights"));
  VACHAK_RETURN_IF_ERROR(expect_type(out, DType::kInt16, "output"));
  VACHAK_RETURN_IF_ERROR(expect_q15(out, "output"));
  if (!ctx.io.node->has_recurrent()) return invalid_argument("missing recurrent params");
  const int H = ctx.io.node->recurrent().hidden_size();
  const int I = x->shape[1];
  if (H < 1 || H > 4096) return invalid_argument("hidden_size " + std::to_string(H) + " outside 1..4096");
  VACHAK_RETURN_IF_ERROR(expect_rank(wx, 2, "input weights"));
  VACHAK_RETURN_IF_ERROR(expect_rank(wh, 2, "hidden weights"));
  if (wx->shape[0] != gates * H || wx->shape[1] != I)
    return invalid_argument("input weights " + shape_str(wx) + " != [" + std::to_string(gates * H) + "," +
                            std::to_string(I) + "] for hidden_size " + std::to_string(H));
  if (wh->shape[0] != gates * H || wh->shape[1] != H)
    return invalid_argument("hidden weights " + shape_str(wh) + " != [" + std::to_string(gates * H) + "," +
                            std::to_string(H) + "] for hidden_size " + std::to_string(H));
  VACHAK_RETURN_IF_ERROR(expect_weight_quant(wx, gates * H, "input weights"));
  VACHAK_RETURN_IF_ERROR(expect_weight_quant(wh, gates * H, "hidden weights"));
  VACHAK_RETURN_IF_ERROR(expect_bias(ctx.io.input(3), gates * H));
  if (gru) VACHAK_RETURN_IF_ERROR(expect_bias(ctx.io.input(4), gates * H));

  auto d = std::make_unique<RecurrentData>();
  d->hidden = H;
  d->input_size = I;
  d->gates = gates;
  d->reverse = ctx.io.node->recurrent().reverse();
  d->input_zero = x->quant.z();
  VACHAK_RETURN_IF_ERROR(per_channel_multipliers(x->quant.s(), wx, 1.0, 4096.0, gates * H, &d->input_multipliers));
  VACHAK_RETURN_IF_ERROR(per_channel_multipliers(1.0 / 32768.0, wh, 1.0, 4096.0, gates * H, &d->hidden_multipliers));
  out->shape = Shape{x->shape[0], H};
  ctx.scratch_bytes = scratch_size(H, I, gates);
  ctx.data = std::move(d);
  // Build the gate tables now, so Eval never initializes anything (interpreters on
  // several threads then only read them).
  (void)sigmoid_q15_table();
  (void)tanh_q15_table();
  return Status::ok();
}

Status prepare_lstm(PrepareContext& ctx) { return prepare_recurrent(ctx, 4); }
Status prepare_gru(PrepareContext& ctx) { return prepare_recurrent(ctx, 3); }

// The input row centred on its zero point (int8) or as it is (int16).
template <typename In>
const int16_t* input_row(const Tensor* x, int t, int I, int32_t zero, int16_t* buf) {
  const In* src = x->as<In>() + static_cast<int64_t>(t) * I;
  if constexpr (sizeof(In) == 1) {
    for (int i = 0; i < I; ++i) buf[i] = static_cast<int16_t>(src[i] - zero);
    return buf;
  } else {
    return src;
  }
}

template <typename In>
void eval_lstm(const EvalContext& ctx) {
  const RecurrentData& d = ctx.op_data<RecurrentData>();
  const Tensor* x = ctx.io.input(0);
  const int8_t* wx = ctx.io.input(1)->as<int8_t>();
  const int8_t* wh = ctx.io.input(2)->as<int8_t>();
  const Tensor* bias_t = ctx.io.input(3);
  const int32_t* bias = bias_t ? bias_t->as<int32_t>() : nullptr;
  int16_t* out = ctx.io.output(0)->as<int16_t>();
  const int H = d.hidden, I = d.input_size, T = x->shape[0], G = 4 * H;
  Scratch s = carve(ctx.scratch, H, I, 4);
  std::memset(s.h, 0, sizeof(int16_t) * H);
  std::memset(s.c, 0, sizeof(int16_t) * H);
  const Q15Table& sig = sigmoid_q15_table();
  const Q15Table& th = tanh_q15_table();
  int32_t* pre = s.pre_x;  // p[r] in Q3.12, kept as int32 after saturation
  for (int step = 0; step < T; ++step) {
    const int t = d.reverse ? T - 1 - step : step;
    const int16_t* xr = input_row<In>(x, t, I, d.input_zero, s.x_row);
    project_rows(xr, wx, G, I, s.proj_x);
    project_rows(s.h, wh, G, H, s.proj_h);
    for (int r = 0; r < G; ++r) {
      const int32_t ax = sat32((bias ? bias[r] : 0) + s.proj_x[r]);
      const int32_t ah = sat32(s.proj_h[r]);
      pre[r] = sat16(static_cast<int64_t>(apply_multiplier(ax, d.input_multipliers[static_cast<size_t>(r)])) +
                     apply_multiplier(ah, d.hidden_multipliers[static_cast<size_t>(r)]));
    }
    int16_t* dst = out + static_cast<int64_t>(t) * H;
    for (int k = 0; k < H; ++k) {
      const int32_t ig = lookup_q15(sig, pre[k]);
      const int32_t fg = lookup_q15(sig, pre[H + k]);
      const int32_t gg = lookup_q15(th, pre[2 * H + k]);
      const int32_t og = lookup_q15(sig, pre[3 * H + k]);
      const int32_t c = sat16(static_cast<int64_t>(rshift_round(fg * s.c[k], 15)) + rshift_round(ig * gg, 19));
      s.c[k] = static_cast<int16_t>(c);
      const int32_t h = sat16(rshift_round(og * lookup_q15(th, sat16(2 * c)), 15));
      s.h[k] = static_cast<int16_t>(h);
      dst[k] = static_cast<int16_t>(h);
    }
  }
}

template <typename In>
void eval_gru(const EvalContext& ctx) {
  const RecurrentData& d = ctx.op_data<RecurrentData>();
  const Tensor* x = ctx.io.input(0);
  const int8_t* wx = ctx.io.input(1)->as<int8_t>();
  const int8_t* wh = ctx.io.input(2)->as<int8_t>();
  const Tensor* bx_t = ctx.io.input(3);
  const Tensor* bh_t = ctx.io.input(4);
  const int32_t* bx = bx_t ? bx_t->as<int32_t>() : nullptr;
  const int32_t* bh = bh_t ? bh_t->as<int32_t>() : nullptr;
  int16_t* out = ctx.io.output(0)->as<int16_t>();
  const int H = d.hidden, I = d.input_size, T = x->shape[0], G = 3 * H;
  Scratch s = carve(ctx.scratch, H, I, 3);
  std::memset(s.h, 0, sizeof(int16_t) * H);
  const Q15Table& sig = sigmoid_q15_table();
  const Q15Table& th = tanh_q15_table();
  for (int step = 0; step < T; ++step) {
    const int t = d.reverse ? T - 1 - step : step;
    const int16_t* xr = input_row<In>(x, t, I, d.input_zero, s.x_row);
    project_rows(xr, wx, G, I, s.proj_x);
    project_rows(s.h, wh, G, H, s.proj_h);
    for (int r = 0; r < G; ++r) {
      const int32_t ax = sat32((bx ? bx[r] : 0) + s.proj_x[r]);
      const int32_t ah = sat32((bh ? bh[r] : 0) + s.proj_h[r]);
      s.pre_x[r] = sat16(apply_multiplier(ax, d.input_multipliers[static_cast<size_t>(r)]));
      s.pre_h[r] = sat16(apply_multiplier(ah, d.hidden_multipliers[static_cast<size_t>(r)]));
    }
    int16_t* dst = out + static_cast<int64_t>(t) * H;
    for (int k = 0; k < H; ++k) {
      const int32_t rg = lookup_q15(sig, sat16(s.pre_x[k] + s.pre_h[k]));
      const int32_t zg = lookup_q15(sig, sat16(s.pre_x[H + k] + s.pre_h[H + k]));
      const int32_t ng = lookup_q15(th, sat16(s.pre_x[2 * H + k] + rshift_round(rg * s.pre_h[2 * H + k], 15)));
      const int32_t h = sat16(rshift_round64(static_cast<int64_t>(32768 - zg) * ng + static_cast<int64_t>(zg) * s.h[k], 15));
      s.h[k] = static_cast<int16_t>(h);
      dst[k] = static_cast<int16_t>(h);
    }
  }
}

}  // namespace

extern const KernelRegistration kernel_lstm_v1_i8 = {"lstm", 1, DType::kInt8, &prepare_lstm, &eval_lstm<int8_t>};
extern const KernelRegistration kernel_lstm_v1_i16 = {"lstm", 1, DType::kInt16, &prepare_lstm, &eval_lstm<int16_t>};
extern const KernelRegistration kernel_gru_v1_i8 = {"gru", 1, DType::kInt8, &prepare_gru, &eval_gru<int8_t>};
extern const KernelRegistration kernel_gru_v1_i16 = {"gru", 1, DType::kInt16, &prepare_gru, &eval_gru<int16_t>};

}  // namespace vachak::rt
