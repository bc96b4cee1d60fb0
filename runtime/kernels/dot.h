// The inner products every matrix kernel spends its time in. Compiled for AVX2 and for
// baseline x86-64 (GCC function multiversioning picks at load time); other targets get
// the portable loop. Exact integer arithmetic: the caller guarantees no int32 overflow
// for dot_i16_i8 (|a|·|b|·n < 2^31); dot_i16_i8_wide chunks to stay exact for any n.
#pragma once

#include <cstdint>

namespace vachak::rt {

int32_t dot_i16_i8(const int16_t* a, const int8_t* b, int n);
int64_t dot_i16_i8_wide(const int16_t* a, const int8_t* b, int n);
// Four rows of b (stride `ldb`) against one a: loads a once for four products.
void dot4_i16_i8(const int16_t* a, const int8_t* b, int64_t ldb, int n, int32_t out[4]);

}  // namespace vachak::rt
