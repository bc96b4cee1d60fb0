// The dot kernels (runtime/kernels/dot.h) on every path this CPU can run — the public
// functions (NEON on ARM; on x86-64 the run-time choice), and on x86-64 the portable
// loops and the AVX-512 VNNI variants directly — against a plain int64 sum, over lengths
// around every vector width (8, 16, 32) and the model shapes, with extreme values.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "runtime/kernels/dot.h"
#include "runtime/kernels/dot_x86.h"

namespace vachak::rt {
namespace {

struct Case {
  std::vector<int16_t> a0, a1;
  std::vector<int8_t> b;  // four rows of length n, stride ldb
  int n;
  int64_t ldb;
};

// Values span the full int16 and int8 ranges while n * |a| * |b| < 2^31 (the kernels'
// contract); short rows take the extremes -32768 and -128.
Case make_case(int n, std::mt19937& rng) {
  Case c{{}, {}, {}, n, n + 5};
  const int a_max = n <= 256 ? 32767 : static_cast<int>((1LL << 30) / (128LL * n));
  std::uniform_int_distribution<int> da(-a_max - 1, a_max), db(-128, 127);
  for (int i = 0; i < n; ++i) {
    c.a0.push_back(static_cast<int16_t>(da(rng)));
    c.a1.push_back(static_cast<int16_t>(da(rng)));
  }
  c.b.resize(static_cast<size_t>(4 * c.ldb));
  for (auto& v : c.b) v = static_cast<int8_t>(db(rng));
  if (n > 0 && n <= 256) c.a0[0] = -32768, c.b[0] = -128;
  return c;
}

int32_t plain(const int16_t* a, const int8_t* b, int n) {
  int64_t s = 0;
  for (int i = 0; i < n; ++i) s += static_cast<int64_t>(a[i]) * b[i];
  return static_cast<int32_t>(s);
}

using Dot = int32_t (*)(const int16_t*, const int8_t*, int);
using Dot4 = void (*)(const int16_t*, const int8_t*, int64_t, int, int32_t*);
using Dot2x4 = void (*)(const int16_t*, const int16_t*, const int8_t*, int64_t, int, int32_t*, int32_t*);

void check_path(const char* name, Dot dot, Dot4 dot4, Dot2x4 dot2x4) {
  std::mt19937 rng(7);
  for (int n : {0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 128, 144, 224, 255, 256, 257, 576, 1000}) {
    const Case c = make_case(n, rng);
    const int8_t* b = c.b.data();
    int32_t want0[4], want1[4];
    for (int r = 0; r < 4; ++r) {
      want0[r] = plain(c.a0.data(), b + r * c.ldb, n);
      want1[r] = plain(c.a1.data(), b + r * c.ldb, n);
    }
    EXPECT_EQ(dot(c.a0.data(), b, n), want0[0]) << name << " n=" << n;
    int32_t got0[4] = {-1, -1, -1, -1}, got1[4] = {-1, -1, -1, -1};
    dot4(c.a0.data(), b, c.ldb, n, got0);
    for (int r = 0; r < 4; ++r) EXPECT_EQ(got0[r], want0[r]) << name << " dot4 n=" << n << " row " << r;
    dot2x4(c.a0.data(), c.a1.data(), b, c.ldb, n, got0, got1);
    for (int r = 0; r < 4; ++r) {
      EXPECT_EQ(got0[r], want0[r]) << name << " dot2x4 n=" << n << " row " << r;
      EXPECT_EQ(got1[r], want1[r]) << name << " dot2x4 n=" << n << " row " << r;
    }
  }
}

TEST(DotPaths, TheChosenPathMatchesAPlainSum) { check_path("dot.h", dot_i16_i8, dot4_i16_i8, dot2x4_i16_i8); }

#if defined(VACHAK_HAVE_X86_DOT)
TEST(DotPaths, PortableLoopsMatchAPlainSum) {
  check_path("portable", x86::dot_portable, x86::dot4_portable, x86::dot2x4_portable);
}

TEST(DotPaths, Avx512VnniMatchesAPlainSum) {
  if (!x86::has_avx512_vnni()) GTEST_SKIP() << "this CPU has no AVX-512 VNNI";
  check_path("vnni", x86::dot_vnni, x86::dot4_vnni, x86::dot2x4_vnni);
}
#endif

}  // namespace
}  // namespace vachak::rt
