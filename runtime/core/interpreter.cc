#include "runtime/core/interpreter.h"

#include <cstdio>

#include "limits/limits.h"

namespace vachak::rt {

Result<std::unique_ptr<Interpreter>> Interpreter::create(std::shared_ptr<const ModelFile> model,
                                                         const OpResolver& resolver, std::shared_ptr<Arena> arena) {
  if (model == nullptr || arena == nullptr) return invalid_argument("Interpreter::create: null model or arena");
  std::unique_ptr<Interpreter> in(new Interpreter());
  in->model_ = std::move(model);
  in->arena_ = std::move(arena);
  const ModelFile& mf = *in->model_;
  const schema::Model& m = mf.proto();
  const std::string prefix = mf.name() + ": ";

  in->tensors_.resize(static_cast<size_t>(m.tensors_size()));
  for (int i = 0; i < m.tensors_size(); ++i) {
    const schema::Tensor& st = m.tensors(i);
    Tensor& t = in->tensors_[static_cast<size_t>(i)];
    t.name = st.name();
    t.type = dtype_from_schema(st.type());
    t.max_shape.rank = st.shape_size();
    for (int d = 0; d < st.shape_size(); ++d) t.max_shape.dims[d] = st.shape(d);
    t.shape = t.max_shape;
    t.quant.count = st.quant().scale_size();
    t.quant.scale = st.quant().scale().data();
    t.quant.zero_point = st.quant().zero_point().data();
    t.quant.axis = st.quant().axis();
    t.is_constant = st.has_weight();
    // Constants point straight into the mapping: no copy.
    if (t.is_constant) t.data = const_cast<uint8_t*>(mf.weights() + st.weight().offset());
  }

  in->nodes_.resize(static_cast<size_t>(m.nodes_size()));
  for (int n = 0; n < m.nodes_size(); ++n) {
    const schema::Node& sn = m.nodes(n);
    NodeState& ns = in->nodes_[static_cast<size_t>(n)];
    ns.kernel = resolver.find(sn.op(), sn.version(), mf.node_variant(n));
    if (ns.kernel == nullptr)
      return unsupported(prefix + mf.node_label(n) + " needs op '" + mf.node_kernel_label(n) +
                         "', which this build does not contain (selective registration left it out, or the op is unknown)");
    for (int idx : sn.inputs()) ns.inputs.push_back(idx < 0 ? nullptr : &in->tensors_[static_cast<size_t>(idx)]);
    for (int idx : sn.outputs()) ns.outputs.push_back(&in->tensors_[static_cast<size_t>(idx)]);
  }
  in->plan_bytes_ = m.arena_size();
  VACHAK_RETURN_IF_ERROR(in->prepare_all());
  VACHAK_RETURN_IF_ERROR(in->arena_->reserve(in->arena_bytes_needed()).with_context(prefix));
  return in;
}

Status Interpreter::prepare_all() {
  const ModelFile& mf = *model_;
  size_t scratch = 0;
  for (size_t n = 0; n < nodes_.size(); ++n) {
    NodeState& ns = nodes_[n];
    PrepareContext ctx;
    ctx.io.node = &mf.proto().nodes(static_cast<int>(n));
    ctx.io.inputs = ns.inputs.data();
    ctx.io.num_inputs = static_cast<int>(ns.inputs.size());
    ctx.io.outputs = ns.outputs.data();
    ctx.io.num_outputs = static_cast<int>(ns.outputs.size());
    const std::string where = mf.name() + ": " + mf.node_label(static_cast<int>(n)) + " (" +
                              mf.node_kernel_label(static_cast<int>(n)) + "): ";
    VACHAK_RETURN_IF_ERROR(ns.kernel->prepare(ctx).with_context(where));
    for (Tensor* out : ns.outputs)
      if (!out->shape.fits_within(out->max_shape))
        return invalid_argument(where + "output '" + std::string(out->name) + "' shape " + out->shape.to_string() +
                                " exceeds its planned maximum " + out->max_shape.to_string());
    ns.data = std::move(ctx.data);
    // Scratch comes from shapes in the file: bounded before it is rounded or added.
    if (ctx.scratch_bytes > limits::kMaxArenaBytes)
      return invalid_argument(where + "scratch of " + std::to_string(ctx.scratch_bytes) +
                              " bytes is above the arena limit of " + std::to_string(limits::kMaxArenaBytes));
    ns.scratch = align_up(ctx.scratch_bytes, kArenaAlignment);
    if (ns.scratch > scratch) scratch = ns.scratch;
  }
  if (scratch > scratch_bytes_) {
    // plan_bytes_ <= kMaxArenaBytes (ModelFile checks it) and scratch <= kMaxArenaBytes +
    // 63: the sum cannot wrap; bound it as a whole too.
    if (plan_bytes_ + scratch > limits::kMaxArenaBytes)
      return invalid_argument(mf.name() + ": arena of " + std::to_string(plan_bytes_) + " planned + " +
                              std::to_string(scratch) + " scratch bytes is above the limit of " +
                              std::to_string(limits::kMaxArenaBytes));
    scratch_bytes_ = scratch;
    VACHAK_RETURN_IF_ERROR(arena_->reserve(arena_bytes_needed()).with_context(mf.name() + ": "));
  }
  shapes_dirty_ = false;
  return Status::ok();
}

void Interpreter::bind() {
  if (bound_generation_ == arena_->generation()) return;
  const schema::Model& m = model_->proto();
  for (int i = 0; i < m.tensors_size(); ++i)
    if (m.tensors(i).has_arena()) tensors_[static_cast<size_t>(i)].data = arena_->data() + m.tensors(i).arena().offset();
  bound_generation_ = arena_->generation();
}

int Interpreter::num_inputs() const { return model_->proto().inputs_size(); }
int Interpreter::num_outputs() const { return model_->proto().outputs_size(); }

Tensor& Interpreter::input(int i) {
  bind();
  return tensors_[static_cast<size_t>(model_->proto().inputs(i))];
}

const Tensor& Interpreter::output(int i) {
  bind();
  return tensors_[static_cast<size_t>(model_->proto().outputs(i))];
}

Status Interpreter::resize_input(int i, const Shape& shape) {
  if (i < 0 || i >= num_inputs())
    return invalid_argument("input index " + std::to_string(i) + " out of range [0, " + std::to_string(num_inputs()) + ")");
  Tensor& t = tensors_[static_cast<size_t>(model_->proto().inputs(i))];
  if (!shape.fits_within(t.max_shape) || shape.elements() < 1)
    return invalid_argument(model_->name() + ": input '" + std::string(t.name) + "' shape " + shape.to_string() +
                            " does not fit its planned maximum " + t.max_shape.to_string());
  for (int d = 0; d < shape.rank; ++d)
    if (shape.dims[d] < 1) return invalid_argument("input shape " + shape.to_string() + " has a dim < 1");
  if (shape != t.shape) {
    t.shape = shape;
    shapes_dirty_ = true;
  }
  return Status::ok();
}

Status Interpreter::invoke() {
  if (shapes_dirty_) VACHAK_RETURN_IF_ERROR(prepare_all());
  VACHAK_RETURN_IF_ERROR(arena_->reserve(arena_bytes_needed()));
  bind();
  void* scratch = arena_->data() + plan_bytes_;
  for (NodeState& ns : nodes_) {
    EvalContext ctx;
    ctx.io.node = &model_->proto().nodes(static_cast<int>(&ns - nodes_.data()));
    ctx.io.inputs = ns.inputs.data();
    ctx.io.num_inputs = static_cast<int>(ns.inputs.size());
    ctx.io.outputs = ns.outputs.data();
    ctx.io.num_outputs = static_cast<int>(ns.outputs.size());
    ctx.data = ns.data.get();
    ctx.scratch = scratch;
    ns.kernel->eval(ctx);
  }
  return Status::ok();
}

std::string Interpreter::memory_plan() const {
  const ModelFile& mf = *model_;
  const schema::Model& m = mf.proto();
  std::string s = "memory plan of " + mf.name() + ": arena " + std::to_string(plan_bytes_) + " B planned + " +
                  std::to_string(scratch_bytes_) + " B scratch; weights " + std::to_string(mf.weights_size()) +
                  " B mapped\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %10s %10s %6s %6s  %s\n", "offset", "bytes", "first", "last", "tensor");
  s += line;
  for (int i = 0; i < m.tensors_size(); ++i) {
    if (!m.tensors(i).has_arena()) continue;
    const PlanItem& p = mf.plan()[static_cast<size_t>(i)];
    if (p.size == 0) continue;
    std::snprintf(line, sizeof line, "  %10llu %10llu %6d %6d  %s\n", static_cast<unsigned long long>(p.offset),
                  static_cast<unsigned long long>(p.size), p.first, p.last, m.tensors(i).name().c_str());
    s += line;
  }
  return s;
}

}  // namespace vachak::rt
