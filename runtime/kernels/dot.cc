#include "runtime/kernels/dot.h"

namespace vachak::rt {

// Not under ThreadSanitizer: the clones' resolver runs while the dynamic loader relocates,
// before TSan's runtime exists, and its instrumented code crashes there.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_THREAD__)
#define VACHAK_MULTIVERSION __attribute__((target_clones("avx2", "default")))
#else
#define VACHAK_MULTIVERSION
#endif

VACHAK_MULTIVERSION
int32_t dot_i16_i8(const int16_t* __restrict a, const int8_t* __restrict b, int n) {
  int32_t sum = 0;
  for (int i = 0; i < n; ++i) sum += static_cast<int32_t>(a[i]) * static_cast<int32_t>(b[i]);
  return sum;
}

VACHAK_MULTIVERSION
void dot4_i16_i8(const int16_t* __restrict a, const int8_t* __restrict b, int64_t ldb, int n, int32_t out[4]) {
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
void dot2x4_i16_i8(const int16_t* __restrict a0, const int16_t* __restrict a1, const int8_t* __restrict b, int64_t ldb,
                   int n, int32_t out0[4], int32_t out1[4]) {
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
