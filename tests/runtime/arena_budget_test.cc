// Arena-size regression per shipped model (TFLite Micro's pattern: pin the bytes, allow
// 3%): a change that grows a model's working memory must update the pin on purpose.
#include <gtest/gtest.h>

#include <dirent.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "runtime/core/interpreter.h"
#include "runtime/core/op_resolver.h"

namespace vachak {
namespace {

std::map<std::string, uint64_t> read_pins() {
  std::ifstream in(std::string(VACHAK_SOURCE_DIR) + "/models/arena-budgets.txt");
  std::map<std::string, uint64_t> pins;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string path;
    uint64_t bytes = 0;
    if (ls >> path >> bytes) pins[path] = bytes;
  }
  return pins;
}

std::vector<std::string> shipped_models() {
  std::vector<std::string> out;
  const std::string root = std::string(VACHAK_SOURCE_DIR) + "/models";
  DIR* d = opendir(root.c_str());
  if (d == nullptr) return out;
  while (dirent* e = readdir(d)) {
    const std::string sub = e->d_name;
    if (sub == "." || sub == ".." || sub == "train" || sub == "schema") continue;
    if (DIR* s = opendir((root + "/" + sub).c_str())) {
      while (dirent* f = readdir(s)) {
        const std::string n = f->d_name;
        if (n.size() > 5 && n.substr(n.size() - 5) == ".vmdl") out.push_back("models/" + sub + "/" + n);
      }
      closedir(s);
    }
  }
  closedir(d);
  return out;
}

TEST(ArenaBudget, EveryShippedModelIsPinnedAndWithinThreePercent) {
  const auto pins = read_pins();
  for (const std::string& rel : shipped_models()) {
    SCOPED_TRACE(rel);
    auto it = pins.find(rel);
    ASSERT_NE(it, pins.end()) << rel << " has no pinned arena size in models/arena-budgets.txt";
    auto model = rt::ModelFile::open(std::string(VACHAK_SOURCE_DIR) + "/" + rel);
    ASSERT_TRUE(model.is_ok()) << model.status().message();
    auto interp = rt::Interpreter::create(std::move(model).value(), rt::builtin_op_resolver(), std::make_shared<rt::Arena>());
    ASSERT_TRUE(interp.is_ok()) << interp.status().message();
    const double actual = static_cast<double>(interp.value()->arena_bytes_needed());
    const double pinned = static_cast<double>(it->second);
    EXPECT_LE(std::fabs(actual - pinned), 0.03 * pinned)
        << rel << ": arena " << actual << " B, pinned " << pinned << " B\n" << interp.value()->memory_plan();
  }
  for (const auto& [path, bytes] : pins) {
    std::ifstream f(std::string(VACHAK_SOURCE_DIR) + "/" + path);
    EXPECT_TRUE(f.good()) << "models/arena-budgets.txt pins " << path << ", which does not exist";
  }
}

}  // namespace
}  // namespace vachak
