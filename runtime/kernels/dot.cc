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

int64_t dot_i16_i8_wide(const int16_t* a, const int8_t* b, int n) {
  // 256 products of |a| <= 2^15 and |b| <= 2^7 stay below 2^30 in int32.
  int64_t sum = 0;
  for (int i = 0; i < n; i += 256) sum += dot_i16_i8(a + i, b + i, n - i < 256 ? n - i : 256);
  return sum;
}

}  // namespace vachak::rt
