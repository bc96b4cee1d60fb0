// The C++ model-input builder against features.py's matrices for one sentence
// (tests/golden/tts_inputs.txt, made by models/train/tts/make_inputs_golden.py).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pipelines/tts/acoustic/phone_inputs.h"

namespace vachak::tts {
namespace {

struct Golden {
  std::vector<std::string> inventory, phones;
  std::vector<int> frames;
  std::map<std::string, std::pair<int, int>> shape;
  std::map<std::string, std::vector<std::tuple<int, int, float>>> nonzero;
};

Golden read_golden() {
  Golden g;
  std::ifstream f(std::string(VACHAK_SOURCE_DIR) + "/tests/golden/tts_inputs.txt");
  for (std::string line; std::getline(f, line);) {
    std::istringstream in(line);
    std::string key;
    in >> key;
    if (key == "inventory") for (std::string s; in >> s;) g.inventory.push_back(s);
    else if (key == "phones") for (std::string s; in >> s;) g.phones.push_back(s);
    else if (key == "frames") for (int v; in >> v;) g.frames.push_back(v);
    else if (key == "phone_shape" || key == "frame_shape") {
      int r, c;
      in >> r >> c;
      g.shape[key.substr(0, 5)] = {r, c};
    } else {
      int r, c;
      float v;
      in >> r >> c >> v;
      g.nonzero[key].emplace_back(r, c, v);
    }
  }
  return g;
}

void expect_matrix(const std::vector<float>& got, int cols, const std::vector<std::tuple<int, int, float>>& nz,
                   std::pair<int, int> shape) {
  ASSERT_EQ(cols, shape.second);
  ASSERT_EQ(got.size(), static_cast<size_t>(shape.first) * shape.second);
  std::vector<float> want(got.size(), 0.0f);
  for (auto [r, c, v] : nz) want[static_cast<size_t>(r) * cols + c] = v;
  for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], want[i]) << "row " << i / cols << " col " << i % cols;
}

TEST(PhoneInputs, MatchTrainingFeaturesExactly) {
  Golden g = read_golden();
  ASSERT_FALSE(g.inventory.empty());
  auto set = PhoneSet::create(g.inventory);
  ASSERT_TRUE(set.is_ok());
  std::vector<int> base;
  std::vector<bool> nasal;
  ASSERT_TRUE(set.value().encode(g.phones, base, nasal).is_ok());
  std::vector<float> x;
  set.value().phone_features(base, nasal, x);
  expect_matrix(x, set.value().phone_inputs(), g.nonzero["phone"], g.shape["phone"]);
  set.value().frame_features(base, nasal, g.frames, x);
  expect_matrix(x, set.value().frame_inputs(), g.nonzero["frame"], g.shape["frame"]);
}

TEST(PhoneInputs, RefusesUnknownPhonesAndIncompleteInventories) {
  EXPECT_FALSE(PhoneSet::create({"a", "b"}).is_ok());
  auto set = PhoneSet::create({"#", "pau", "k", "ə"});
  ASSERT_TRUE(set.is_ok());
  std::vector<int> base;
  std::vector<bool> nasal;
  EXPECT_FALSE(set.value().encode({"k", "θ"}, base, nasal).is_ok());
  ASSERT_TRUE(set.value().encode({"k", "ə̃"}, base, nasal).is_ok());
  EXPECT_EQ(base, (std::vector<int>{2, 3}));
  EXPECT_EQ(nasal, (std::vector<bool>{false, true}));
}

}  // namespace
}  // namespace vachak::tts
