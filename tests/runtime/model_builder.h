// Builds .vmdl bytes in C++ for loader tests that need models the Python exporter would
// never write (broken ones) or sizes it should not ship (multi-megabyte weights).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "vachak_model.pb.h"

namespace vachak::testing {

class ModelBuilder {
 public:
  // A constant tensor whose bytes go to the weight section.
  int add_weight(const std::string& name, schema::DataType type, std::vector<int32_t> shape,
                 const std::vector<uint8_t>& bytes);
  // An arena tensor (offsets are planned in build()).
  int add_arena(const std::string& name, schema::DataType type, std::vector<int32_t> shape, float scale = 0.0f,
                int32_t zero_point = 0);
  schema::Node& add_node(const std::string& name, const std::string& op, std::vector<int32_t> inputs,
                         std::vector<int32_t> outputs);
  void set_io(std::vector<int32_t> inputs, std::vector<int32_t> outputs);
  schema::Model& proto() { return model_; }

  // Plans the arena with the runtime's planner and serializes prefix + header + weights.
  std::vector<uint8_t> build();

 private:
  schema::Model model_;
  std::vector<uint8_t> weights_;
};

// Recomputes the header CRC in place (fuzz tests mutate headers past the checksum).
void fix_header_crc(std::vector<uint8_t>& file);

// A crafted copy of a valid model file: its header parsed, changed by `edit`, serialized
// again with the weights moved to the next 64-byte boundary and a valid checksum -- what
// an attacker who knows the format writes. Empty when `file` does not parse.
std::vector<uint8_t> rewrite_header(const std::vector<uint8_t>& file, const std::function<void(schema::Model&)>& edit);

}  // namespace vachak::testing
