// The x86-64 variants of the dot kernels (dot.h), visible for their tests: the portable
// loops (compiled for baseline x86-64 and AVX2 by function multiversioning) and the
// AVX-512 VNNI ones (256-bit vpdpwssd: 16 int16 products summed pairwise into 8 int32 lanes
// per instruction), which dot.h's functions call when the CPU has AVX-512 BW/VL + VNNI.
#pragma once

#include <cstdint>

#if defined(__x86_64__) && defined(__GNUC__)
#define VACHAK_HAVE_X86_DOT 1

namespace vachak::rt::x86 {

// True when this CPU runs the VNNI variants (checked once).
bool has_avx512_vnni();

int32_t dot_portable(const int16_t* a, const int8_t* b, int n);
void dot4_portable(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]);
void dot2x4_portable(const int16_t* a0, const int16_t* a1, const int8_t* b, int64_t ldb, int n, int32_t out0[4],
                     int32_t out1[4]);

// Only on a CPU where has_avx512_vnni() is true.
int32_t dot_vnni(const int16_t* a, const int8_t* b, int n);
void dot4_vnni(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]);
void dot2x4_vnni(const int16_t* a0, const int16_t* a1, const int8_t* b, int64_t ldb, int n, int32_t out0[4],
                 int32_t out1[4]);

}  // namespace vachak::rt::x86
#endif
