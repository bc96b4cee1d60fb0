// The inner products every matrix kernel spends its time in. On x86-64: AVX-512 VNNI
// (dot_avx512vnni.cc) where the CPU has it, chosen at run time, else the portable loops
// compiled for AVX2 and for baseline x86-64 (GCC function multiversioning picks at load
// time); ARM gets NEON intrinsics (armv7 NEON, armv8 AdvSIMD: int16 x int8 products, so
// the int8 x int8 SDOT instruction does not apply); other targets the portable loop. Exact integer arithmetic: the caller guarantees no int32 overflow
// for dot_i16_i8 (|a|·|b|·n < 2^31); dot_i16_i8_wide chunks to stay exact for any n.
#pragma once

#include <cstdint>

#include "runtime/core/quant_math.h"

namespace vachak::rt {

int32_t dot_i16_i8(const int16_t* a, const int8_t* b, int n);
int64_t dot_i16_i8_wide(const int16_t* a, const int8_t* b, int n);
// Four rows of b (stride `ldb`) against one a: loads a once for four products.
void dot4_i16_i8(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]);

// Four rows of b against two a's: each weight load feeds two products (two output pixels
// of a convolution), halving the weight traffic of dot4_i16_i8.
void dot2x4_i16_i8(const int16_t* a0, const int16_t* a1, const int8_t* b, int64_t ldb, int n, int32_t out0[4],
                   int32_t out1[4]);

// One int8 output: zero + requantized accumulator, clamped to the activation bounds.
inline int8_t requantize_i8(int32_t acc, Multiplier m, int32_t zero, int32_t lo, int32_t hi) {
  return static_cast<int8_t>(clamp_i32(zero + apply_multiplier(acc, m), lo, hi));
}

// dst[r] = requantize(bias[r] + v·w[r]) for `rows` weight rows of length n (int32-exact
// inputs: the caller guarantees no overflow), four rows per pass over v.
void dense_rows_i8(const int16_t* v, const int8_t* w, int rows, int n, const int32_t* bias, const Multiplier* muls,
                   int32_t zero, int32_t lo, int32_t hi, int8_t* dst);
// The same for two input vectors at once (dst0 from v0, dst1 from v1).
void dense_rows2_i8(const int16_t* v0, const int16_t* v1, const int8_t* w, int rows, int n, const int32_t* bias,
                    const Multiplier* muls, int32_t zero, int32_t lo, int32_t hi, int8_t* dst0, int8_t* dst1);

}  // namespace vachak::rt
