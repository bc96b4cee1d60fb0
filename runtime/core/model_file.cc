#include "runtime/core/model_file.h"

#include <cmath>
#include <cstring>

#include "runtime/core/crc32.h"

namespace vachak::rt {
namespace {

uint32_t read_u32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}
uint64_t read_u64(const uint8_t* p) { return uint64_t{read_u32(p)} | uint64_t{read_u32(p + 4)} << 32; }

std::string tensor_label(int i, const schema::Tensor& t) {
  return "tensor " + std::to_string(i) + " '" + t.name() + "'";
}

}  // namespace

DType dtype_from_schema(int schema_type) {
  switch (schema_type) {
    case schema::DT_FLOAT32: return DType::kFloat32;
    case schema::DT_INT8: return DType::kInt8;
    case schema::DT_INT16: return DType::kInt16;
    case schema::DT_INT32: return DType::kInt32;
    default: return DType::kInvalid;
  }
}

Result<std::unique_ptr<ModelFile>> ModelFile::open(const std::string& path) {
  Result<MappedFile> bytes = MappedFile::map(path);
  if (!bytes.is_ok()) return bytes.status();
  return from_mapping(path, std::move(bytes).value());
}

Result<std::unique_ptr<ModelFile>> ModelFile::from_mapping(const std::string& name, MappedFile bytes) {
  std::unique_ptr<ModelFile> m(new ModelFile());
  m->name_ = name;
  m->bytes_ = std::move(bytes);
  const std::string prefix = name + ": ";
  VACHAK_RETURN_IF_ERROR(m->validate_prefix().with_context(prefix));
  VACHAK_RETURN_IF_ERROR(m->validate_tensors().with_context(prefix));
  VACHAK_RETURN_IF_ERROR(m->validate_nodes().with_context(prefix));
  return m;
}

Status ModelFile::validate_prefix() {
  const uint8_t* p = bytes_.data();
  const uint64_t size = bytes_.size();
  if (size < kPrefixSize)
    return corrupt("file is " + std::to_string(size) + " bytes, shorter than the 40-byte prefix");
  if (std::memcmp(p, kModelMagic, 8) != 0) return corrupt("bad magic: not a Vachak model file");
  const uint32_t version = read_u32(p + 8);
  if (version != kFormatVersion)
    return unsupported("format version " + std::to_string(version) + " is not supported (this build reads " +
                       std::to_string(kFormatVersion) + ")");
  const uint64_t header_size = read_u32(p + 12);
  const uint32_t header_crc = read_u32(p + 16);
  if (read_u32(p + 20) != 0) return corrupt("reserved prefix field is not zero");
  weights_offset_ = read_u64(p + 24);
  weights_size_ = read_u64(p + 32);
  if (header_size > size - kPrefixSize)
    return corrupt("header size " + std::to_string(header_size) + " runs past the end of the file (" +
                   std::to_string(size) + " bytes): truncated?");
  if (weights_offset_ % 64 != 0)
    return corrupt("weights offset " + std::to_string(weights_offset_) + " is not a multiple of 64");
  if (weights_offset_ < kPrefixSize + header_size)
    return corrupt("weights offset " + std::to_string(weights_offset_) + " overlaps the header");
  if (weights_offset_ > size || weights_size_ != size - weights_offset_)
    return corrupt("file size " + std::to_string(size) + " != weights offset " + std::to_string(weights_offset_) +
                   " + weights size " + std::to_string(weights_size_) + ": truncated or trailing bytes");
  if (crc32(p + kPrefixSize, header_size) != header_crc) return corrupt("header checksum mismatch: file damaged");
  proto_ = std::make_unique<schema::Model>();
  if (!proto_->ParseFromArray(p + kPrefixSize, static_cast<int>(header_size)))
    return corrupt("header does not parse as vachak.schema.Model");
  if (proto_->format_version() != version)
    return corrupt("header format_version " + std::to_string(proto_->format_version()) +
                   " disagrees with the prefix's " + std::to_string(version));
  return Status::ok();
}

Status ModelFile::validate_tensors() {
  const schema::Model& m = *proto_;
  plan_.assign(static_cast<size_t>(m.tensors_size()), PlanItem{});
  for (int i = 0; i < m.tensors_size(); ++i) {
    const schema::Tensor& t = m.tensors(i);
    const std::string label = tensor_label(i, t);
    const DType type = dtype_from_schema(t.type());
    if (type == DType::kInvalid) return corrupt(label + ": unknown type " + std::to_string(t.type()));
    if (t.shape_size() > kMaxRank)
      return corrupt(label + ": rank " + std::to_string(t.shape_size()) + " exceeds " + std::to_string(kMaxRank));
    int64_t elements = 1;
    for (int d = 0; d < t.shape_size(); ++d) {
      if (t.shape(d) < 1) return corrupt(label + ": dim " + std::to_string(d) + " is " + std::to_string(t.shape(d)) + " (must be >= 1)");
      elements *= t.shape(d);
      if (elements > kMaxTensorElements) return corrupt(label + ": more than 2^31 elements");
    }
    const uint64_t bytes = static_cast<uint64_t>(elements) * dtype_size(type);

    const schema::Quantization& q = t.quant();
    if (q.scale_size() != q.zero_point_size())
      return corrupt(label + ": " + std::to_string(q.scale_size()) + " scales but " +
                     std::to_string(q.zero_point_size()) + " zero points");
    if (q.scale_size() > 1) {
      if (q.axis() < 0 || q.axis() >= t.shape_size())
        return corrupt(label + ": quantization axis " + std::to_string(q.axis()) + " out of range");
      if (q.scale_size() != t.shape(q.axis()))
        return corrupt(label + ": " + std::to_string(q.scale_size()) + " per-channel scales for " +
                       std::to_string(t.shape(q.axis())) + " channels");
    }
    for (int k = 0; k < q.scale_size(); ++k) {
      const float s = q.scale(k);
      if (!(s > 0.0f) || !std::isfinite(s)) return corrupt(label + ": scale " + std::to_string(s) + " is not finite and > 0");
      const int32_t z = q.zero_point(k);
      if (type == DType::kInt8 && (z < -128 || z > 127))
        return corrupt(label + ": int8 zero point " + std::to_string(z) + " outside [-128, 127]");
      if ((type == DType::kInt16 || type == DType::kInt32) && z != 0)
        return corrupt(label + ": " + dtype_name(type) + " zero point " + std::to_string(z) + " must be 0");
    }

    if (t.has_weight()) {
      const uint64_t off = t.weight().offset(), len = t.weight().length();
      if (off % 64 != 0) return corrupt(label + ": weight offset " + std::to_string(off) + " is not a multiple of 64");
      if (len != bytes)
        return corrupt(label + ": weight length " + std::to_string(len) + " != " + std::to_string(bytes) +
                       " bytes of its shape and type");
      if (off > weights_size_ || len > weights_size_ - off)
        return corrupt(label + ": weight range [" + std::to_string(off) + ", +" + std::to_string(len) +
                       ") outside the weight section of " + std::to_string(weights_size_) + " bytes");
    } else if (t.has_arena()) {
      if (t.arena().size() < bytes)
        return corrupt(label + ": arena size " + std::to_string(t.arena().size()) + " < " + std::to_string(bytes) +
                       " bytes of its shape and type");
      plan_[static_cast<size_t>(i)].size = t.arena().size();
      plan_[static_cast<size_t>(i)].offset = t.arena().offset();
      plan_[static_cast<size_t>(i)].first = -1;  // set from the nodes below
    } else {
      return corrupt(label + ": neither a weight nor an arena tensor");
    }
  }
  return Status::ok();
}

Status ModelFile::validate_nodes() {
  const schema::Model& m = *proto_;
  const int num_tensors = m.tensors_size();
  const int num_nodes = m.nodes_size();
  if (num_nodes == 0) return corrupt("model has no nodes");
  std::vector<int> writer(static_cast<size_t>(num_tensors), -2);  // -2 none, -1 graph input, else node
  auto check_index = [&](int idx, const std::string& where) -> Status {
    if (idx < 0 || idx >= num_tensors)
      return corrupt(where + ": tensor index " + std::to_string(idx) + " out of range [0, " + std::to_string(num_tensors) + ")");
    return Status::ok();
  };
  if (m.inputs_size() == 0 || m.outputs_size() == 0) return corrupt("model declares no inputs or no outputs");
  for (int idx : m.inputs()) {
    VACHAK_RETURN_IF_ERROR(check_index(idx, "graph input"));
    if (!m.tensors(idx).has_arena()) return corrupt("graph input " + tensor_label(idx, m.tensors(idx)) + " must be an arena tensor");
    if (writer[static_cast<size_t>(idx)] != -2) return corrupt("graph input " + tensor_label(idx, m.tensors(idx)) + " listed twice");
    writer[static_cast<size_t>(idx)] = -1;
    plan_[static_cast<size_t>(idx)].first = 0;
  }
  for (int n = 0; n < num_nodes; ++n) {
    const schema::Node& node = m.nodes(n);
    const std::string label = node_label(n);
    if (node.op().empty()) return corrupt(label + ": empty op name");
    if (node.inputs_size() == 0 || node.outputs_size() == 0) return corrupt(label + ": needs at least one input and one output");
    for (int idx : node.inputs()) {
      if (idx == -1) continue;  // an absent optional input
      VACHAK_RETURN_IF_ERROR(check_index(idx, label));
      const schema::Tensor& t = m.tensors(idx);
      if (t.has_arena()) {
        if (writer[static_cast<size_t>(idx)] == -2)
          return corrupt(label + ": reads " + tensor_label(idx, t) + " before any node writes it (nodes out of order?)");
        plan_[static_cast<size_t>(idx)].last = n;
      }
    }
    if (node.inputs(0) == -1) return corrupt(label + ": the first input cannot be absent");
    for (int idx : node.outputs()) {
      VACHAK_RETURN_IF_ERROR(check_index(idx, label));
      const schema::Tensor& t = m.tensors(idx);
      if (!t.has_arena()) return corrupt(label + ": writes constant " + tensor_label(idx, t));
      if (writer[static_cast<size_t>(idx)] == -1) return corrupt(label + ": writes graph input " + tensor_label(idx, t));
      if (writer[static_cast<size_t>(idx)] >= 0)
        return corrupt(label + ": " + tensor_label(idx, t) + " is already written by node " + std::to_string(writer[static_cast<size_t>(idx)]));
      writer[static_cast<size_t>(idx)] = n;
      plan_[static_cast<size_t>(idx)].first = n;
      plan_[static_cast<size_t>(idx)].last = n;
    }
  }
  for (int idx : m.outputs()) {
    VACHAK_RETURN_IF_ERROR(check_index(idx, "graph output"));
    if (writer[static_cast<size_t>(idx)] == -2)
      return corrupt("graph output " + tensor_label(idx, m.tensors(idx)) + " is never written");
    if (!m.tensors(idx).has_arena()) return corrupt("graph output " + tensor_label(idx, m.tensors(idx)) + " must be an arena tensor");
    plan_[static_cast<size_t>(idx)].last = num_nodes - 1;
  }
  // Arena tensors that nothing writes nor reads take no room and need no check.
  std::vector<PlanItem> live;
  std::vector<std::string> names;
  for (int i = 0; i < num_tensors; ++i) {
    PlanItem& it = plan_[static_cast<size_t>(i)];
    if (!m.tensors(i).has_arena()) continue;
    if (writer[static_cast<size_t>(i)] == -2) {
      it.size = 0;
      continue;
    }
    live.push_back(it);
    names.push_back(m.tensors(i).name());
  }
  // A file's arena size is a request for memory: bounded before anything is allocated.
  if (m.arena_size() > limits::kMaxArenaBytes)
    return corrupt("arena_size " + std::to_string(m.arena_size()) + " bytes is above the limit of " +
                   std::to_string(limits::kMaxArenaBytes) + " bytes per model");
  return check_arena_plan(live, names, m.arena_size());
}

DType ModelFile::node_variant(int node) const {
  const schema::Node& n = proto_->nodes(node);
  return dtype_from_schema(proto_->tensors(n.inputs(0)).type());
}

std::string ModelFile::node_kernel_label(int node) const {
  const schema::Node& n = proto_->nodes(node);
  return n.op() + " v" + std::to_string(n.version()) + " " + dtype_name(node_variant(node));
}

std::string ModelFile::node_label(int node) const {
  return "node " + std::to_string(node) + " '" + proto_->nodes(node).name() + "'";
}

const std::string* ModelFile::metadata(const std::string& key) const {
  for (const auto& e : proto_->metadata()) {
    if (e.key() == key) return &e.value();
  }
  return nullptr;
}

}  // namespace vachak::rt
