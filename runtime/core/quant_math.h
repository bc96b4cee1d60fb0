// The integer helpers of docs/QUANTIZATION.md. Header-only so the fast kernels inline
// them; models/train/vachak_export/qmath.py implements the same functions.
#pragma once

#include <cmath>
#include <cstdint>

namespace vachak::rt {

inline int64_t round_half_up(double x) { return static_cast<int64_t>(std::floor(x + 0.5)); }

inline int32_t rshift_round(int32_t v, int n) {
  return static_cast<int32_t>((static_cast<int64_t>(v) + (int64_t{1} << (n - 1))) >> n);
}
inline int64_t rshift_round64(int64_t v, int n) { return (v + (int64_t{1} << (n - 1))) >> n; }

inline int32_t sat8(int64_t v) { return v < -128 ? -128 : (v > 127 ? 127 : static_cast<int32_t>(v)); }
inline int32_t sat16(int64_t v) {
  return v < -32768 ? -32768 : (v > 32767 ? 32767 : static_cast<int32_t>(v));
}
inline int32_t sat32(int64_t v) {
  return v < INT32_MIN ? INT32_MIN : (v > INT32_MAX ? INT32_MAX : static_cast<int32_t>(v));
}
inline int32_t clamp_i32(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : (v > hi ? hi : v); }

// A real value to the integer grid (scale, zero) within [lo, hi], as the quantize op and
// qmath.quantize do it; NaN goes to the zero point, infinities clamp.
inline int64_t quantize_value(float x, float scale, int32_t zero, int64_t lo, int64_t hi) {
  const double q = static_cast<double>(x) / scale;
  int64_t v = std::isnan(q) ? zero : (q > 1e9 ? hi : (q < -1e9 ? lo : round_half_up(q) + zero));
  return v < lo ? lo : (v > hi ? hi : v);
}

// A real multiplier m as M * 2^-S with M < 2^31 (see docs/QUANTIZATION.md).
struct Multiplier {
  int32_t m = 0;
  int shift = 1;
};

// Returns false when m is negative, not finite or >= 2^30 (no valid encoding).
[[nodiscard]] inline bool quantize_multiplier(double m, Multiplier* out) {
  if (!(m >= 0.0) || !std::isfinite(m)) return false;
  if (m == 0.0) {
    *out = Multiplier{0, 1};
    return true;
  }
  int e = 0;
  const double frac = std::frexp(m, &e);
  int64_t q = round_half_up(frac * 2147483648.0);
  if (q == (int64_t{1} << 31)) {
    q = int64_t{1} << 30;
    ++e;
  }
  const int s = 31 - e;
  if (s > 62) {
    *out = Multiplier{0, 1};
    return true;
  }
  if (s < 1) return false;
  *out = Multiplier{static_cast<int32_t>(q), s};
  return true;
}

inline int32_t apply_multiplier(int32_t x, Multiplier mul) {
  const int64_t p = static_cast<int64_t>(x) * mul.m + (int64_t{1} << (mul.shift - 1));
  return static_cast<int32_t>(p >> mul.shift);
}

// Q3.12 -> Q0.15 by a 513-entry table with linear interpolation.
struct Q15Table {
  int16_t t[513];
};
const Q15Table& sigmoid_q15_table();
const Q15Table& tanh_q15_table();

inline int32_t lookup_q15(const Q15Table& tab, int32_t p) {
  const int32_t u = p + 32768;
  const int32_t k = u >> 7;
  const int32_t f = u & 127;
  const int32_t a = tab.t[k];
  const int32_t b = tab.t[k == 512 ? 512 : k + 1];
  return a + rshift_round((b - a) * f, 7);
}

}  // namespace vachak::rt
