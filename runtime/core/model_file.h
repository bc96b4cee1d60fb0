// A loaded model file: the mapped bytes, the parsed header and the structural checks of
// docs/MODEL-FORMAT.md (everything except which kernels this build has, which the
// interpreter checks against its OpResolver). Weights stay in the mapping: nothing here
// copies a weight byte.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/core/arena_planner.h"
#include "runtime/core/mapped_file.h"
#include "runtime/core/status.h"
#include "runtime/core/tensor.h"
#include "limits/limits.h"
#include "vachak_model.pb.h"

namespace vachak::rt {

constexpr char kModelMagic[8] = {'V', 'A', 'C', 'H', 'A', 'K', 'M', 'D'};
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kPrefixSize = 40;
using limits::kMaxTensorElements;

DType dtype_from_schema(int schema_type);

class ModelFile {
 public:
  // Maps `path` and validates it. The error names the file and the rule broken.
  static Result<std::unique_ptr<ModelFile>> open(const std::string& path);
  // Validates bytes already in memory; `name` labels messages.
  static Result<std::unique_ptr<ModelFile>> from_mapping(const std::string& name, MappedFile bytes);

  const std::string& name() const { return name_; }
  const schema::Model& proto() const { return *proto_; }
  const uint8_t* weights() const { return bytes_.data() + weights_offset_; }
  uint64_t weights_size() const { return weights_size_; }
  size_t file_size() const { return bytes_.size(); }
  bool is_mapped() const { return bytes_.is_mapped(); }

  // Lifetimes of arena tensors (index = tensor index; size 0 for constants).
  const std::vector<PlanItem>& plan() const { return plan_; }
  // "op v<version> <variant>" of each node, e.g. "conv2d v1 i8".
  std::string node_kernel_label(int node) const;
  DType node_variant(int node) const;
  // "node 3 'conv1'" for messages.
  std::string node_label(int node) const;
  // The value of a metadata entry, or nullptr when the model has none under `key`.
  const std::string* metadata(const std::string& key) const;

 private:
  ModelFile() = default;
  Status validate_prefix();
  Status validate_tensors();
  Status validate_nodes();

  std::string name_;
  MappedFile bytes_;
  std::unique_ptr<schema::Model> proto_;
  uint64_t weights_offset_ = 0;
  uint64_t weights_size_ = 0;
  std::vector<PlanItem> plan_;
};

}  // namespace vachak::rt
