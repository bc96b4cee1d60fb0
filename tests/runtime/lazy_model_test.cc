#include <gtest/gtest.h>

#include "runtime/core/lazy_model.h"
#include "runtime/core/op_resolver.h"

namespace vachak {
namespace {

TEST(LazyModel, MapsOnFirstUseAndUnmapsOnTrim) {
  const std::string path = std::string(VACHAK_SOURCE_DIR) + "/tests/golden/crnn_tiny.vmdl";
  auto arena = std::make_shared<rt::Arena>();
  rt::LazyModel m(path, rt::builtin_op_resolver(), arena);
  EXPECT_FALSE(m.loaded());
  EXPECT_EQ(m.mapped_bytes(), 0u);
  EXPECT_EQ(arena->size(), 0u);  // nothing reserved before first use
  auto first = m.get();
  ASSERT_TRUE(first.is_ok()) << first.status().message();
  EXPECT_TRUE(m.loaded());
  EXPECT_GT(m.mapped_bytes(), 10000u);
  EXPECT_EQ(m.get().value(), first.value());  // the same interpreter, not a reload
  m.trim();
  EXPECT_FALSE(m.loaded());
  EXPECT_EQ(m.mapped_bytes(), 0u);
  ASSERT_TRUE(m.get().is_ok());
  EXPECT_TRUE(m.get().value()->invoke().is_ok());
}

TEST(LazyModel, MissingFileFailsOnUseNotOnConstruction) {
  rt::LazyModel m("/nonexistent/model.vmdl", rt::builtin_op_resolver(), std::make_shared<rt::Arena>());
  auto r = m.get();
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(m.loaded());
}

}  // namespace
}  // namespace vachak
