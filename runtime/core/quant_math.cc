#include "runtime/core/quant_math.h"

namespace vachak::rt {
namespace {

template <typename F>
Q15Table make_table(F f) {
  Q15Table tab{};
  for (int k = 0; k <= 512; ++k) {
    const double x = k / 32.0 - 8.0;
    int64_t v = round_half_up(f(x) * 32768.0);
    if (v > 32767) v = 32767;
    if (v < -32768) v = -32768;
    tab.t[k] = static_cast<int16_t>(v);
  }
  return tab;
}

}  // namespace

const Q15Table& sigmoid_q15_table() {
  static const Q15Table tab = make_table([](double x) { return 1.0 / (1.0 + std::exp(-x)); });
  return tab;
}

const Q15Table& tanh_q15_table() {
  static const Q15Table tab = make_table([](double x) { return std::tanh(x); });
  return tab;
}

}  // namespace vachak::rt
