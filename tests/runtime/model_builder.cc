#include "tests/runtime/model_builder.h"

#include <cstring>

#include "runtime/core/arena_planner.h"
#include "runtime/core/crc32.h"
#include "runtime/core/model_file.h"

namespace vachak::testing {
namespace {

void put_u32(uint8_t* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}
void put_u64(uint8_t* p, uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}
uint32_t get_u32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

}  // namespace

int ModelBuilder::add_weight(const std::string& name, schema::DataType type, std::vector<int32_t> shape,
                             const std::vector<uint8_t>& bytes) {
  schema::Tensor* t = model_.add_tensors();
  t->set_name(name);
  t->set_type(type);
  for (int32_t d : shape) t->add_shape(d);
  weights_.resize(rt::align_up(weights_.size(), 64), 0);
  t->mutable_weight()->set_offset(weights_.size());
  t->mutable_weight()->set_length(bytes.size());
  weights_.insert(weights_.end(), bytes.begin(), bytes.end());
  return model_.tensors_size() - 1;
}

int ModelBuilder::add_arena(const std::string& name, schema::DataType type, std::vector<int32_t> shape, float scale,
                            int32_t zero_point) {
  schema::Tensor* t = model_.add_tensors();
  t->set_name(name);
  t->set_type(type);
  for (int32_t d : shape) t->add_shape(d);
  if (scale > 0.0f) {
    t->mutable_quant()->add_scale(scale);
    t->mutable_quant()->add_zero_point(zero_point);
  }
  t->mutable_arena();
  return model_.tensors_size() - 1;
}

schema::Node& ModelBuilder::add_node(const std::string& name, const std::string& op, std::vector<int32_t> inputs,
                                     std::vector<int32_t> outputs) {
  schema::Node* n = model_.add_nodes();
  n->set_name(name);
  n->set_op(op);
  n->set_version(1);
  for (int32_t i : inputs) n->add_inputs(i);
  for (int32_t o : outputs) n->add_outputs(o);
  return *n;
}

void ModelBuilder::set_io(std::vector<int32_t> inputs, std::vector<int32_t> outputs) {
  model_.clear_inputs();
  model_.clear_outputs();
  for (int32_t i : inputs) model_.add_inputs(i);
  for (int32_t o : outputs) model_.add_outputs(o);
}

std::vector<uint8_t> ModelBuilder::build() {
  model_.set_format_version(rt::kFormatVersion);
  // Lifetimes as the loader derives them, then the shared planner.
  const int num_nodes = model_.nodes_size();
  std::vector<int> ids;
  std::vector<rt::PlanItem> items;
  for (int i = 0; i < model_.tensors_size(); ++i) {
    const schema::Tensor& t = model_.tensors(i);
    if (!t.has_arena()) continue;
    int64_t elements = 1;
    for (int32_t d : t.shape()) elements *= d;
    rt::PlanItem it;
    it.size = static_cast<uint64_t>(elements) * rt::dtype_size(rt::dtype_from_schema(t.type()));
    it.first = num_nodes;
    it.last = -1;
    for (int32_t in : model_.inputs())
      if (in == i) it.first = 0;
    for (int32_t out : model_.outputs())
      if (out == i) it.last = num_nodes - 1;
    for (int n = 0; n < num_nodes; ++n) {
      for (int32_t o : model_.nodes(n).outputs())
        if (o == i) it.first = std::min(it.first, n), it.last = std::max(it.last, n);
      for (int32_t in : model_.nodes(n).inputs())
        if (in == i) it.last = std::max(it.last, n);
    }
    if (it.last < it.first) it.last = it.first;
    ids.push_back(i);
    items.push_back(it);
  }
  model_.set_arena_size(rt::plan_arena(items));
  for (size_t k = 0; k < ids.size(); ++k) {
    schema::ArenaRef* a = model_.mutable_tensors(ids[k])->mutable_arena();
    a->set_offset(items[k].offset);
    a->set_size(items[k].size);
  }

  const std::string header = model_.SerializeAsString();
  const uint64_t weights_offset = rt::align_up(rt::kPrefixSize + header.size(), 64);
  std::vector<uint8_t> file(weights_offset + weights_.size(), 0);
  std::memcpy(file.data(), rt::kModelMagic, 8);
  put_u32(&file[8], rt::kFormatVersion);
  put_u32(&file[12], static_cast<uint32_t>(header.size()));
  put_u64(&file[24], weights_offset);
  put_u64(&file[32], weights_.size());
  std::memcpy(&file[rt::kPrefixSize], header.data(), header.size());
  if (!weights_.empty()) std::memcpy(&file[weights_offset], weights_.data(), weights_.size());
  fix_header_crc(file);
  return file;
}

std::vector<uint8_t> rewrite_header(const std::vector<uint8_t>& file, const std::function<void(schema::Model&)>& edit) {
  if (file.size() < rt::kPrefixSize) return {};
  const uint64_t header_size = get_u32(&file[12]);
  uint64_t weights_offset = 0, weights_size = 0;
  for (int i = 7; i >= 0; --i) {
    weights_offset = weights_offset << 8 | file[24 + i];
    weights_size = weights_size << 8 | file[32 + i];
  }
  if (header_size > file.size() - rt::kPrefixSize || weights_offset > file.size() ||
      weights_size != file.size() - weights_offset)
    return {};
  schema::Model m;
  if (!m.ParseFromArray(&file[rt::kPrefixSize], static_cast<int>(header_size))) return {};
  edit(m);
  const std::string header = m.SerializeAsString();
  const uint64_t new_offset = rt::align_up(rt::kPrefixSize + header.size(), 64);
  std::vector<uint8_t> out(new_offset + weights_size, 0);
  std::memcpy(out.data(), file.data(), rt::kPrefixSize);
  put_u32(&out[12], static_cast<uint32_t>(header.size()));
  put_u64(&out[24], new_offset);
  std::memcpy(&out[rt::kPrefixSize], header.data(), header.size());
  if (weights_size > 0) std::memcpy(&out[new_offset], &file[weights_offset], weights_size);
  fix_header_crc(out);
  return out;
}

void fix_header_crc(std::vector<uint8_t>& file) {
  if (file.size() < rt::kPrefixSize) return;
  const uint64_t header_size = get_u32(&file[12]);
  if (header_size > file.size() - rt::kPrefixSize) return;
  put_u32(&file[16], rt::crc32(&file[rt::kPrefixSize], header_size));
}

}  // namespace vachak::testing
