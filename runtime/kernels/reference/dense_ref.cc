// Reference fully_connected, lstm and gru: direct loops over the spec's formulas.
#include <cstdint>
#include <vector>

#include "runtime/kernels/op_data.h"
#include "runtime/kernels/reference/reference_kernels.h"

namespace vachak::rt::reference {
namespace {

int32_t input_value(const Tensor* x, int64_t idx, int32_t zero) {
  return x->type == DType::kInt8 ? x->as<int8_t>()[idx] - zero : x->as<int16_t>()[idx];
}

// SIG or TANH of a Q3.12 value, written out from the table definition.
int32_t table_lookup(const Q15Table& t, int32_t p) {
  const int32_t u = p + 32768;
  const int32_t k = u / 128, f = u % 128;
  const int32_t a = t.t[k], b = t.t[k + 1];
  return a + rshift_round((b - a) * f, 7);
}

}  // namespace

void fully_connected(const EvalContext& ctx) {
  const FullyConnectedData& d = ctx.op_data<FullyConnectedData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* w = ctx.io.input(1);
  const Tensor* bias = ctx.io.input(2);
  Tensor* out = ctx.io.output(0);
  const int K = w->shape[1], N = w->shape[0];
  const int64_t rows = x->shape.elements() / K;
  for (int64_t r = 0; r < rows; ++r)
    for (int n = 0; n < N; ++n) {
      int64_t sum = 0;
      for (int k = 0; k < K; ++k) sum += static_cast<int64_t>(input_value(x, r * K + k, d.input_zero)) * w->as<int8_t>()[n * K + k];
      const int32_t b = bias ? bias->as<int32_t>()[n] : 0;
      const int32_t acc = x->type == DType::kInt8 ? static_cast<int32_t>(sum + b) : sat32(static_cast<int64_t>(sat32(sum)) + b);
      int32_t v = d.output_zero + apply_multiplier(acc, d.multipliers[static_cast<size_t>(n)]);
      v = v < d.act_lo ? d.act_lo : (v > d.act_hi ? d.act_hi : v);
      out->as<int8_t>()[r * N + n] = static_cast<int8_t>(v);
    }
}

void lstm(const EvalContext& ctx) {
  const RecurrentData& d = ctx.op_data<RecurrentData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* wx = ctx.io.input(1);
  const Tensor* wh = ctx.io.input(2);
  const Tensor* bias = ctx.io.input(3);
  const int H = d.hidden, I = d.input_size, T = x->shape[0];
  std::vector<int32_t> h(static_cast<size_t>(H), 0), c(static_cast<size_t>(H), 0), p(static_cast<size_t>(4 * H));
  for (int step = 0; step < T; ++step) {
    const int t = d.reverse ? T - 1 - step : step;
    for (int r = 0; r < 4 * H; ++r) {
      int64_t ax = bias ? bias->as<int32_t>()[r] : 0;
      for (int i = 0; i < I; ++i) ax += static_cast<int64_t>(input_value(x, static_cast<int64_t>(t) * I + i, d.input_zero)) * wx->as<int8_t>()[r * I + i];
      int64_t ah = 0;
      for (int j = 0; j < H; ++j) ah += static_cast<int64_t>(h[static_cast<size_t>(j)]) * wh->as<int8_t>()[r * H + j];
      p[static_cast<size_t>(r)] = sat16(static_cast<int64_t>(apply_multiplier(sat32(ax), d.input_multipliers[static_cast<size_t>(r)])) +
                                        apply_multiplier(sat32(ah), d.hidden_multipliers[static_cast<size_t>(r)]));
    }
    for (int k = 0; k < H; ++k) {
      const size_t u = static_cast<size_t>(k);
      const int32_t ig = table_lookup(sigmoid_q15_table(), p[u]);
      const int32_t fg = table_lookup(sigmoid_q15_table(), p[u + static_cast<size_t>(H)]);
      const int32_t gg = table_lookup(tanh_q15_table(), p[u + 2 * static_cast<size_t>(H)]);
      const int32_t og = table_lookup(sigmoid_q15_table(), p[u + 3 * static_cast<size_t>(H)]);
      c[u] = sat16(static_cast<int64_t>(rshift_round(fg * c[u], 15)) + rshift_round(ig * gg, 19));
      h[u] = sat16(rshift_round(og * table_lookup(tanh_q15_table(), sat16(2 * static_cast<int64_t>(c[u]))), 15));
      ctx.io.output(0)->as<int16_t>()[static_cast<int64_t>(t) * H + k] = static_cast<int16_t>(h[u]);
    }
  }
}

void gru(const EvalContext& ctx) {
  const RecurrentData& d = ctx.op_data<RecurrentData>();
  const Tensor* x = ctx.io.input(0);
  const Tensor* wx = ctx.io.input(1);
  const Tensor* wh = ctx.io.input(2);
  const Tensor* bx = ctx.io.input(3);
  const Tensor* bh = ctx.io.input(4);
  const int H = d.hidden, I = d.input_size, T = x->shape[0];
  std::vector<int32_t> h(static_cast<size_t>(H), 0), px(static_cast<size_t>(3 * H)), ph(static_cast<size_t>(3 * H));
  for (int step = 0; step < T; ++step) {
    const int t = d.reverse ? T - 1 - step : step;
    for (int r = 0; r < 3 * H; ++r) {
      int64_t ax = bx ? bx->as<int32_t>()[r] : 0;
      for (int i = 0; i < I; ++i) ax += static_cast<int64_t>(input_value(x, static_cast<int64_t>(t) * I + i, d.input_zero)) * wx->as<int8_t>()[r * I + i];
      int64_t ah = bh ? bh->as<int32_t>()[r] : 0;
      for (int j = 0; j < H; ++j) ah += static_cast<int64_t>(h[static_cast<size_t>(j)]) * wh->as<int8_t>()[r * H + j];
      px[static_cast<size_t>(r)] = sat16(apply_multiplier(sat32(ax), d.input_multipliers[static_cast<size_t>(r)]));
      ph[static_cast<size_t>(r)] = sat16(apply_multiplier(sat32(ah), d.hidden_multipliers[static_cast<size_t>(r)]));
    }
    for (int k = 0; k < H; ++k) {
      const size_t u = static_cast<size_t>(k), hh = static_cast<size_t>(H);
      const int32_t rg = table_lookup(sigmoid_q15_table(), sat16(px[u] + ph[u]));
      const int32_t zg = table_lookup(sigmoid_q15_table(), sat16(px[u + hh] + ph[u + hh]));
      const int32_t ng = table_lookup(tanh_q15_table(), sat16(px[u + 2 * hh] + rshift_round(rg * ph[u + 2 * hh], 15)));
      h[u] = sat16(rshift_round64(static_cast<int64_t>(32768 - zg) * ng + static_cast<int64_t>(zg) * h[u], 15));
      ctx.io.output(0)->as<int16_t>()[static_cast<int64_t>(t) * H + k] = static_cast<int16_t>(h[u]);
    }
  }
}

}  // namespace vachak::rt::reference
