// The C++ planner against the Python planner's answers (tests/golden/planner_cases.txt,
// written by make_golden.py), and the plan check's refusals.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "runtime/core/arena_planner.h"

namespace vachak {
namespace {

TEST(Planner, AgreesWithThePythonPlanner) {
  std::ifstream in(std::string(VACHAK_SOURCE_DIR) + "/tests/golden/planner_cases.txt");
  ASSERT_TRUE(in.good());
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    int n = 0;
    ls >> n;
    std::vector<rt::PlanItem> items(static_cast<size_t>(n));
    for (auto& it : items) {
      char c1, c2;
      ls >> it.size >> c1 >> it.first >> c2 >> it.last;
    }
    std::string bar;
    uint64_t expected_size = 0;
    ls >> bar >> expected_size;
    std::vector<uint64_t> expected(static_cast<size_t>(n));
    for (auto& o : expected) ls >> o;
    const uint64_t size = rt::plan_arena(items);
    EXPECT_EQ(size, expected_size) << line;
    for (int i = 0; i < n; ++i) EXPECT_EQ(items[static_cast<size_t>(i)].offset, expected[static_cast<size_t>(i)]) << line;
    std::vector<std::string> names(static_cast<size_t>(n), "t");
    EXPECT_TRUE(rt::check_arena_plan(items, names, size).is_ok());
    ++cases;
  }
  EXPECT_GE(cases, 5);
}

TEST(Planner, ReusesMemoryOfDeadTensors) {
  // A chain a -> b -> c -> d: each tensor dies after the next is made, so two slots do.
  std::vector<rt::PlanItem> items = {{1000, 0, 0, 0}, {1000, 0, 1, 0}, {1000, 1, 2, 0}, {1000, 2, 2, 0}};
  EXPECT_EQ(rt::plan_arena(items), 2u * 1024u);
}

TEST(Planner, CheckRefusesUnalignedAndOutOfRange) {
  std::vector<rt::PlanItem> items = {{100, 0, 1, 32}};
  EXPECT_NE(rt::check_arena_plan(items, {"x"}, 1024).message().find("not a multiple of 64"), std::string::npos);
  items[0].offset = 1024;
  EXPECT_NE(rt::check_arena_plan(items, {"x"}, 1024).message().find("exceeds arena_size"), std::string::npos);
}

}  // namespace
}  // namespace vachak
