#include "runtime/kernels/dot.h"

#include "runtime/kernels/dot_x86.h"

#if defined(__ARM_NEON)
#include <arm_neon.h>
#endif

namespace vachak::rt {

// Not under ThreadSanitizer: the clones' resolver runs while the dynamic loader relocates,
// before TSan's runtime exists, and its instrumented code crashes there.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_THREAD__)
#define VACHAK_MULTIVERSION __attribute__((target_clones("avx2", "default")))
#else
#define VACHAK_MULTIVERSION
#endif

#if defined(__ARM_NEON)
// ARM (armv7 NEON and armv8 AdvSIMD): eight int8 weights widened to int16, multiplied
// with eight int16 inputs and accumulated in int32 lanes (vmlal_s16); exact, the same
// sums as the portable loops, which the kernel tests check against the reference kernels.
namespace {
inline int32_t lanes_sum(int32x4_t v) {
#if defined(__aarch64__)
  return vaddvq_s32(v);
#else
  const int32x2_t p = vadd_s32(vget_low_s32(v), vget_high_s32(v));
  return vget_lane_s32(vpadd_s32(p, p), 0);
#endif
}
// acc += a[0..8) * b[0..8)
inline int32x4_t mla8(int32x4_t acc, int16x8_t a, const int8_t* b) {
  const int16x8_t w = vmovl_s8(vld1_s8(b));
  acc = vmlal_s16(acc, vget_low_s16(a), vget_low_s16(w));
  return vmlal_s16(acc, vget_high_s16(a), vget_high_s16(w));
}
}  // namespace

int32_t dot_i16_i8(const int16_t* __restrict a, const int8_t* __restrict b, int n) {
  int32x4_t acc = vdupq_n_s32(0);
  int i = 0;
  for (; i + 8 <= n; i += 8) acc = mla8(acc, vld1q_s16(a + i), b + i);
  int32_t sum = lanes_sum(acc);
  for (; i < n; ++i) sum += static_cast<int32_t>(a[i]) * static_cast<int32_t>(b[i]);
  return sum;
}

void dot4_i16_i8(const int16_t* __restrict a, const int8_t* __restrict b, int64_t ldb, int n, int32_t out[4]) {
  int32x4_t s0 = vdupq_n_s32(0), s1 = s0, s2 = s0, s3 = s0;
  int i = 0;
  for (; i + 8 <= n; i += 8) {
    const int16x8_t x = vld1q_s16(a + i);
    s0 = mla8(s0, x, b + i);
    s1 = mla8(s1, x, b + ldb + i);
    s2 = mla8(s2, x, b + 2 * ldb + i);
    s3 = mla8(s3, x, b + 3 * ldb + i);
  }
  out[0] = lanes_sum(s0);
  out[1] = lanes_sum(s1);
  out[2] = lanes_sum(s2);
  out[3] = lanes_sum(s3);
  for (; i < n; ++i) {
    const int32_t x = a[i];
    for (int r = 0; r < 4; ++r) out[r] += x * b[r * ldb + i];
  }
}

void dot2x4_i16_i8(const int16_t* __restrict a0, const int16_t* __restrict a1, const int8_t* __restrict b, int64_t ldb,
                   int n, int32_t out0[4], int32_t out1[4]) {
  int32x4_t s[2][4];
  for (auto& row : s)
    for (auto& v : row) v = vdupq_n_s32(0);
  int i = 0;
  for (; i + 8 <= n; i += 8) {
    const int16x8_t x = vld1q_s16(a0 + i), y = vld1q_s16(a1 + i);
    for (int r = 0; r < 4; ++r) {
      const int16x8_t w = vmovl_s8(vld1_s8(b + r * ldb + i));
      s[0][r] = vmlal_s16(vmlal_s16(s[0][r], vget_low_s16(x), vget_low_s16(w)), vget_high_s16(x), vget_high_s16(w));
      s[1][r] = vmlal_s16(vmlal_s16(s[1][r], vget_low_s16(y), vget_low_s16(w)), vget_high_s16(y), vget_high_s16(w));
    }
  }
  for (int r = 0; r < 4; ++r) out0[r] = lanes_sum(s[0][r]), out1[r] = lanes_sum(s[1][r]);
  for (; i < n; ++i) {
    const int32_t x = a0[i], y = a1[i];
    for (int r = 0; r < 4; ++r) {
      out0[r] += x * b[r * ldb + i];
      out1[r] += y * b[r * ldb + i];
    }
  }
}
#else
// On x86-64 these loops are x86::*_portable (compiled for baseline and AVX2), and dot.h's
// functions choose them or the AVX-512 VNNI ones (dot_avx512vnni.cc) at run time.
#if defined(VACHAK_HAVE_X86_DOT)
#define VACHAK_DOT_NAME(plain, x86_name) x86::x86_name
#else
#define VACHAK_DOT_NAME(plain, x86_name) plain
#endif

VACHAK_MULTIVERSION
int32_t VACHAK_DOT_NAME(dot_i16_i8, dot_portable)(const int16_t* __restrict a, const int8_t* __restrict b, int n) {
  int32_t sum = 0;
  for (int i = 0; i < n; ++i) sum += static_cast<int32_t>(a[i]) * static_cast<int32_t>(b[i]);
  return sum;
}

VACHAK_MULTIVERSION
void VACHAK_DOT_NAME(dot4_i16_i8, dot4_portable)(const int16_t* __restrict a, const int8_t* __restrict b, int64_t ldb,
                                                  int n, int32_t out[4]) {
  const int8_t* __restrict b0 = b;
  const int8_t* __restrict b1 = b + ldb;
  const int8_t* __restrict b2 = b + 2 * ldb;
  const int8_t* __restrict b3 = b + 3 * ldb;
  int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (int i = 0; i < n; ++i) {
    const int32_t x = a[i];
    s0 += x * b0[i];
    s1 += x * b1[i];
    s2 += x * b2[i];
    s3 += x * b3[i];
  }
  out[0] = s0;
  out[1] = s1;
  out[2] = s2;
  out[3] = s3;
}

VACHAK_MULTIVERSION
void VACHAK_DOT_NAME(dot2x4_i16_i8, dot2x4_portable)(const int16_t* __restrict a0, const int16_t* __restrict a1,
                                                      const int8_t* __restrict b, int64_t ldb, int n, int32_t out0[4],
                                                      int32_t out1[4]) {
  const int8_t* __restrict b0 = b;
  const int8_t* __restrict b1 = b + ldb;
  const int8_t* __restrict b2 = b + 2 * ldb;
  const int8_t* __restrict b3 = b + 3 * ldb;
  int32_t s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
  for (int i = 0; i < n; ++i) {
    const int32_t x = a0[i], y = a1[i];
    const int32_t w0 = b0[i], w1 = b1[i], w2 = b2[i], w3 = b3[i];
    s00 += x * w0;
    s01 += x * w1;
    s02 += x * w2;
    s03 += x * w3;
    s10 += y * w0;
    s11 += y * w1;
    s12 += y * w2;
    s13 += y * w3;
  }
  out0[0] = s00;
  out0[1] = s01;
  out0[2] = s02;
  out0[3] = s03;
  out1[0] = s10;
  out1[1] = s11;
  out1[2] = s12;
  out1[3] = s13;
}

#if defined(VACHAK_HAVE_X86_DOT)
// VNNI only pays from one full 16-element step on; shorter rows stay on the AVX2 loops.
int32_t dot_i16_i8(const int16_t* a, const int8_t* b, int n) {
  return n >= 16 && x86::has_avx512_vnni() ? x86::dot_vnni(a, b, n) : x86::dot_portable(a, b, n);
}
void dot4_i16_i8(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]) {
  if (n >= 16 && x86::has_avx512_vnni()) return x86::dot4_vnni(a, b, ldb, n, out);
  x86::dot4_portable(a, b, ldb, n, out);
}
void dot2x4_i16_i8(const int16_t* a0, const int16_t* a1, const int8_t* b, int64_t ldb, int n, int32_t out0[4],
                   int32_t out1[4]) {
  if (n >= 16 && x86::has_avx512_vnni()) return x86::dot2x4_vnni(a0, a1, b, ldb, n, out0, out1);
  x86::dot2x4_portable(a0, a1, b, ldb, n, out0, out1);
}
#endif
#endif  // __ARM_NEON

void dense_rows2_i8(const int16_t* v0, const int16_t* v1, const int8_t* w, int rows, int n, const int32_t* bias,
                    const Multiplier* muls, int32_t zero, int32_t lo, int32_t hi, int8_t* dst0, int8_t* dst1) {
  int r = 0;
  int32_t acc0[4], acc1[4];
  for (; r + 4 <= rows; r += 4) {
    dot2x4_i16_i8(v0, v1, w + static_cast<int64_t>(r) * n, n, n, acc0, acc1);
    for (int j = 0; j < 4; ++j) {
      const int32_t b = bias ? bias[r + j] : 0;
      dst0[r + j] = requantize_i8(b + acc0[j], muls[r + j], zero, lo, hi);
      dst1[r + j] = requantize_i8(b + acc1[j], muls[r + j], zero, lo, hi);
    }
  }
  for (; r < rows; ++r) {
    const int8_t* wr = w + static_cast<int64_t>(r) * n;
    const int32_t b = bias ? bias[r] : 0;
    dst0[r] = requantize_i8(b + dot_i16_i8(v0, wr, n), muls[r], zero, lo, hi);
    dst1[r] = requantize_i8(b + dot_i16_i8(v1, wr, n), muls[r], zero, lo, hi);
  }
}

void dense_rows_i8(const int16_t* v, const int8_t* w, int rows, int n, const int32_t* bias, const Multiplier* muls,
                   int32_t zero, int32_t lo, int32_t hi, int8_t* dst) {
  int r = 0;
  int32_t acc[4];
  for (; r + 4 <= rows; r += 4) {
    dot4_i16_i8(v, w + static_cast<int64_t>(r) * n, n, n, acc);
    for (int j = 0; j < 4; ++j) dst[r + j] = requantize_i8((bias ? bias[r + j] : 0) + acc[j], muls[r + j], zero, lo, hi);
  }
  for (; r < rows; ++r)
    dst[r] = requantize_i8((bias ? bias[r] : 0) + dot_i16_i8(v, w + static_cast<int64_t>(r) * n, n), muls[r], zero, lo, hi);
}

int64_t dot_i16_i8_wide(const int16_t* a, const int8_t* b, int n) {
  // 256 products of |a| <= 2^15 and |b| <= 2^7 stay below 2^30 in int32.
  int64_t sum = 0;
  for (int i = 0; i < n; i += 256) sum += dot_i16_i8(a + i, b + i, n - i < 256 ? n - i : 256);
  return sum;
}

}  // namespace vachak::rt
