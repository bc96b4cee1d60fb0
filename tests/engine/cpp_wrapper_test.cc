// The C++ wrapper: RAII, handlers, errors as exceptions carrying the C status.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "vachak/vachak.hpp"

namespace {

const std::string kModels = std::string(VACHAK_SOURCE_DIR) + "/models";

TEST(CppWrapper, ReadsSpeaksAndThrowsWithTheStatus) {
  std::ifstream f(std::string(VACHAK_SOURCE_DIR) + "/tests/ocr/regression/line0000.png", std::ios::binary);
  std::vector<uint8_t> png((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  vachak::Engine engine(kModels);
  EXPECT_FALSE(engine.ocr(png).empty());

  size_t samples = 0;
  EXPECT_TRUE(engine.speak("नमस्ते", [&](const int16_t*, size_t n, int rate) {
    samples += n;
    return rate == 16000;
  }));
  EXPECT_GT(samples, 4000u);
  EXPECT_FALSE(engine.speak("नमस्ते, फिर मिलेंगे", [](const int16_t*, size_t, int) { return false; }));
  // A handler that throws stops the speech instead of unwinding through C.
  EXPECT_FALSE(engine.speak("नमस्ते", [](const int16_t*, size_t, int) -> bool { throw std::runtime_error("x"); }));

  try {
    engine.ocr({1, 2, 3});
    FAIL() << "junk accepted";
  } catch (const vachak::Error& e) {
    EXPECT_EQ(e.status(), VACHAK_ERR_UNSUPPORTED);
    EXPECT_NE(std::string(e.what()), "");
  }
  EXPECT_THROW(vachak::Engine("/nonexistent"), vachak::Error);
  engine.trim();
  EXPECT_EQ(engine.stats().mapped_model_bytes, 0u);
}

}  // namespace
