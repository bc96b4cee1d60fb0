// AVX-512 VNNI dot kernels (dot_x86.h), on 256-bit registers (AVX512VL): per 16 elements,
// int8 weights sign-extended to int16, then vpdpwssd adds the 16 products pairwise into 8
// int32 lanes — exact, as the portable loops (no saturation: the caller guarantees int32
// headroom). The last partial step uses masked loads (no scalar tail), and four
// accumulators are reduced together by a horizontal-add tree.
#include "runtime/kernels/dot_x86.h"

#if defined(VACHAK_HAVE_X86_DOT)
#include <immintrin.h>

#define VACHAK_VNNI __attribute__((target("avx2,avx512f,avx512bw,avx512vl,avx512vnni")))

namespace vachak::rt::x86 {

namespace {

bool detect_avx512_vnni() {
#if defined(__SANITIZE_THREAD__)
  return false;  // one path under TSan, as dot.cc's clones
#else
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni");
#endif
}

// Set while the library loads, before any thread of the caller's can run a kernel (a
// function-local static would be initialized on first use, which helgrind reports as a
// race between OCR's worker threads). A kernel run by another static initializer before
// this one sees false: the portable loops, the same sums.
const bool kHasAvx512Vnni = detect_avx512_vnni();

}  // namespace

bool has_avx512_vnni() { return kHasAvx512Vnni; }

namespace {

// Elements [i, i + 16) of a and of b, or the first `left` of them (masked: the rest read as
// zero and never touch memory).
VACHAK_VNNI inline __m256i load_a(const int16_t* a, __mmask16 m) { return _mm256_maskz_loadu_epi16(m, a); }
VACHAK_VNNI inline __m256i load_b(const int8_t* b, __mmask16 m) {
  return _mm256_cvtepi8_epi16(_mm_maskz_loadu_epi8(m, b));
}
inline __mmask16 mask_for(int left) { return left >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << left) - 1); }

VACHAK_VNNI inline int32_t sum8(__m256i v) {
  __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4E));
  s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xB1));
  return _mm_cvtsi128_si32(s);
}
// out[r] = the sum of the lanes of s[r], r = 0..3.
VACHAK_VNNI inline void sum8x4(__m256i s0, __m256i s1, __m256i s2, __m256i s3, int32_t out[4]) {
  const __m256i h = _mm256_hadd_epi32(_mm256_hadd_epi32(s0, s1), _mm256_hadd_epi32(s2, s3));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out),
                   _mm_add_epi32(_mm256_castsi256_si128(h), _mm256_extracti128_si256(h, 1)));
}

}  // namespace

VACHAK_VNNI int32_t dot_vnni(const int16_t* a, const int8_t* b, int n) {
  __m256i acc = _mm256_setzero_si256();
  for (int i = 0; i < n; i += 16) {
    const __mmask16 m = mask_for(n - i);
    acc = _mm256_dpwssd_epi32(acc, load_a(a + i, m), load_b(b + i, m));
  }
  return sum8(acc);
}

VACHAK_VNNI void dot4_vnni(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]) {
  __m256i s0 = _mm256_setzero_si256(), s1 = s0, s2 = s0, s3 = s0;
  for (int i = 0; i < n; i += 16) {
    const __mmask16 m = mask_for(n - i);
    const __m256i x = load_a(a + i, m);
    s0 = _mm256_dpwssd_epi32(s0, x, load_b(b + i, m));
    s1 = _mm256_dpwssd_epi32(s1, x, load_b(b + ldb + i, m));
    s2 = _mm256_dpwssd_epi32(s2, x, load_b(b + 2 * ldb + i, m));
    s3 = _mm256_dpwssd_epi32(s3, x, load_b(b + 3 * ldb + i, m));
  }
  sum8x4(s0, s1, s2, s3, out);
}

VACHAK_VNNI void dot2x4_vnni(const int16_t* a0, const int16_t* a1, const int8_t* b, int64_t ldb, int n,
                             int32_t out0[4], int32_t out1[4]) {
  __m256i x0 = _mm256_setzero_si256(), x1 = x0, x2 = x0, x3 = x0, y0 = x0, y1 = x0, y2 = x0, y3 = x0;
  for (int i = 0; i < n; i += 16) {
    const __mmask16 m = mask_for(n - i);
    const __m256i x = load_a(a0 + i, m), y = load_a(a1 + i, m);
    __m256i w = load_b(b + i, m);
    x0 = _mm256_dpwssd_epi32(x0, x, w);
    y0 = _mm256_dpwssd_epi32(y0, y, w);
    w = load_b(b + ldb + i, m);
    x1 = _mm256_dpwssd_epi32(x1, x, w);
    y1 = _mm256_dpwssd_epi32(y1, y, w);
    w = load_b(b + 2 * ldb + i, m);
    x2 = _mm256_dpwssd_epi32(x2, x, w);
    y2 = _mm256_dpwssd_epi32(y2, y, w);
    w = load_b(b + 3 * ldb + i, m);
    x3 = _mm256_dpwssd_epi32(x3, x, w);
    y3 = _mm256_dpwssd_epi32(y3, y, w);
  }
  sum8x4(x0, x1, x2, x3, out0);
  sum8x4(y0, y1, y2, y3, out1);
}

}  // namespace vachak::rt::x86
#endif
