#include "runtime/kernels/dot.h"

namespace vachak::rt {

#if defined(__x86_64__) && defined(__GNUC__)
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
