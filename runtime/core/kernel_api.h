// The contract between the interpreter and a kernel (the Init/Prepare/Eval split of
// TFLite Micro, minus Init): Prepare validates shapes, types, quantization and params,
// sets the output shapes, computes constants into an OpData and declares scratch bytes;
// it is the only place a kernel can fail. Eval reads inputs, writes outputs, allocates
// nothing and cannot fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "runtime/core/status.h"
#include "runtime/core/tensor.h"

namespace vachak::schema {
class Node;
}

namespace vachak::rt {

// Constants a kernel computes in Prepare (multipliers, lookup tables).
struct OpData {
  virtual ~OpData() = default;
};

struct NodeIO {
  const schema::Node* node = nullptr;
  Tensor* const* inputs = nullptr;  // an absent optional input is nullptr
  int num_inputs = 0;
  Tensor* const* outputs = nullptr;
  int num_outputs = 0;

  Tensor* input(int i) const { return i < num_inputs ? inputs[i] : nullptr; }
  Tensor* output(int i) const { return i < num_outputs ? outputs[i] : nullptr; }
};

struct PrepareContext {
  NodeIO io;
  // Outputs of Prepare:
  std::unique_ptr<OpData> data;
  size_t scratch_bytes = 0;

  // An error naming the rule; the interpreter prefixes file and node.
  Status fail(const std::string& rule) const { return invalid_argument(rule); }
};

struct EvalContext {
  NodeIO io;
  const OpData* data = nullptr;
  void* scratch = nullptr;  // scratch_bytes from Prepare, 64-byte aligned

  template <typename T>
  const T& op_data() const { return *static_cast<const T*>(data); }
};

using PrepareFn = Status (*)(PrepareContext& ctx);
using EvalFn = void (*)(const EvalContext& ctx);

// One compiled-in kernel. The variant is the type of the node's first input.
struct KernelRegistration {
  const char* op;
  uint32_t version;
  DType variant;
  PrepareFn prepare;
  EvalFn eval;
};

}  // namespace vachak::rt
