// Runs one kernel in isolation: owns its tensors, builds the node, runs Prepare, then
// the fast and the reference Eval into separate output buffers for comparison.
#pragma once

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <random>
#include <vector>

#include "runtime/core/op_resolver.h"
#include "runtime/kernels/reference/reference_kernels.h"
#include "vachak_model.pb.h"

namespace vachak::testing {

class KernelCase {
 public:
  explicit KernelCase(uint32_t seed = 1) : rng_(seed) {}

  // A tensor with random contents (the full range of its type) unless filled later.
  rt::Tensor& input(rt::DType type, rt::Shape shape, std::vector<float> scales = {},
                    std::vector<int32_t> zeros = {}, int axis = 0) {
    Owned& o = make(type, shape, std::move(scales), std::move(zeros), axis);
    randomize(o.t);
    inputs_.push_back(&o.t);
    return o.t;
  }
  void absent_input() { inputs_.push_back(nullptr); }
  rt::Tensor& output(rt::DType type, rt::Shape max_shape, float scale = 0.0f, int32_t zero = 0) {
    std::vector<float> s;
    std::vector<int32_t> z;
    if (scale > 0.0f) {
      s.push_back(scale);
      z.push_back(zero);
    }
    Owned& o = make(type, max_shape, s, z, 0);
    outputs_.push_back(&o.t);
    return o.t;
  }
  schema::Node& node() { return node_; }
  std::mt19937& rng() { return rng_; }

  void randomize(rt::Tensor& t, int lo = 0, int hi = 0) {
    const int64_t n = t.max_shape.elements();
    switch (t.type) {
      case rt::DType::kInt8: {
        std::uniform_int_distribution<int> d(hi > lo ? lo : -128, hi > lo ? hi : 127);
        for (int64_t i = 0; i < n; ++i) t.as<int8_t>()[i] = static_cast<int8_t>(d(rng_));
        break;
      }
      case rt::DType::kInt16: {
        std::uniform_int_distribution<int> d(hi > lo ? lo : -32768, hi > lo ? hi : 32767);
        for (int64_t i = 0; i < n; ++i) t.as<int16_t>()[i] = static_cast<int16_t>(d(rng_));
        break;
      }
      case rt::DType::kInt32: {
        std::uniform_int_distribution<int> d(hi > lo ? lo : -20000, hi > lo ? hi : 20000);
        for (int64_t i = 0; i < n; ++i) t.as<int32_t>()[i] = d(rng_);
        break;
      }
      case rt::DType::kFloat32: {
        std::uniform_real_distribution<float> d(-6.0f, 6.0f);
        for (int64_t i = 0; i < n; ++i) t.as<float>()[i] = d(rng_);
        break;
      }
      case rt::DType::kInvalid: break;
    }
  }

  Status prepare(const char* op) {
    node_.set_op(op);
    node_.set_version(1);
    kernel_ = rt::builtin_op_resolver().find(op, 1, inputs_[0]->type);
    if (kernel_ == nullptr) return unsupported(std::string("no kernel for ") + op);
    // Weights and biases are constants, as in a model file (conv and dense kernels refuse
    // others: their int32 accumulators are bounded from the constant values at Prepare).
    for (size_t i = 1; i < inputs_.size(); ++i)
      if (inputs_[i] != nullptr) inputs_[i]->is_constant = true;
    rt::PrepareContext ctx;
    fill_io(ctx.io);
    Status s = kernel_->prepare(ctx);
    if (!s.is_ok()) return s;
    data_ = std::move(ctx.data);
    scratch_.assign(ctx.scratch_bytes + 64, 0xAB);  // poisoned: Eval must not read it unset
    for (rt::Tensor* o : outputs_)
      if (!o->shape.fits_within(o->max_shape)) return invalid_argument("output exceeds max shape");
    return Status::ok();
  }

  // Runs both kernels; returns the fast output bytes and the reference output bytes.
  std::pair<std::vector<uint8_t>, std::vector<uint8_t>> run_both(void (*reference)(const rt::EvalContext&)) {
    rt::EvalContext ctx;
    fill_io(ctx.io);
    ctx.data = data_.get();
    ctx.scratch = scratch_.data();
    rt::Tensor* out = outputs_[0];
    std::memset(out->data, 0x5A, out->max_shape.elements() * rt::dtype_size(out->type));
    kernel_->eval(ctx);
    std::vector<uint8_t> fast(static_cast<uint8_t*>(out->data), static_cast<uint8_t*>(out->data) + out->bytes());
    std::memset(out->data, 0xA5, out->max_shape.elements() * rt::dtype_size(out->type));
    reference(ctx);
    std::vector<uint8_t> ref(static_cast<uint8_t*>(out->data), static_cast<uint8_t*>(out->data) + out->bytes());
    return {fast, ref};
  }

  // One Eval of the fast kernel (reference == nullptr) or of a reference kernel.
  void run_one(void (*reference)(const rt::EvalContext&)) {
    rt::EvalContext ctx;
    fill_io(ctx.io);
    ctx.data = data_.get();
    ctx.scratch = scratch_.data();
    if (reference) reference(ctx);
    else kernel_->eval(ctx);
  }

  void expect_match(void (*reference)(const rt::EvalContext&), const std::string& what) {
    auto [fast, ref] = run_both(reference);
    ASSERT_EQ(fast.size(), ref.size());
    size_t diffs = 0, first = 0;
    for (size_t i = 0; i < fast.size(); ++i)
      if (fast[i] != ref[i] && diffs++ == 0) first = i;
    EXPECT_EQ(diffs, 0u) << what << ": " << diffs << " bytes differ, first at " << first;
  }

  rt::Tensor& out(int i = 0) { return *outputs_[static_cast<size_t>(i)]; }

 private:
  struct Owned {
    rt::Tensor t;
    std::vector<uint8_t> buf;
    std::vector<float> scales;
    std::vector<int32_t> zeros;
    std::string name;
  };
  Owned& make(rt::DType type, rt::Shape shape, std::vector<float> scales, std::vector<int32_t> zeros, int axis) {
    owned_.push_back(std::make_unique<Owned>());
    Owned& o = *owned_.back();
    o.name = "t" + std::to_string(owned_.size());
    o.scales = std::move(scales);
    o.zeros = std::move(zeros);
    if (o.zeros.size() < o.scales.size()) o.zeros.resize(o.scales.size(), 0);
    o.buf.assign(static_cast<size_t>(shape.elements()) * rt::dtype_size(type) + 64, 0);
    o.t.name = o.name;
    o.t.type = type;
    o.t.shape = o.t.max_shape = shape;
    o.t.data = o.buf.data();
    o.t.quant.scale = o.scales.data();
    o.t.quant.zero_point = o.zeros.data();
    o.t.quant.count = static_cast<int>(o.scales.size());
    o.t.quant.axis = axis;
    return o;
  }
  void fill_io(rt::NodeIO& io) {
    io.node = &node_;
    io.inputs = inputs_.data();
    io.num_inputs = static_cast<int>(inputs_.size());
    io.outputs = outputs_.data();
    io.num_outputs = static_cast<int>(outputs_.size());
  }

  std::mt19937 rng_;
  std::vector<std::unique_ptr<Owned>> owned_;
  std::vector<rt::Tensor*> inputs_, outputs_;
  schema::Node node_;
  const rt::KernelRegistration* kernel_ = nullptr;
  std::unique_ptr<rt::OpData> data_;
  std::vector<uint8_t> scratch_;
};

// Per-channel weight scales in a realistic range.
inline std::vector<float> channel_scales(std::mt19937& rng, int n, float lo = 0.002f, float hi = 0.02f) {
  std::uniform_real_distribution<float> d(lo, hi);
  std::vector<float> s(static_cast<size_t>(n));
  for (float& v : s) v = d(rng);
  return s;
}

}  // namespace vachak::testing
